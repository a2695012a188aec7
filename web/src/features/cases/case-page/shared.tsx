import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, Select, Tag, Typography, type UploadFile } from 'antd';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../../../../common/contracts/cases';
import type { Refusal } from '../../../../../common/contracts/personnel';
import { documentUrl, type CaseDetail } from '../api-case';
import { CASE_STATUS_COLORS, shortHash } from '../format';

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  return (
    <Tag color={CASE_STATUS_COLORS[status]} data-testid="case-status">
      {CASE_STATUS_LABELS[status]}
    </Tag>
  );
}

/** A legal or policy basis in small print, next to a date, a requirement or a refusal. */
export function Basis({ children }: { children: string }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="legal-basis">
      依据：{children}
    </Typography.Text>
  );
}

/** Refusals of a rule (blockers, an officer's ineligibility): each reason with its basis. */
export function RefusalList({
  refusals,
  type = 'error',
  testId = 'refusal',
}: {
  refusals: readonly Refusal[];
  type?: 'error' | 'warning';
  testId?: string;
}) {
  return (
    <>
      {refusals.map((r) => (
        <Alert
          key={r.rule + r.reason}
          type={type}
          showIcon
          style={{ marginTop: 8 }}
          data-testid={testId}
          title={<span data-testid={`${testId}-reason`}>{r.reason}</span>}
          description={<Basis>{r.basis}</Basis>}
        />
      ))}
    </>
  );
}

/** An SM3 digest, shortened, the whole value copyable. */
export function HashText({ hash }: { hash: string | null | undefined }) {
  if (!hash) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Text
      className="zf-mono"
      style={{ fontSize: 12 }}
      copyable={{ text: hash, tooltips: ['复制SM3摘要', '已复制'] }}
      title={hash}
    >
      {shortHash(hash)}
    </Typography.Text>
  );
}

/** A link opening an official document's PDF in a new tab (preview and print). */
export function DocLink({
  caseId,
  documentId,
  children = '查看文书',
}: {
  caseId: string;
  documentId: string | null | undefined;
  children?: React.ReactNode;
}) {
  if (!documentId) return null;
  return (
    <Typography.Link
      href={documentUrl(caseId, documentId, 'pdf')}
      target="_blank"
      rel="noopener"
      data-testid="document-link"
    >
      <FilePdfOutlined /> {children}
    </Typography.Link>
  );
}

/**
 * Chooses among the case's officers (value: account ids). Collectors, inquirers and inspectors are the case's
 * own team: the server checks each one's certificate again.
 */
export function CaseOfficerSelect({
  lawCase,
  value,
  onChange,
  multiple,
  id,
  placeholder = '选择执法人员',
}: {
  lawCase: CaseDetail;
  value?: string | string[];
  onChange?: (v: string | string[]) => void;
  multiple?: boolean;
  id?: string;
  placeholder?: string;
}) {
  return (
    <Select<string | string[]>
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={(v) => onChange?.(v)}
      placeholder={placeholder}
      options={lawCase.officers.map((o) => ({
        value: o.userId,
        label: `${o.name}${o.certificateNumber ? `（${o.certificateNumber}）` : ''}`,
        disabled: !o.eligible,
      }))}
    />
  );
}

/** Recipients offered for a delivery or a record: the case's parties by name (free text is also accepted). */
export function partyNameOptions(lawCase: CaseDetail) {
  return lawCase.parties.map((p) => ({ value: p.name, label: p.name }));
}

/** The chosen file of an antd Upload kept in a form field (`fileList`; antd uploads nothing itself). */
export type PickedFiles = UploadFile[];
export const pickFiles = (e: { fileList: UploadFile[] } | UploadFile[]) =>
  Array.isArray(e) ? e : e.fileList;
export const fileOf = (list: PickedFiles | undefined): File | null =>
  (list?.[0]?.originFileObj as File | undefined) ?? null;
