import { Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useCase, useCases, type CaseSummary } from '../cases/api-case';
import { usePeople, type Person } from './api';
import { PersonOptionLabel, personText } from './labels';

function caseLabel(c: Pick<CaseSummary, 'caseNo' | 'title'>): string {
  return `${c.caseNo ?? '（尚未编号）'} ${c.title}`;
}

/**
 * Chooses a case among those the caller may see (GET /api/cases searches by case number, title or party); the
 * server decides whether the caller may record on it. A preselected case outside the first page is fetched.
 */
export function CaseSelect({
  value,
  onChange,
  id,
  disabled,
  testId = 'case-select',
}: {
  value?: string;
  onChange?: (v: string | undefined) => void;
  id?: string;
  disabled?: boolean;
  testId?: string;
}) {
  const [q, setQ] = useState('');
  const list = useCases({ q: q.trim() || undefined }, 1, 20);
  const items = list.data?.items ?? [];
  const missing = !!value && !items.some((c) => c.id === value);
  const one = useCase(missing ? value : undefined);
  const options: { value: string; label: string; summary?: CaseSummary }[] = items.map((c) => ({
    value: c.id,
    label: caseLabel(c),
    summary: c,
  }));
  if (missing && one.data) options.unshift({ value: one.data.id, label: caseLabel(one.data) });
  return (
    <Select<string>
      id={id}
      value={value}
      onChange={(v) => onChange?.(v)}
      allowClear
      disabled={disabled}
      placeholder="输入案号、案件名称或当事人搜索"
      aria-label="案件"
      data-testid={testId}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={list.isFetching || one.isFetching}
      notFoundContent={list.isFetching ? '正在查找…' : '未找到案件'}
      options={options.map((o) => ({ value: o.value, label: o.label }))}
      optionRender={(o) => {
        const c = options.find((x) => x.value === o.value)?.summary;
        return (
          <Space orientation="vertical" size={0}>
            <span>{o.label}</span>
            {c && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.partyNames} · {c.officerNames.join('、')}
              </Typography.Text>
            )}
          </Space>
        );
      }}
    />
  );
}

/** Chooses a person of the bureau (GET /api/interference/people), searchable by name, unit and position. */
export function PersonSelect({
  value,
  onChange,
  id,
  onPick,
  placeholder = '选择本局人员',
  allowClear,
  testId = 'person-select',
  enabled = true,
}: {
  value?: string;
  onChange?: (v: string | undefined) => void;
  id?: string;
  /** Called with the chosen person (to prefill the position and unit). */
  onPick?: (p: Person | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  testId?: string;
  enabled?: boolean;
}) {
  const people = usePeople(enabled);
  const list = people.data ?? [];
  return (
    <Select<string>
      id={id}
      value={value}
      onChange={(v) => {
        onChange?.(v);
        onPick?.(list.find((p) => p.id === v) ?? null);
      }}
      allowClear={allowClear}
      placeholder={placeholder}
      aria-label={placeholder}
      data-testid={testId}
      showSearch={{ optionFilterProp: 'label' }}
      loading={people.isFetching}
      status={people.error ? 'error' : undefined}
      notFoundContent={people.error ? '人员名单加载失败' : '未找到人员'}
      options={list.map((p) => ({ value: p.id, label: personText(p) }))}
      optionRender={(o) => {
        const p = list.find((x) => x.id === o.value);
        return p ? <PersonOptionLabel person={p} /> : o.label;
      }}
    />
  );
}
