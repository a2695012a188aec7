import { Card } from 'antd';
import { DeadlineTable } from '../../../components/deadline-table';
import { useCaseContext } from './context';

/** 期限: the case's statutory deadlines as the server computed them, each with its basis. */
export function DeadlinesTab() {
  const { lawCase } = useCaseContext();
  return (
    <Card size="small" title="法定期限">
      <DeadlineTable deadlines={lawCase.deadlines} />
    </Card>
  );
}
