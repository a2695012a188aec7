import { Alert, DatePicker, Descriptions, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { z } from 'zod';
import {
  CorrectDocumentBody,
  DecisionRequestBody,
  DOCUMENT_KIND_LABELS,
  ExtensionBody,
  FileBackBody,
  OUTCOME_LABELS,
} from '../../../../../common/contracts/cases';
import {
  useCorrectDocument,
  useFileBack,
  useRequestDecision,
  useRequestExtension,
  type CaseDetail,
  type OfficialDocument,
} from '../api-case';
import { penaltyText, toDay } from '../format';
import { CaseFormModal } from './case-form-modal';

type DecisionValues = z.input<typeof DecisionRequestBody>;

/**
 * 提请决定: the officer's opinion, how and by when to perform (第五十九条第四项), and the remedies (复议机关,
 * 法院). The 负责人's approval issues the 行政处罚决定书.
 */
export function DecisionRequestModal({ lawCase, onClose }: { lawCase: CaseDetail; onClose: () => void }) {
  const m = useRequestDecision(lawCase.id);
  return (
    <CaseFormModal<DecisionValues, DecisionValues>
      title="提请作出行政处罚决定"
      okText="提请决定"
      width={760}
      onClose={onClose}
      mutation={m}
      schema={DecisionRequestBody}
      testId="decision-request-modal"
      successText="已提请负责人审批"
      toBody={(v) => v}
      submit={(body) => m.mutateAsync(body)}
      initialValues={{
        performance:
          '自收到本决定书之日起十五日内，将罚款缴至指定银行或者通过电子支付系统缴纳。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。',
        reconsiderationBody: '赤峰市人民政府',
        court: '',
      }}
      intro={
        <Descriptions
          size="small"
          column={1}
          bordered
          styles={{ label: { whiteSpace: 'nowrap', width: 110 } }}
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'o',
              label: '处理意见',
              children: lawCase.outcome ? OUTCOME_LABELS[lawCase.outcome] : '—',
            },
            { key: 'p', label: '处罚内容', children: penaltyText(lawCase.proposedPenalty) },
          ]}
        />
      }
    >
      <Form.Item
        name="opinion"
        label="承办人意见"
        rules={[{ required: true, whitespace: true, message: '请填写承办人意见' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item
        name="performance"
        label="履行方式和期限"
        rules={[{ required: true, whitespace: true, message: '请填写履行方式和期限' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item
        name="reconsiderationBody"
        label="行政复议机关"
        rules={[{ required: true, whitespace: true, message: '请填写行政复议机关' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="court"
        label="行政诉讼管辖法院"
        rules={[{ required: true, whitespace: true, message: '请填写管辖法院' }]}
      >
        <Input maxLength={200} placeholder="如：赤峰市红山区人民法院" />
      </Form.Item>
    </CaseFormModal>
  );
}

/** 延长办案期限 (第六十条): beyond ninety days with the principal's approval, and why. */
export function ExtensionModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const m = useRequestExtension(caseId);
  return (
    <CaseFormModal<{ newLength: number; reason: string }, z.input<typeof ExtensionBody>>
      title="申请延长办案期限"
      okText="申请延长办案期限"
      onClose={onClose}
      mutation={m}
      schema={ExtensionBody}
      testId="extension-modal"
      toBody={(v) => v}
      submit={(body) => m.mutateAsync(body)}
      initialValues={{ newLength: 120 }}
      successText="已提请负责人审批"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定；因案情复杂等原因需要延长的，经负责人批准可以延长（《中华人民共和国行政处罚法》第六十条，《安全生产违法行为行政处罚办法》）。"
        />
      }
    >
      <Form.Item
        name="newLength"
        label="延长后的办案期限（自立案之日起，日）"
        rules={[{ required: true, message: '请填写天数' }]}
      >
        <InputNumber min={91} max={365} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label="延长理由"
        rules={[{ required: true, whitespace: true, message: '请填写延长理由' }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </CaseFormModal>
  );
}

/** 简易程序备案: the on-the-spot decision reported to the bureau (第六十九条, 规定时间内). */
export function FileBackModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const m = useFileBack(caseId);
  return (
    <CaseFormModal<{ filedOn: Dayjs }, z.input<typeof FileBackBody>>
      title="简易程序备案"
      okText="备案"
      onClose={onClose}
      mutation={m}
      schema={FileBackBody}
      testId="file-back-modal"
      toBody={(v) => ({ filedOn: toDay(v.filedOn) })}
      submit={(body) => m.mutateAsync(body)}
      initialValues={{ filedOn: dayjs() }}
    >
      <Form.Item name="filedOn" label="备案日期" rules={[{ required: true }]}>
        <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
    </CaseFormModal>
  );
}

/** 更正文书: a new version with the reason; the old one stays, marked as superseded. */
export function CorrectDocumentModal({
  caseId,
  document: officialDocument,
  onClose,
}: {
  caseId: string;
  document: OfficialDocument;
  onClose: () => void;
}) {
  const m = useCorrectDocument(caseId);
  return (
    <CaseFormModal<{ reason: string }, z.input<typeof CorrectDocumentBody>>
      title={`更正文书：${officialDocument.title}`}
      okText="生成更正版本"
      onClose={onClose}
      mutation={m}
      schema={CorrectDocumentBody}
      testId="correct-document-modal"
      toBody={(v) => v}
      submit={(body) => m.mutateAsync({ documentId: officialDocument.id, body })}
      successText="已生成更正后的新版本"
      intro={
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${DOCUMENT_KIND_LABELS[officialDocument.kind]}${officialDocument.number ? ` ${officialDocument.number}` : ''} 第 ${officialDocument.version} 版将被新版本取代，原版本保留备查。已送达的文书更正后应重新送达。`}
        />
      }
    >
      <Form.Item
        name="reason"
        label="更正理由"
        rules={[{ required: true, whitespace: true, message: '请填写更正理由' }]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </CaseFormModal>
  );
}
