import { Alert, Card, Form, Input, Radio, Space, Typography } from 'antd';
import type { z } from 'zod';
import {
  LEGAL_OPINION_LABELS,
  LEGAL_OPINIONS,
  LEGAL_REVIEW_POINTS,
  LegalOpinionBody,
  LegalReviewSubmitBody,
  type LegalOpinion,
} from '../../../../../common/contracts/cases';
import { useGiveLegalOpinion, useSubmitLegalReview, type CaseDetail } from '../api-case';
import { penaltyText } from '../format';
import { CaseFormModal } from './case-form-modal';

/** 提交法制审核 (第五十八条): the grounds that require it, missing audio-video records, and the materials. */
export function LegalReviewSubmitModal({ lawCase, onClose }: { lawCase: CaseDetail; onClose: () => void }) {
  const m = useSubmitLegalReview(lawCase.id);
  const { legalReview, missingAv } = lawCase.requirements;
  return (
    <CaseFormModal<{ materialsNote: string }, z.input<typeof LegalReviewSubmitBody>>
      title="提交法制审核"
      okText="提交法制审核"
      onClose={onClose}
      mutation={m}
      schema={LegalReviewSubmitBody}
      testId="legal-review-submit-modal"
      toBody={(v) => v}
      submit={(body) => m.mutateAsync(body)}
      successText="已提交法制审核"
      intro={
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={legalReview.required ? '本案应当进行法制审核' : '本案法制审核'}
            description={legalReview.grounds.length ? legalReview.grounds.join('；') : undefined}
          />
          {missingAv.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title="以下环节缺少音像记录，审核人员将据此审查"
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {missingAv.map((a) => (
                    <li key={a.step + a.detail}>
                      {a.label}：{a.detail}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
        </>
      }
    >
      <Form.Item
        name="materialsNote"
        label="送审材料及完整性说明"
        rules={[{ required: true, whitespace: true, message: '请列明送审材料' }]}
      >
        <Input.TextArea
          rows={5}
          maxLength={4000}
          showCount
          placeholder="立案审批表、调查报告、证据材料目录、告知书及送达回证、陈述申辩及复核意见……"
        />
      </Form.Item>
    </CaseFormModal>
  );
}

type Point = { ok: boolean; note?: string };
type OpinionValues = { checklist: Point[]; opinion: LegalOpinion; reasons: string };

/**
 * 法制审核意见: the seven points of 国办发〔2018〕118号 each 合格 or with a note, then 同意 / 补正 / 不同意 and the
 * reasons. A reviewer who handled the case is refused by the server.
 */
export function LegalOpinionModal({ lawCase, onClose }: { lawCase: CaseDetail; onClose: () => void }) {
  const m = useGiveLegalOpinion(lawCase.id);
  const [form] = Form.useForm<OpinionValues>();
  const review = lawCase.legalReviews.find((r) => !r.opinion) ?? lawCase.legalReviews.at(-1);
  return (
    <CaseFormModal<OpinionValues, z.input<typeof LegalOpinionBody>>
      form={form}
      title="出具法制审核意见"
      okText="出具审核意见"
      width={860}
      onClose={onClose}
      mutation={m}
      schema={LegalOpinionBody}
      testId="legal-opinion-modal"
      initialValues={{ checklist: LEGAL_REVIEW_POINTS.map(() => ({ ok: true, note: '' })) }}
      toBody={(v) => ({
        opinion: v.opinion,
        // Only ok and note are fields; the key is the point's place in the list.
        checklist: LEGAL_REVIEW_POINTS.map((p, i) => ({
          key: p.key,
          ok: v.checklist?.[i]?.ok ?? true,
          note: v.checklist?.[i]?.note ?? '',
        })),
        reasons: v.reasons,
      })}
      submit={(body) => m.mutateAsync(body)}
      successText="审核意见已出具，已生成法制审核意见书"
      intro={
        review && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={`第 ${review.round} 次送审：${review.submittedByName}，拟处罚：${penaltyText(lawCase.proposedPenalty)}`}
            description={review.materialsNote}
          />
        )
      }
    >
      <Card size="small" title="审核要点" style={{ marginBottom: 16 }} data-testid="legal-checklist">
        {LEGAL_REVIEW_POINTS.map((p, i) => (
          <ChecklistRow key={p.key} index={i} label={p.label} />
        ))}
      </Card>
      <Form.Item
        name="opinion"
        label="审核意见"
        dependencies={[['checklist']]}
        rules={[
          { required: true, message: '请选择审核意见' },
          ({ getFieldValue }) => ({
            validator: (_r, v: LegalOpinion | undefined) =>
              v === 'agree' &&
              (getFieldValue('checklist') as Point[] | undefined)?.some((p) => p.ok === false)
                ? Promise.reject(new Error('审核要点存在问题的，不能出具「同意」意见'))
                : Promise.resolve(),
          }),
        ]}
      >
        <Radio.Group options={LEGAL_OPINIONS.map((o) => ({ label: LEGAL_OPINION_LABELS[o], value: o }))} />
      </Form.Item>
      <Form.Item
        name="reasons"
        label="审核意见及理由"
        rules={[{ required: true, whitespace: true, message: '请填写审核意见及理由' }]}
      >
        <Input.TextArea rows={5} maxLength={8000} showCount />
      </Form.Item>
    </CaseFormModal>
  );
}

function ChecklistRow({ index, label }: { index: number; label: string }) {
  const form = Form.useFormInstance<OpinionValues>();
  const ok = Form.useWatch(['checklist', index, 'ok'], form) as boolean | undefined;
  return (
    <div style={{ marginBottom: 8 }} data-testid={`legal-point-${index}`}>
      <Space wrap style={{ width: '100%' }}>
        <Typography.Text style={{ width: 340, display: 'inline-block' }}>
          {index + 1}. {label}
        </Typography.Text>
        <Form.Item name={['checklist', index, 'ok']} noStyle>
          <Radio.Group
            optionType="button"
            size="small"
            options={[
              { label: '无问题', value: true },
              { label: '有问题', value: false },
            ]}
          />
        </Form.Item>
      </Space>
      <Form.Item
        name={['checklist', index, 'note']}
        style={{ marginBottom: 0, marginTop: 4 }}
        rules={[{ required: ok === false, whitespace: true, message: '请说明存在的问题' }]}
      >
        <Input
          size="small"
          placeholder={ok === false ? '存在的问题（必填）' : '说明（可选）'}
          maxLength={1000}
        />
      </Form.Item>
    </div>
  );
}
