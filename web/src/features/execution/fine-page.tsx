import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Result, Skeleton, Space } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../app/api';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { useFine } from './api';
import { FinePanel } from './fine-panel';

/** /fines/:id — one fine obligation, the same panel as the case page's 执行 tab. */
export function FinePage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const q = useFine(id);
  const fine = q.data;
  const header = (
    <PageHeader
      title={fine ? `罚款执行 ${fine.decisionNo}` : '罚款执行'}
      extra={
        <Space>
          <Button icon={<ReloadOutlined />} onClick={() => void q.refetch()} loading={q.isFetching}>
            刷新
          </Button>
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/fines')}>
            罚没款台账
          </Button>
        </Space>
      }
    />
  );
  if (q.isLoading)
    return (
      <>
        {header}
        <Skeleton active paragraph={{ rows: 8 }} />
      </>
    );
  if (q.error && isApiError(q.error) && q.error.status === 404)
    return (
      <Result
        status="404"
        title="罚款不存在"
        subTitle="该罚款不存在，或不在您的可见范围内。"
        extra={<Button onClick={() => void navigate('/fines')}>返回罚没款台账</Button>}
      />
    );
  return (
    <>
      {header}
      <ApiErrorAlert error={q.error} />
      {fine && <FinePanel fine={fine} />}
    </>
  );
}
