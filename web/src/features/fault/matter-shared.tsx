import { FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Empty, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  DOCUMENT_KIND_LABELS,
  MEASURE_RANK,
  type FaultDocumentKind,
  type Measure,
  type PersonOutcome,
  type PersonRef,
} from '../../../../common/contracts/fault';
import { documentUrl } from './api';

export const CIVIL_SERVANT_LAW_63 = '《中华人民共和国公务员法》第六十三条第二款';

export const TREATMENT_LABELS: Record<PersonOutcome['treatment'], string> = {
  exempt: '不承担责任（第六条）',
  lighter: '从轻或者免予追究（第七条）',
  heavier: '从重追究（第八条）',
  normal: '依第九条追究',
  manual: '需人工认定',
};
const TREATMENT_COLORS: Record<PersonOutcome['treatment'], string> = {
  exempt: 'green',
  lighter: 'cyan',
  heavier: 'red',
  normal: 'blue',
  manual: 'orange',
};

export function TreatmentTag({ treatment }: { treatment: PersonOutcome['treatment'] }) {
  return (
    <Tag color={TREATMENT_COLORS[treatment]} data-testid="treatment">
      {TREATMENT_LABELS[treatment]}
    </Tag>
  );
}

/** The heaviest rank among measures (0 for none): what "不得重于" compares. */
export function heaviest(measures: readonly Measure[] | null | undefined): number {
  return Math.max(0, ...(measures ?? []).map((x) => MEASURE_RANK[x]));
}

/** Free text kept as written (line breaks), or a dash. */
export function pre(s: string | null | undefined) {
  return s ? (
    <span style={{ whiteSpace: 'pre-wrap' }}>{s}</span>
  ) : (
    <Typography.Text type="secondary">—</Typography.Text>
  );
}

/** A person of a matter with his unit. */
export function refText(p: PersonRef): string {
  return p.unitName ? `${p.name}（${p.unitName}）` : p.name;
}

export const emptyText = (description: string) => (
  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description} />
);

export const textRule = (message: string) => [{ required: true, whitespace: true, message }];
/** Legal dates of steps already taken: no future day. */
export const futureDay = (d: Dayjs) => d.isAfter(dayjs(), 'day');

/**
 * The PDF and Word of one fault document (GET /api/fault/matters/:id/documents/:kind). `label` names the PDF
 * button; the Word one is named "<label>（Word）" for screen readers.
 */
export function DocButtons({
  matterId,
  kind,
  personId,
  recordId,
  label = DOCUMENT_KIND_LABELS[kind],
  small,
}: {
  matterId: string;
  kind: FaultDocumentKind;
  personId?: string;
  recordId?: string;
  label?: string;
  small?: boolean;
}) {
  const url = (format: 'pdf' | 'docx') => documentUrl(matterId, kind, { personId, recordId, format });
  const size = small ? 'small' : undefined;
  const type = small ? 'link' : 'default';
  return (
    <Space size={small ? 0 : 4} data-testid={`doc-${kind}`}>
      <Button
        size={size}
        type={type}
        icon={<FilePdfOutlined />}
        href={url('pdf')}
        target="_blank"
        rel="noopener"
      >
        {label}
      </Button>
      <Button
        size={size}
        type={type}
        icon={<FileWordOutlined />}
        href={url('docx')}
        aria-label={`${label}（Word）`}
        title={`${label}（Word）`}
      >
        Word
      </Button>
    </Space>
  );
}
