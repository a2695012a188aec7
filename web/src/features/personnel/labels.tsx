import { Alert, Tag, Typography } from 'antd';
import {
  CATEGORY_LABELS,
  CERTIFICATE_KIND_LABELS,
  CERTIFICATE_STATUS_LABELS,
  type CertificateKind,
  type CertificateStatus,
  type EnforcementCategory,
  type Refusal,
} from '../../../../common/contracts/personnel';

export const STATUS_COLORS: Record<CertificateStatus | 'none', string> = {
  valid: 'green',
  suspended: 'orange',
  revoked: 'red',
  cancelled: 'default',
  expired: 'volcano',
  none: 'default',
};

/** Chart colours, in the same order of meaning as the tags. */
export const STATUS_CHART_COLORS: Record<CertificateStatus | 'none', string> = {
  valid: '#389e0d',
  suspended: '#fa8c16',
  expired: '#d4380d',
  revoked: '#cf1322',
  cancelled: '#8c8c8c',
  none: '#d9d9d9',
};

export function CertificateStatusTag({ status }: { status: CertificateStatus }) {
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="certificate-status">
      {CERTIFICATE_STATUS_LABELS[status]}
    </Tag>
  );
}

export function CategoryTags({ categories }: { categories: readonly EnforcementCategory[] }) {
  if (!categories.length) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <>
      {categories.map((c) => (
        <Tag key={c} style={{ marginInlineEnd: 4 }}>
          {CATEGORY_LABELS[c]}
        </Tag>
      ))}
    </>
  );
}

export function kindLabel(kind: CertificateKind): string {
  return CERTIFICATE_KIND_LABELS[kind];
}

/** A legal or policy basis in small print, next to a date, a number or a refusal. */
export function Basis({ children }: { children: string }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="legal-basis">
      依据：{children}
    </Typography.Text>
  );
}

/** Refusals of a rule: each reason with its basis. */
export function RefusalList({ refusals }: { refusals: readonly Refusal[] }) {
  return (
    <>
      {refusals.map((r) => (
        <Alert
          key={r.rule + r.reason}
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          title={<span data-testid="refusal-reason">{r.reason}</span>}
          description={<Basis>{r.basis}</Basis>}
        />
      ))}
    </>
  );
}
