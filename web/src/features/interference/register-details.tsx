import { PaperClipOutlined } from '@ant-design/icons';
import { Card, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import {
  ATTACHMENT_KIND_LABELS,
  INTERFERENCE_METHOD_LABELS,
  INTERFERENCE_RESPONSE_LABELS,
  INTERFERENCE_TYPE_LABELS,
  REGISTER_ROUTE_LABELS,
} from '../../../../common/contracts/interference';
import { HashText } from '../cases/case-page/shared';
import { dateTimeText, fileSize } from '../cases/format';
import { attachmentUrl, type RegisterAttachment, type RegisterView } from './api';
import { Mono, StageTag } from './labels';

const pre = (s: string | null | undefined) =>
  s ? (
    <span style={{ whiteSpace: 'pre-wrap' }}>{s}</span>
  ) : (
    <Typography.Text type="secondary">—</Typography.Text>
  );

function methodText(r: RegisterView): string {
  const base = INTERFERENCE_METHOD_LABELS[r.method];
  if (r.method === 'via_other')
    return `${base}（转达人：${r.intermediaryName ?? '—'}，与过问人关系：${r.intermediaryRelation ?? '—'}）`;
  if (r.method === 'other' && r.methodNote) return `${base}：${r.methodNote}`;
  return base;
}

/** 登记表 itself: the case, the intervener, the contact, the kinds of 第七条, the response and the account. */
export function RegisterDetails({ r }: { r: RegisterView }) {
  return (
    <Card size="small" title="登记内容" style={{ marginBottom: 16 }} data-testid="register-details">
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        styles={{ label: { whiteSpace: 'nowrap', width: 120 } }}
        items={[
          { key: 'no', label: '登记编号', children: <span className="zf-mono">{r.registerNo}</span> },
          {
            key: 'case',
            label: '案件编号',
            children: (
              <Link to={`/cases/${r.caseId}`} className="zf-mono">
                {r.caseNo}
              </Link>
            ),
          },
          { key: 'stageLabel', label: '案件所处环节', children: r.caseStageLabel },
          {
            key: 'recorder',
            label: '记录人',
            children: `${r.recorderName}${r.recorderUnitName ? `（${r.recorderUnitName}）` : ''}`,
          },
          { key: 'intervener', label: '过问人', children: r.intervenerName },
          { key: 'post', label: '职务 / 单位', children: `${r.intervenerPost} / ${r.intervenerUnit}` },
          { key: 'at', label: '过问时间', children: dateTimeText(r.occurredAt) },
          { key: 'place', label: '地点', children: r.place },
          { key: 'method', label: '过问方式', span: 2, children: methodText(r) },
          { key: 'content', label: '过问内容', span: 2, children: pre(r.content) },
          {
            key: 'types',
            label: '干预情形',
            span: 2,
            children: (
              <Space orientation="vertical" size={2}>
                {r.types.map((t) => (
                  <span key={t}>{INTERFERENCE_TYPE_LABELS[t]}</span>
                ))}
                {r.typeNote && <Typography.Text type="secondary">说明：{r.typeNote}</Typography.Text>}
              </Space>
            ),
          },
          {
            key: 'response',
            label: '办案人员的处理',
            span: 2,
            children: (
              <>
                {INTERFERENCE_RESPONSE_LABELS[r.response]}
                {r.responseNote && <div style={{ whiteSpace: 'pre-wrap' }}>{r.responseNote}</div>}
              </>
            ),
          },
          { key: 'account', label: '如实记录的文字材料', span: 2, children: pre(r.account) },
          ...(r.noRecordingReason
            ? [{ key: 'noRec', label: '未能录音的原因', span: 2, children: pre(r.noRecordingReason) }]
            : []),
          { key: 'submitted', label: '提交时间', children: dateTimeText(r.submittedAt) },
          { key: 'route', label: '呈报', children: REGISTER_ROUTE_LABELS[r.route] },
          { key: 'stage', label: '状态', children: <StageTag stage={r.stage} overdue={r.overdue} /> },
          {
            key: 'due',
            label: '批示期限',
            children: (
              <Typography.Text type={r.overdue ? 'danger' : undefined} data-testid="instruction-due">
                {r.instructionDueOn}
                {r.overdue && (
                  <Tag color="red" style={{ marginInlineStart: 8 }}>
                    已逾期
                  </Tag>
                )}
              </Typography.Text>
            ),
          },
          ...(r.correctsId
            ? [
                {
                  key: 'corrects',
                  label: '更正',
                  span: 2,
                  children: (
                    <>
                      本登记更正{' '}
                      <Link to={`/interference/registers/${r.correctsId}`}>{r.correctsNo ?? '原登记表'}</Link>
                      {r.correctionNote && <div style={{ whiteSpace: 'pre-wrap' }}>{r.correctionNote}</div>}
                    </>
                  ),
                },
              ]
            : []),
          ...(r.correctedBy
            ? [{ key: 'correctedBy', label: '已被更正', span: 2, children: `更正登记：${r.correctedBy}` }]
            : []),
        ]}
      />
    </Card>
  );
}

/** The evidence files, each opened through the audited download, with the SM3 computed at upload. */
export function AttachmentsCard({ r }: { r: RegisterView }) {
  return (
    <Card size="small" title="证明材料" style={{ marginBottom: 16 }} data-testid="register-attachments">
      <Table<RegisterAttachment>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={r.attachments}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未附材料" /> }}
        columns={[
          { title: '类别', key: 'kind', width: 160, render: (_, a) => ATTACHMENT_KIND_LABELS[a.kind] },
          {
            title: '文件',
            key: 'file',
            render: (_, a) => (
              <Typography.Link href={attachmentUrl(r.id, a.id)} target="_blank" rel="noopener">
                <PaperClipOutlined /> {a.fileName}
              </Typography.Link>
            ),
          },
          { title: '大小', key: 'size', width: 100, render: (_, a) => fileSize(a.size) },
          { title: 'SM3', key: 'sm3', width: 200, render: (_, a) => <HashText hash={a.sm3} /> },
        ]}
      />
    </Card>
  );
}

/** Where the register sits in the hash chain of the register book. */
export function ChainCard({ r }: { r: RegisterView }) {
  return (
    <Card size="small" title="登记簿摘要链" style={{ marginBottom: 16 }} data-testid="register-chain">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'seq', label: '序号', children: <span className="zf-mono">{r.seq}</span> },
          { key: 'hash', label: '本表摘要', children: <Mono text={r.hash} /> },
          { key: 'prev', label: '前表摘要', children: <Mono text={r.prevHash} /> },
        ]}
      />
    </Card>
  );
}
