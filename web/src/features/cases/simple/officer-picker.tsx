import { Select, Space, Tag, Typography } from 'antd';
import type { EnforcementCategory } from '../../../../../common/contracts/personnel';
import { ApiErrorAlert } from '../../../components/api-error';
import { useOfficerCandidates, type OfficerCandidate } from '../api-admin';

function CandidateLine({ c }: { c: OfficerCandidate }) {
  return (
    <div data-testid={`officer-candidate-${c.name}`}>
      <Space size={6} wrap>
        <Typography.Text strong={c.eligible}>{c.name}</Typography.Text>
        {c.unitName && <Typography.Text type="secondary">{c.unitName}</Typography.Text>}
        <Typography.Text className="zf-mono" type="secondary">
          {c.certificateNumber ? `执法证 ${c.certificateNumber}` : '无执法证'}
        </Typography.Text>
        {c.eligible ? <Tag color="green">可执法</Tag> : <Tag color="red">不具备执法资格</Tag>}
      </Space>
      {c.refusals.map((r) => (
        <div key={r.rule + r.reason} style={{ fontSize: 12, whiteSpace: 'normal' }}>
          <Typography.Text type="danger">{r.reason}</Typography.Text>{' '}
          <Typography.Text type="secondary">（{r.basis}）</Typography.Text>
        </div>
      ))}
    </div>
  );
}

/**
 * Chooses the officers of an enforcement act (value: their account ids, the first is the lead). Candidates come
 * from the server with its eligibility answer for the category and day: an officer without a valid certificate
 * for the category is shown with the reason and cannot be chosen.
 */
export function OfficerPicker({
  value,
  onChange,
  category,
  on,
  id,
}: {
  value?: string[];
  onChange?: (ids: string[]) => void;
  category: EnforcementCategory | undefined;
  /** The day of the act ('YYYY-MM-DD'); eligibility is judged on it. */
  on: string | undefined;
  id?: string;
}) {
  const candidates = useOfficerCandidates(category, on);
  const items = candidates.data?.items ?? [];
  const byId = new Map(items.map((c) => [c.userId, c]));
  const chosen = value ?? [];
  const ready = !!category && !!on;
  return (
    <>
      <ApiErrorAlert error={candidates.error} />
      <Select<string[]>
        id={id}
        mode="multiple"
        disabled={!ready}
        loading={candidates.isFetching}
        placeholder={ready ? '选择至少两名执法人员，第一位为主办人' : '请先选择执法类别和日期'}
        value={chosen}
        onChange={(ids) => onChange?.(ids)}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: '100%' }}
        options={items.map((c) => ({ value: c.userId, label: c.name, disabled: !c.eligible }))}
        optionRender={(o) => {
          const c = byId.get(String(o.value));
          return c ? <CandidateLine c={c} /> : o.label;
        }}
        aria-label="执法人员"
      />
      {chosen.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          主办：{byId.get(chosen[0]!)?.name ?? '—'}
          {chosen.length > 1 &&
            `；协办：${chosen
              .slice(1)
              .map((u) => byId.get(u)?.name ?? '—')
              .join('、')}`}
        </Typography.Text>
      )}
    </>
  );
}
