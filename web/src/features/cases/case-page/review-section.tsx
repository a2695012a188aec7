import { Card, Descriptions, Tag, Typography } from 'antd';
import {
  COLLECTIVE_CONCLUSION_LABELS,
  LEGAL_OPINION_LABELS,
  LEGAL_REVIEW_POINTS,
} from '../../../../../common/contracts/cases';
import type { Collective, LegalReview } from '../api-case';
import { dateTimeText, dayText } from '../format';
import { useCaseContext } from './context';
import { DocLink } from './shared';

const pointLabel = (key: string) => LEGAL_REVIEW_POINTS.find((p) => p.key === key)?.label ?? key;

function ReviewRound({ caseId, r }: { caseId: string; r: LegalReview }) {
  return (
    <div style={{ marginBottom: 12 }} data-testid="legal-review">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        title={`第 ${r.round} 次法制审核`}
        items={[
          { key: 'by', label: '送审', children: `${r.submittedByName}，${dateTimeText(r.submittedAt)}` },
          { key: 'due', label: '审核期限', children: dayText(r.dueOn) },
          {
            key: 'op',
            label: '审核意见',
            children: r.opinion ? (
              <Tag color={r.opinion === 'agree' ? 'green' : r.opinion === 'amend' ? 'orange' : 'red'}>
                {LEGAL_OPINION_LABELS[r.opinion]}
              </Tag>
            ) : (
              <Tag color="gold">待审核</Tag>
            ),
          },
          { key: 'grounds', label: '审核事由', span: 'filled', children: r.grounds.join('；') || '—' },
          { key: 'mat', label: '送审材料', span: 'filled', children: r.materialsNote },
          ...(r.opinion
            ? [
                {
                  key: 'rv',
                  label: '审核人',
                  children: `${r.reviewerName ?? '—'}，${dateTimeText(r.reviewedAt)}`,
                },
                {
                  key: 'doc',
                  label: '意见书',
                  children: <DocLink caseId={caseId} documentId={r.documentId} />,
                },
                { key: 'reasons', label: '理由', span: 'filled' as const, children: r.reasons },
              ]
            : []),
        ]}
      />
      {r.checklist && (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {r.checklist.map((c) => (
            <li key={c.key}>
              {c.ok ? <Tag color="green">无问题</Tag> : <Tag color="red">有问题</Tag>}
              {pointLabel(c.key)}
              {c.note && <Typography.Text type="secondary">：{c.note}</Typography.Text>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CollectiveRecord({ caseId, c }: { caseId: string; c: Collective }) {
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 3 }}
      style={{ marginBottom: 12 }}
      data-testid="collective-record"
      items={[
        { key: 'at', label: '时间', children: dateTimeText(c.heldAt) },
        { key: 'place', label: '地点', children: c.place },
        { key: 'chair', label: '主持人', children: c.chairName },
        {
          key: 'who',
          label: '参加人员',
          span: 'filled',
          children: c.participants
            .map((p) => `${p.name}（${p.title}）${p.dissent ? '【保留意见】' : ''}`)
            .join('、'),
        },
        { key: 'conclusion', label: '决定', children: COLLECTIVE_CONCLUSION_LABELS[c.conclusion] },
        { key: 'note', label: '说明', children: c.conclusionNote || '—' },
        { key: 'doc', label: '记录', children: <DocLink caseId={caseId} documentId={c.documentId} /> },
      ]}
    />
  );
}

/** 法制审核 rounds (with the seven-point checklist) and 集体讨论 records. */
export function ReviewSection() {
  const { lawCase } = useCaseContext();
  return (
    <Card size="small" title="法制审核与集体讨论">
      {lawCase.legalReviews.length === 0 && lawCase.collective.length === 0 && (
        <Typography.Text type="secondary">尚未进行法制审核或集体讨论</Typography.Text>
      )}
      {lawCase.legalReviews.map((r) => (
        <ReviewRound key={r.id} caseId={lawCase.id} r={r} />
      ))}
      {lawCase.collective.map((c) => (
        <CollectiveRecord key={c.id} caseId={lawCase.id} c={c} />
      ))}
    </Card>
  );
}
