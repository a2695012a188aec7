import { Empty, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import {
  CERTIFICATE_EVENT_LABELS,
  CERTIFICATE_STATUS_LABELS,
  REVIEW_KIND_LABELS,
  type CertificateEventKind,
} from '../../../../common/contracts/personnel';
import type { OfficerDetail } from './api';

const COLORS: Partial<Record<CertificateEventKind, string>> = {
  issued: 'green',
  imported: 'green',
  renewed: 'blue',
  suspended: 'orange',
  restored: 'green',
  revoked: 'red',
  cancelled: 'gray',
};

/** Every change of every certificate: what, effective when, why, decided by whom, recorded by whom. */
export function HistoryTab({ officer }: { officer: OfficerDetail }) {
  if (!officer.history.length) return <Empty description="没有证件变更记录" />;
  return (
    <Timeline
      items={officer.history.map((e) => ({
        key: e.id,
        color:
          e.kind === 'reviewed' ? (e.reviewResult === 'pass' ? 'green' : 'red') : (COLORS[e.kind] ?? 'blue'),
        content: (
          <div data-testid="history-entry">
            <div>
              <Typography.Text strong>{e.effectiveOn}</Typography.Text>{' '}
              <Tag>{CERTIFICATE_EVENT_LABELS[e.kind]}</Tag>
              {e.reviewKind && (
                <Tag color={e.reviewResult === 'pass' ? 'green' : 'red'}>
                  {REVIEW_KIND_LABELS[e.reviewKind]}
                  {e.reviewResult === 'pass' ? '合格' : '不合格'}
                </Tag>
              )}
              <Typography.Text className="zf-mono">{e.certificateNumber}</Typography.Text>
              {e.statusBefore && e.statusBefore !== e.statusAfter && (
                <Typography.Text type="secondary">
                  {' '}
                  {CERTIFICATE_STATUS_LABELS[e.statusBefore]} → {CERTIFICATE_STATUS_LABELS[e.statusAfter]}
                </Typography.Text>
              )}
            </div>
            {e.reason && <div>理由：{e.reason}</div>}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              批准：{e.approverName}
              {e.documentNo ? `（${e.documentNo}）` : ''} · 登记：{e.recordedByName}{' '}
              {dayjs(e.recordedAt).format('YYYY-MM-DD HH:mm')}
              {e.basis ? ` · 依据：${e.basis}` : ''}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
