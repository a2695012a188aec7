import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Typography } from 'antd';
import type { RuleObject } from 'antd/es/form';
import { useState } from 'react';
import {
  AMOUNT_PENALTY_KINDS,
  Penalty,
  PENALTY_KIND_LABELS,
  PENALTY_KINDS,
  type PenaltyKind,
} from '../../../../common/contracts/cases';
import { checkRule } from '../../components/zod-rule';
import { fenToYuanInput, parseYuan, penaltyText } from './format';

type PenaltyValue = Penalty;

interface Row {
  key: number;
  kind: PenaltyKind | undefined;
  /** What the user typed, in yuan: kept as text so that "5000." or "0.0" survive while typing. */
  amountText: string;
  note: string;
}

const MAX_ITEMS = 6;
let nextKey = 1;

function rowsOf(value: PenaltyValue | null | undefined): Row[] {
  return (value?.items ?? []).map((i) => ({
    key: nextKey++,
    kind: i.kind,
    amountText: fenToYuanInput(i.amountFen),
    note: i.note ?? '',
  }));
}

function hasAmount(kind: PenaltyKind | undefined): boolean {
  return !!kind && AMOUNT_PENALTY_KINDS.includes(kind);
}

function valueOf(rows: readonly Row[]): PenaltyValue {
  return {
    items: rows.map((r) => ({
      // An unchosen kind is left for the rule to report ('请选择处罚种类').
      kind: r.kind as PenaltyKind,
      amountFen: hasAmount(r.kind) ? parseYuan(r.amountText) : null,
      note: r.note.trim() || null,
    })),
  };
}

export interface PenaltyEditorProps {
  value?: PenaltyValue | null;
  onChange?: (value: PenaltyValue) => void;
  disabled?: boolean;
  /** The kinds offered (default: all of 第九条 used in 应急 enforcement). */
  kinds?: readonly PenaltyKind[];
  'data-testid'?: string;
}

/**
 * Edits a {@link Penalty} inside an antd Form (`value`/`onChange`): items of kind, amount and note. Amounts are
 * typed in 元 with at most two decimals and stored as integer fen parsed from the text, never through a float.
 */
export function PenaltyEditor({
  value,
  onChange,
  disabled,
  kinds = PENALTY_KINDS,
  'data-testid': testId = 'penalty-editor',
}: PenaltyEditorProps) {
  const [rows, setRows] = useState<Row[]>(() => rowsOf(value));
  // The value we last emitted; a different value from outside (reset, setFieldsValue) re-seeds the rows.
  const [emitted, setEmitted] = useState<PenaltyValue | null | undefined>(value);
  if (value !== emitted) {
    setEmitted(value);
    setRows(rowsOf(value));
  }

  const update = (next: Row[]) => {
    setRows(next);
    const v = valueOf(next);
    setEmitted(v);
    onChange?.(v);
  };
  const patch = (key: number, p: Partial<Row>) =>
    update(rows.map((r) => (r.key === key ? { ...r, ...p } : r)));
  const used = new Set(rows.map((r) => r.kind));

  return (
    <div data-testid={testId}>
      {rows.length === 0 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          尚未添加处罚种类。
        </Typography.Paragraph>
      )}
      {rows.map((r, index) => {
        const badAmount = hasAmount(r.kind) && r.amountText.trim() !== '' && parseYuan(r.amountText) === null;
        return (
          <div key={r.key} style={{ marginBottom: 8 }} data-testid={`penalty-item-${index}`}>
            <Space.Compact style={{ width: '100%' }}>
              <Select<PenaltyKind>
                placeholder="处罚种类"
                aria-label="处罚种类"
                value={r.kind}
                disabled={disabled}
                style={{ width: 200, flexShrink: 0 }}
                onChange={(kind) => patch(r.key, { kind, amountText: hasAmount(kind) ? r.amountText : '' })}
                options={kinds.map((k) => ({
                  label: PENALTY_KIND_LABELS[k],
                  value: k,
                  disabled: k !== r.kind && used.has(k),
                }))}
              />
              <Input
                placeholder={hasAmount(r.kind) ? '金额' : '无金额'}
                aria-label="金额（元）"
                inputMode="decimal"
                value={r.amountText}
                disabled={disabled || !hasAmount(r.kind)}
                status={badAmount ? 'error' : undefined}
                suffix="元"
                style={{ width: 180, flexShrink: 0 }}
                onChange={(e) => patch(r.key, { amountText: e.target.value })}
              />
              <Input
                placeholder="说明（如期限、范围）"
                aria-label="处罚说明"
                value={r.note}
                maxLength={500}
                disabled={disabled}
                onChange={(e) => patch(r.key, { note: e.target.value })}
              />
              <Button
                icon={<DeleteOutlined />}
                aria-label="删除该项"
                disabled={disabled}
                onClick={() => update(rows.filter((x) => x.key !== r.key))}
              />
            </Space.Compact>
            {badAmount && (
              <Typography.Text type="danger" style={{ fontSize: 12 }}>
                金额应为数字，最多两位小数（单位：元）
              </Typography.Text>
            )}
          </div>
        );
      })}
      <Button
        type="dashed"
        icon={<PlusOutlined />}
        disabled={disabled || rows.length >= MAX_ITEMS}
        onClick={() => update([...rows, { key: nextKey++, kind: undefined, amountText: '', note: '' }])}
      >
        添加处罚种类
      </Button>
      {rows.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }} data-testid="penalty-preview">
          {penaltyText(valueOf(rows.filter((r) => r.kind)))}
        </Typography.Paragraph>
      )}
    </div>
  );
}

/**
 * The form rule of a penalty field: the shared zod contract's message, and, when `nonEmpty`, at least one item
 * (a proposal to penalise must say which penalty).
 */
export function penaltyRule(nonEmpty: boolean | (() => boolean) = false): RuleObject {
  return checkRule((value: PenaltyValue | null | undefined) => {
    const items = value?.items ?? [];
    const need = typeof nonEmpty === 'function' ? nonEmpty() : nonEmpty;
    if (need && items.length === 0) return '请至少添加一项处罚';
    if (items.some((i) => !i.kind)) return '请选择处罚种类';
    const r = Penalty.safeParse({ items });
    return r.success ? null : (r.error.issues[0]?.message ?? '处罚内容不正确');
  });
}
