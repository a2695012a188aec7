import { FormOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAbility } from '../../app/session';
import { ApiErrorAlert } from '../../components/api-error';
import { Basis } from '../cases/case-page/shared';
import { useCaseSupervision } from './api';
import { ARTICLE } from './labels';
import { SupervisionModal } from './supervision-modal';
import { SupervisionTable } from './supervision-table';

/** 监督指导工作记录 of a case (第八条), with the button for its handlers. */
export function CaseSupervisionCard({ caseId }: { caseId: string }) {
  const q = useCaseSupervision(caseId);
  const canRecord = useAbility('interference.record');
  const [adding, setAdding] = useState(false);
  return (
    <Card
      size="small"
      title="监督指导工作记录"
      data-testid="case-supervision"
      extra={
        canRecord && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="supervision-new"
          >
            登记工作记录
          </Button>
        )
      }
    >
      <ApiErrorAlert error={q.error} />
      <SupervisionTable rows={q.data ?? []} loading={q.isFetching} />
      {adding && <SupervisionModal caseId={caseId} onClose={() => setAdding(false)} />}
    </Card>
  );
}

/**
 * The case page's 过问与监督 tab: where a handler records an interference with this case (the register itself is
 * sealed and lives in the 干预登记簿), and the case's supervision log. Interference may come at any stage, so the
 * tab is there from filing on; the close-of-case declaration sits in the 结案归档 tab.
 */
export function CaseInterferenceTab({ caseId }: { caseId: string }) {
  const navigate = useNavigate();
  const canRecord = useAbility('interference.record');
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="case-interference">
      <Alert
        type="info"
        showIcon
        title="本局内部人员过问、干预本案办理的，办案人员应当全面、如实记录，填写《内部人员过问案件办理行为登记表》，直接呈报主要领导批示。"
        description={<Basis>{`${ARTICLE('五')}、第七条`}</Basis>}
        action={
          canRecord && (
            <Button
              type="primary"
              icon={<FormOutlined />}
              onClick={() => void navigate(`/interference/registers/new?caseId=${caseId}`)}
              data-testid="case-register-new"
            >
              登记过问情况
            </Button>
          )
        }
      />
      <CaseSupervisionCard caseId={caseId} />
    </Space>
  );
}
