import { Descriptions, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { BAND_LEVEL_LABELS, PENALTY_KIND_LABELS } from '../../../../../common/contracts/cases';
import type { EnforcementCategory } from '../../../../../common/contracts/personnel';
import { useViolationTypes, type ViolationTypeView } from '../api-admin';
import { fenRange } from '../format';

/**
 * Chooses a violation from the catalogue (违法行为目录), searched on the server by code, name or provision and
 * narrowed to the case's category. `onPick` hands the whole entry to the form (for its bands and range).
 */
export function ViolationSelect({
  value,
  onChange,
  onPick,
  category,
  id,
}: {
  value?: string;
  onChange?: (id: string | undefined) => void;
  onPick?: (type: ViolationTypeView | null) => void;
  category: EnforcementCategory | undefined;
  id?: string;
}) {
  const [q, setQ] = useState('');
  const types = useViolationTypes({ q: q.trim() || undefined, category });
  // The chosen entry stays listed (and labelled) when a later search no longer returns it.
  const [picked, setPicked] = useState<ViolationTypeView | null>(null);
  const found = types.data?.items ?? [];
  const items =
    picked && picked.id === value && !found.some((t) => t.id === picked.id) ? [picked, ...found] : found;
  return (
    <Select<string>
      id={id}
      value={value}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={types.isFetching}
      placeholder="输入编码、违法行为名称或条款搜索"
      aria-label="违法行为"
      notFoundContent={types.isFetching ? '正在查询…' : '目录中没有匹配的违法行为'}
      style={{ width: '100%' }}
      onChange={(v) => {
        const type = items.find((t) => t.id === v) ?? null;
        setPicked(type);
        onChange?.(v);
        onPick?.(type);
      }}
      options={items.map((t) => ({
        value: t.id,
        label: `${t.code} ${t.name}`,
      }))}
      optionRender={(o) => {
        const t = items.find((x) => x.id === o.value);
        return t ? (
          <div style={{ whiteSpace: 'normal' }}>
            <Typography.Text className="zf-mono" type="secondary">
              {t.code}
            </Typography.Text>{' '}
            {t.name}
            <div style={{ fontSize: 12 }}>
              <Typography.Text type="secondary">{t.statutoryRange.text}</Typography.Text>
            </div>
          </div>
        ) : (
          o.label
        );
      }}
    />
  );
}

/** The catalogue entry in short: provisions, statutory range and the discretion bands (裁量基准). */
export function ViolationSummary({ type }: { type: ViolationTypeView }) {
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        bordered
        styles={{ label: { width: 110 } }}
        items={[
          { key: 'violated', label: '违反条款', children: type.violatedProvision },
          { key: 'penalty', label: '处罚依据', children: type.penaltyProvision },
          { key: 'range', label: '法定处罚幅度', children: type.statutoryRange.text },
        ]}
      />
      {type.bands.length > 0 && (
        <Table
          size="small"
          style={{ marginTop: 8 }}
          rowKey="level"
          pagination={false}
          dataSource={type.bands}
          columns={[
            { title: '裁量等级', width: 80, render: (_, b) => BAND_LEVEL_LABELS[b.level] },
            { title: '情形', dataIndex: 'circumstances' },
            { title: '罚款', width: 170, render: (_, b) => fenRange(b.fineMinFen, b.fineMaxFen) },
            {
              title: '其他处罚',
              width: 140,
              render: (_, b) => b.otherPenalties.map((k) => PENALTY_KIND_LABELS[k]).join('、') || '—',
            },
          ]}
        />
      )}
    </>
  );
}
