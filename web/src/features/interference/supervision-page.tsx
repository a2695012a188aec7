import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Radio, Segmented, Space } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import {
  SUPERVISION_KIND_LABELS,
  SUPERVISION_REVIEW_LABELS,
  SupervisionReviewBody,
  type SupervisionReviewOutcome,
} from '../../../../common/contracts/interference';
import { ApiErrorAlert } from '../../components/api-error';
import { PageHeader } from '../../components/page';
import { CaseFormModal } from '../cases/case-page/case-form-modal';
import { Basis } from '../cases/case-page/shared';
import { useReviewSupervision, useSupervisionQueue, type SupervisionView } from './api';
import { ARTICLE } from './labels';
import { SupervisionTable } from './supervision-table';

/** 复核: was the oral guidance or correction proper work, or should it be registered as interference? */
function ReviewModal({ s, onClose }: { s: SupervisionView; onClose: () => void }) {
  const m = useReviewSupervision();
  return (
    <CaseFormModal<
      { outcome?: SupervisionReviewOutcome; note?: string },
      z.input<typeof SupervisionReviewBody>
    >
      title={`复核工作记录：${s.caseNo}`}
      okText="提交复核意见"
      onClose={onClose}
      mutation={m}
      schema={SupervisionReviewBody}
      testId="supervision-review-modal"
      toBody={(v) => ({ outcome: v.outcome!, note: v.note?.trim() ?? '' })}
      submit={(body) => m.mutateAsync({ id: s.id, body })}
      successText="复核意见已登记"
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${s.department} ${s.personName} 口头提出${SUPERVISION_KIND_LABELS[s.kind]}`}
          description={
            <>
              <div style={{ whiteSpace: 'pre-wrap' }}>{s.content}</div>
              <Basis>{`${ARTICLE('八')}：指导性、纠正性意见应当以书面形式提出`}</Basis>
            </>
          }
        />
      }
    >
      <Form.Item name="outcome" label="复核意见" rules={[{ required: true, message: '请选择复核意见' }]}>
        <Radio.Group
          data-testid="supervision-review-outcome"
          options={(Object.keys(SUPERVISION_REVIEW_LABELS) as SupervisionReviewOutcome[]).map((k) => ({
            value: k,
            label: SUPERVISION_REVIEW_LABELS[k],
          }))}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label="复核说明"
        rules={[{ required: true, whitespace: true, message: '请填写复核说明' }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </CaseFormModal>
  );
}

/**
 * 监督指导记录复核 (/interference/supervision, 纪检): guidance and corrections that were given orally, which 第八条
 * wants in writing, wait here for review; the review says whether it was proper work or interference.
 */
export function SupervisionPage() {
  const [openOnly, setOpenOnly] = useState(true);
  const q = useSupervisionQueue(openOnly);
  const [reviewing, setReviewing] = useState<SupervisionView | null>(null);
  return (
    <>
      <PageHeader
        title="监督指导记录复核"
        description="有指导、监督职责的部门口头提出的指导性、纠正性意见，由纪检监察复核是否属于正常履职。"
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void q.refetch()} loading={q.isFetching}>
            刷新
          </Button>
        }
      />
      <Card>
        <Space style={{ marginBottom: 16 }}>
          <Segmented
            value={openOnly ? 'open' : 'all'}
            onChange={(v) => setOpenOnly(v === 'open')}
            options={[
              { value: 'open', label: '待复核' },
              { value: 'all', label: '全部' },
            ]}
            data-testid="supervision-open-toggle"
          />
        </Space>
        <ApiErrorAlert error={q.error} />
        <SupervisionTable rows={q.data ?? []} loading={q.isFetching} showCase onReview={setReviewing} />
      </Card>
      {reviewing && <ReviewModal s={reviewing} onClose={() => setReviewing(null)} />}
    </>
  );
}
