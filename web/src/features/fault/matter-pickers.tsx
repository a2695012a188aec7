import { Select, Space, Tag } from 'antd';
import {
  GROUND_ARTICLE,
  GROUND_CODE_LABELS,
  GROUND_CODES,
  GROUND_KIND_LABELS,
  GROUND_KINDS,
  groundKindOf,
  MEASURE_LABELS,
  MEASURE_RANK,
  MEASURES,
  type GroundCode,
  type Measure,
} from '../../../../common/contracts/fault';
import { useFaultPeople } from './api';
import { PersonOptionLabel, personText } from './labels';

/**
 * Chooses people of the bureau (GET /api/fault/people), searchable by name, unit and position; 纪检 staff are
 * tagged (纪检监察). Whether a person may investigate (回避) is the server's to say: its refusal is shown in the modal.
 */
export function FaultPeopleSelect({
  value,
  onChange,
  id,
  multiple,
  placeholder = '选择本局人员',
  testId,
}: {
  value?: string | string[];
  onChange?: (v: string | string[] | undefined) => void;
  id?: string;
  multiple?: boolean;
  placeholder?: string;
  testId?: string;
}) {
  const q = useFaultPeople();
  const list = q.data ?? [];
  return (
    <Select<string | string[]>
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={(v) => onChange?.(v)}
      placeholder={placeholder}
      data-testid={testId}
      showSearch={{ optionFilterProp: 'label' }}
      loading={q.isFetching}
      status={q.error ? 'error' : undefined}
      notFoundContent={q.error ? '人员名单加载失败' : '未找到人员'}
      options={list.map((p) => ({ value: p.id, label: personText(p) }))}
      optionRender={(o) => {
        const p = list.find((x) => x.id === o.value);
        return p ? <PersonOptionLabel person={p} /> : o.label;
      }}
    />
  );
}

/** Chooses among given people (the matter's subjects, investigators, the case's trail). */
export function PersonChoice({
  people,
  value,
  onChange,
  id,
  multiple,
  placeholder = '选择人员',
  testId,
}: {
  people: readonly { id: string; name: string; note?: string | null }[];
  value?: string | string[];
  onChange?: (v: string | string[] | undefined) => void;
  id?: string;
  multiple?: boolean;
  placeholder?: string;
  testId?: string;
}) {
  return (
    <Select<string | string[]>
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={(v) => onChange?.(v)}
      placeholder={placeholder}
      data-testid={testId}
      showSearch={{ optionFilterProp: 'label' }}
      options={people.map((p) => ({ value: p.id, label: p.note ? `${p.name}（${p.note}）` : p.name }))}
    />
  );
}

/**
 * The measures of 第十条, lightest first. `limit` (the heaviest rank told in the 拟处理意见) marks heavier ones;
 * the server refuses a heavier decision (公务员法 第六十三条).
 */
export function MeasureSelect({
  value,
  onChange,
  id,
  limit,
  proposed = [],
  testId,
}: {
  value?: Measure[];
  onChange?: (v: Measure[]) => void;
  id?: string;
  limit?: number;
  proposed?: readonly Measure[];
  testId?: string;
}) {
  return (
    <Select<Measure[]>
      id={id}
      mode="multiple"
      value={value}
      onChange={(v) => onChange?.(v)}
      placeholder="选择处理措施（可多选；不选为免予追究）"
      data-testid={testId}
      optionFilterProp="label"
      options={MEASURES.map((x) => ({
        value: x,
        label: MEASURE_LABELS[x],
        heavier: limit !== undefined && MEASURE_RANK[x] > limit,
      }))}
      optionRender={(o) => (
        <Space size={6}>
          <span>{MEASURE_LABELS[o.value as Measure]}</span>
          {proposed.includes(o.value as Measure) && <Tag color="blue">拟处理意见</Tag>}
          {o.data.heavier && <Tag color="red">重于拟处理意见</Tag>}
        </Space>
      )}
    />
  );
}

/** The grounds of 第六、七、八条, grouped by article. */
export function GroundCodeSelect({
  value,
  onChange,
  id,
}: {
  value?: GroundCode;
  onChange?: (v: GroundCode) => void;
  id?: string;
}) {
  return (
    <Select<GroundCode>
      id={id}
      value={value}
      onChange={(v) => onChange?.(v)}
      placeholder="选择情节"
      popupMatchSelectWidth={false}
      options={GROUND_KINDS.map((k) => ({
        label: GROUND_KIND_LABELS[k],
        title: GROUND_ARTICLE[k],
        options: GROUND_CODES.filter((c) => groundKindOf(c) === k).map((c) => ({
          value: c,
          label: `${c} ${GROUND_CODE_LABELS[c]}`,
        })),
      }))}
    />
  );
}
