import { Card, Timeline, Typography } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error';
import { useCaseTimeline } from '../api-case';
import { dateTimeText } from '../format';
import { useCaseContext } from './context';

/** 时间线: the audit trail of the case (every change, who, when), as the server recorded it. */
export function TimelineTab() {
  const { lawCase } = useCaseContext();
  const q = useCaseTimeline(lawCase.id);
  const items = q.data?.items ?? [];
  return (
    <Card size="small" title="办案时间线" loading={q.isLoading}>
      <ApiErrorAlert error={q.error} />
      {!q.isLoading && items.length === 0 && <Typography.Text type="secondary">暂无记录</Typography.Text>}
      <Timeline
        titleSpan={5}
        data-testid="case-timeline"
        items={items.map((e) => ({
          key: e.id,
          title: dateTimeText(e.at),
          content: (
            <>
              <Typography.Text strong>{e.label}</Typography.Text>
              <Typography.Text type="secondary"> · {e.actorName}</Typography.Text>
              {e.detail && (
                <div>
                  <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                    {e.detail}
                  </Typography.Text>
                </div>
              )}
            </>
          ),
        }))}
      />
    </Card>
  );
}
