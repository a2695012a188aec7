import { Alert, Descriptions } from 'antd';
import { OUTCOME_LABELS } from '../../../../../common/contracts/cases';
import { useCloseDefence, useIssueNotice, type CaseDetail } from '../api-case';
import { penaltyText } from '../format';
import { CaseFormModal } from './case-form-modal';

/** 发出告知书: generates the 行政处罚告知书 (第四十四条) from the proposal; then it is delivered. */
export function NoticeModal({ lawCase, onClose }: { lawCase: CaseDetail; onClose: () => void }) {
  const m = useIssueNotice(lawCase.id);
  const { hearing } = lawCase.requirements;
  return (
    <CaseFormModal<object, undefined>
      title="发出行政处罚告知书"
      okText="发出告知书"
      onClose={onClose}
      mutation={m}
      testId="notice-modal"
      toBody={() => undefined}
      submit={() => m.mutateAsync()}
      successText="告知书已生成，请记录送达"
      intro={
        <Descriptions
          size="small"
          column={1}
          bordered
          styles={{ label: { whiteSpace: 'nowrap', width: 110 } }}
          items={[
            {
              key: 'o',
              label: '拟处理意见',
              children: lawCase.outcome ? OUTCOME_LABELS[lawCase.outcome] : '—',
            },
            { key: 'p', label: '拟处罚内容', children: penaltyText(lawCase.proposedPenalty) },
            {
              key: 'h',
              label: '听证权利',
              children: hearing.eligible ? `告知听证权利（${hearing.grounds.join('；')}）` : '不属于听证范围',
            },
          ]}
        />
      }
    />
  );
}

/** 结束陈述申辩期: the windows have run (or were waived); the server refuses while one is open. */
export function CloseDefenceModal({ lawCase, onClose }: { lawCase: CaseDetail; onClose: () => void }) {
  const m = useCloseDefence(lawCase.id);
  return (
    <CaseFormModal<object, undefined>
      title="结束陈述申辩期"
      okText="结束陈述申辩期"
      onClose={onClose}
      mutation={m}
      testId="close-defence-modal"
      toBody={() => undefined}
      submit={() => m.mutateAsync()}
      intro={
        <Alert
          type="info"
          showIcon
          title="陈述、申辩和听证申请期限届满（或当事人已放弃）后，案件进入下一环节。期限未届满的，系统将拒绝并说明依据。"
        />
      }
    />
  );
}
