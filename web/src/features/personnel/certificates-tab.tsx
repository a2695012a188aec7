import { PlusOutlined, QrcodeOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Empty, Popover, Row, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  APPLICATION_STATUS_LABELS,
  CATEGORY_LABELS,
  CERTIFICATE_KIND_LABELS,
  REVIEW_KIND_LABELS,
} from '../../../../common/contracts/personnel';
import type { Application, Certificate, CertificateAction, OfficerDetail } from './api';
import {
  ACTION_LABELS,
  ApplicationDecisionModal,
  ApplyModal,
  CertificateActionModal,
} from './certificate-modals';
import { CategoryTags, CertificateStatusTag } from './labels';

const ORDER: CertificateAction[] = ['review', 'renew', 'suspend', 'restore', 'revoke', 'cancel'];

function CertificateCard({ c, onAction }: { c: Certificate; onAction: (a: CertificateAction) => void }) {
  const actions = ORDER.filter((a) => c.abilities[a]);
  return (
    <Card
      size="small"
      data-testid={`certificate-${c.number}`}
      title={
        <Space>
          <span>{CERTIFICATE_KIND_LABELS[c.kind]}</span>
          <Typography.Text className="zf-mono">{c.number}</Typography.Text>
          <CertificateStatusTag status={c.status} />
          {c.expiringSoon && <Tag color="orange">即将到期，请办理换发</Tag>}
        </Space>
      }
      extra={
        <Popover
          trigger="click"
          title="证件核验二维码（公众扫码核验）"
          content={
            <div style={{ textAlign: 'center' }}>
              <img
                src={`/api/portal/certificates/${encodeURIComponent(c.number)}/qr.svg`}
                alt="核验二维码"
                width={180}
                height={180}
              />
              <div>
                <a href={c.verifyPath} target="_blank" rel="noreferrer">
                  打开核验页面
                </a>
                {' · '}
                <a
                  href={`/api/portal/certificates/${encodeURIComponent(c.number)}/qr.png`}
                  download={`${c.number}.png`}
                >
                  下载 PNG
                </a>
              </div>
            </div>
          }
        >
          <Button size="small" icon={<QrcodeOutlined />} disabled={c.status === 'cancelled' && !c.verifyPath}>
            二维码
          </Button>
        </Popover>
      }
      actions={
        actions.length
          ? [
              <Space key="a" wrap>
                {actions.map((a) => (
                  <Button
                    key={a}
                    size="small"
                    danger={a === 'suspend' || a === 'revoke' || a === 'cancel'}
                    type={a === 'renew' ? 'primary' : 'default'}
                    onClick={() => onAction(a)}
                  >
                    {ACTION_LABELS[a]}
                  </Button>
                ))}
              </Space>,
            ]
          : undefined
      }
    >
      <Descriptions
        size="small"
        column={2}
        items={[
          { key: 'cat', label: '执法类别', span: 2, children: <CategoryTags categories={c.categories} /> },
          { key: 'region', label: '执法区域', children: c.region },
          { key: 'auth', label: '发证机关', children: c.issuingAuthority },
          { key: 'issued', label: '发证日期', children: c.issuedOn },
          { key: 'until', label: '有效期至', children: c.validUntil },
          {
            key: 'review',
            label: '下次审核注册',
            children: c.nextReviewDue ? (
              <Typography.Text type={c.reviewOverdue ? 'danger' : undefined}>
                {c.nextReviewDue}
                {c.reviewOverdue ? '（已逾期）' : ''}
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">到期前无需审核注册（到期换发）</Typography.Text>
            ),
          },
          {
            key: 'last',
            label: '最近审验',
            children: c.lastReview ? (
              <Tag color={c.lastReview.result === 'pass' ? 'green' : 'red'}>
                {c.lastReview.on} {REVIEW_KIND_LABELS[c.lastReview.kind]}
                {c.lastReview.result === 'pass' ? '合格' : '不合格'}
              </Tag>
            ) : (
              '—'
            ),
          },
          ...(c.replacesNumber ? [{ key: 'replaces', label: '换发自', children: c.replacesNumber }] : []),
        ]}
      />
    </Card>
  );
}

/** The officer's certificates with the procedures the server allows on each, and his applications. */
export function CertificatesTab({ officer }: { officer: OfficerDetail }) {
  const [action, setAction] = useState<{ c: Certificate; a: CertificateAction } | null>(null);
  const [applying, setApplying] = useState(false);
  const [decision, setDecision] = useState<{ app: Application; mode: 'issue' | 'reject' } | null>(null);

  return (
    <>
      {officer.abilities.apply && (
        <Button icon={<PlusOutlined />} style={{ marginBottom: 16 }} onClick={() => setApplying(true)}>
          申领执法证件
        </Button>
      )}
      {officer.certificates.length ? (
        <Row gutter={[16, 16]}>
          {officer.certificates.map((c) => (
            <Col key={c.id} xs={24} xl={12}>
              <CertificateCard c={c} onAction={(a) => setAction({ c, a })} />
            </Col>
          ))}
        </Row>
      ) : (
        <Empty description="没有执法证件" />
      )}
      {officer.applications.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            申领记录
          </Typography.Title>
          <Table<Application>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={officer.applications}
            columns={[
              { title: '申领日期', dataIndex: 'appliedOn', width: 110 },
              { title: '证件种类', render: (_, a) => CERTIFICATE_KIND_LABELS[a.kind] },
              {
                title: '执法类别',
                render: (_, a) => a.categories.map((x) => CATEGORY_LABELS[x]).join('、') || '—',
              },
              {
                title: '申领条件',
                render: (_, a) => (
                  <Popover
                    content={
                      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                        {a.prerequisites.map((p) => (
                          <li key={p.rule}>
                            {p.met ? '✓' : '✗'} {p.label}：{p.detail}
                          </li>
                        ))}
                      </ul>
                    }
                  >
                    <a>{a.prerequisites.every((p) => p.met) ? '均已满足' : '有未满足项'}</a>
                  </Popover>
                ),
              },
              {
                title: '状态',
                render: (_, a) => (
                  <>
                    <Tag>{APPLICATION_STATUS_LABELS[a.status]}</Tag>
                    {a.certificateNumber && (
                      <Typography.Text className="zf-mono">{a.certificateNumber}</Typography.Text>
                    )}
                    {a.decisionNote && <Typography.Text type="secondary"> {a.decisionNote}</Typography.Text>}
                  </>
                ),
              },
              {
                title: '操作',
                render: (_, a) => (
                  <Space>
                    {a.abilities.issue && (
                      <Button size="small" type="link" onClick={() => setDecision({ app: a, mode: 'issue' })}>
                        登记制发
                      </Button>
                    )}
                    {a.abilities.reject && (
                      <Button
                        size="small"
                        type="link"
                        danger
                        onClick={() => setDecision({ app: a, mode: 'reject' })}
                      >
                        未通过
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        </>
      )}
      <CertificateActionModal
        certificate={action?.c ?? null}
        action={action?.a ?? null}
        onClose={() => setAction(null)}
      />
      <ApplyModal officer={officer} open={applying} onClose={() => setApplying(false)} />
      <ApplicationDecisionModal
        application={decision?.app ?? null}
        mode={decision?.mode ?? null}
        onClose={() => setDecision(null)}
      />
    </>
  );
}
