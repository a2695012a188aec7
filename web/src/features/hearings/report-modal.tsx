import { Alert, Form, Input, Radio } from 'antd';
import type { z } from 'zod';
import type { Penalty } from '../../../../common/contracts/cases';
import {
  HEARING_RECOMMENDATION_LABELS,
  HEARING_RECOMMENDATIONS,
  ReportBody,
  type HearingRecommendation,
} from '../../../../common/contracts/hearings';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { penaltyText } from '../cases/format';
import { PenaltyEditor, penaltyRule } from '../cases/penalty-editor';
import { useReportHearing } from './api';
import type { HearingModalProps } from './hearing-modals';
import { LAW } from './labels';

type ReportValues = {
  findings?: string;
  partyOpinion?: string;
  analysis?: string;
  recommendation?: HearingRecommendation;
  recommendedPenalty?: Penalty | null;
};

/**
 * 听证会报告书: the chair's findings, the party's opinion, the analysis and the recommendation; to lower the penalty
 * the chair writes the penalty recommended (with the case module's editor), and the 负责人 then decides
 * (第六十五条: 根据听证笔录作出决定).
 */
export function ReportModal({ hearing, onClose }: HearingModalProps) {
  const m = useReportHearing(hearing);
  const [form] = Form.useForm<ReportValues>();
  const recommendation = Form.useWatch('recommendation', form);
  return (
    <CaseFormModal<ReportValues, z.input<typeof ReportBody>>
      form={form}
      title="听证会报告书"
      okText="提交听证报告"
      width={820}
      onClose={onClose}
      mutation={m}
      schema={ReportBody}
      testId="hearing-report-modal"
      initialValues={{ recommendedPenalty: hearing.heardPenalty ?? { items: [] } }}
      toBody={(v) => ({
        findings: v.findings ?? '',
        partyOpinion: v.partyOpinion ?? '',
        analysis: v.analysis ?? '',
        recommendation: v.recommendation as HearingRecommendation,
        recommendedPenalty: v.recommendation === 'lower' ? (v.recommendedPenalty ?? null) : null,
      })}
      submit={(body) => m.mutateAsync(body)}
      successText="听证会报告书已生成"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`听证的拟处罚：${penaltyText(hearing.heardPenalty)}`}
          description={`听证结束后，行政机关应当根据听证笔录，依照${LAW}第五十七条的规定作出决定（第六十五条）。行政机关不得因当事人申辩而给予更重的处罚。`}
        />
      }
    >
      <Form.Item
        name="findings"
        label="听证认定的事实和证据"
        rules={[{ required: true, whitespace: true, message: '请填写听证认定的事实和证据' }]}
      >
        <Input.TextArea rows={4} maxLength={8000} showCount />
      </Form.Item>
      <Form.Item
        name="partyOpinion"
        label="当事人的主要陈述、申辩和质证意见"
        rules={[{ required: true, whitespace: true, message: '请填写当事人的主要陈述、申辩和质证意见' }]}
      >
        <Input.TextArea rows={4} maxLength={8000} showCount />
      </Form.Item>
      <Form.Item
        name="analysis"
        label="主持人的分析意见"
        rules={[{ required: true, whitespace: true, message: '请填写主持人的分析意见' }]}
      >
        <Input.TextArea rows={4} maxLength={8000} showCount />
      </Form.Item>
      <Form.Item
        name="recommendation"
        label="处理建议"
        rules={[{ required: true, message: '请选择处理建议' }]}
      >
        <Radio.Group
          style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          options={HEARING_RECOMMENDATIONS.map((r) => ({
            value: r,
            label: HEARING_RECOMMENDATION_LABELS[r],
          }))}
        />
      </Form.Item>
      {recommendation === 'lower' && (
        <Form.Item name="recommendedPenalty" label="建议的处罚（只能从轻或减轻）" rules={[penaltyRule(true)]}>
          <PenaltyEditor data-testid="hearing-penalty-editor" />
        </Form.Item>
      )}
    </CaseFormModal>
  );
}
