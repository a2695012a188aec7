import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/page';
import { useMyOfficer } from './api';
import { OfficerView } from './officer-view';

/** /personnel/officers/:id — one officer's record (the roster's detail page). */
export function OfficerPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title="执法人员档案"
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
            返回
          </Button>
        }
      />
      {id && <OfficerView id={id} />}
    </>
  );
}

/** 我的执法证: the signed-in person's own record, when he has one. */
export function MyRecordPage() {
  const me = useMyOfficer();
  return (
    <>
      <PageHeader title="我的执法证" description="本人的执法人员档案、执法证件、培训学时与考试记录。" />
      {me.data && !me.data.officerId && (
        <div style={{ padding: 48, textAlign: 'center', color: '#888' }} data-testid="no-officer-record">
          您的账号尚未关联执法人员档案。如您是执法人员，请联系政策法规科登记。
        </div>
      )}
      {me.data?.officerId && <OfficerView id={me.data.officerId} />}
    </>
  );
}
