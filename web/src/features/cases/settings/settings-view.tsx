import { Descriptions, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import {
  PARTY_KIND_LABELS,
  PARTY_KINDS,
  PENALTY_KIND_LABELS,
  type PenaltyKind,
} from '../../../../../common/contracts/cases';
import type { CaseSettingsValues } from '../api-admin';
import { yuan } from '../format';

export const LEGAL_REVIEW_FLAG_LABELS = {
  major_public_interest: '涉及重大公共利益',
  major_rights_after_hearing: '直接关系当事人或者第三人重大权益，经过听证程序',
  complex: '案件情况疑难复杂、涉及多个法律关系',
  other_law: '法律、法规规定应当进行法制审核的其他情形',
} as const;

/** A number pattern filled in as it will print: {year} this year, {seq} 12, {code} 罚. */
export function patternExample(pattern: string, year = new Date().getFullYear()): string {
  return pattern.replaceAll('{year}', String(year)).replaceAll('{seq}', '12').replaceAll('{code}', '罚');
}

export function periodText(p: { length: number; unit: string }): string {
  return `${p.length}${p.unit === 'working_day' ? '个工作日' : '日'}`;
}

function Basis({ children }: { children: string }) {
  return (
    <div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="legal-basis">
        依据：{children}
      </Typography.Text>
    </div>
  );
}

function Kinds({ kinds }: { kinds: readonly PenaltyKind[] }) {
  if (!kinds.length) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <>
      {kinds.map((k) => (
        <Tag key={k} style={{ marginBottom: 4 }}>
          {PENALTY_KIND_LABELS[k]}
        </Tag>
      ))}
    </>
  );
}

/** Fine thresholds per party kind, 「以上」 meaning the amount itself included. */
function ByParty({ fen }: { fen: Record<(typeof PARTY_KINDS)[number], number> }) {
  return (
    <>
      {PARTY_KINDS.map((k) => (
        <div key={k}>
          {PARTY_KIND_LABELS[k]}：罚款 {yuan(fen[k])} 以上
        </div>
      ))}
    </>
  );
}

/** The case settings as people read them: patterns with an example, periods, thresholds in 元, each with its basis. */
export function SettingsView({ s }: { s: CaseSettingsValues }) {
  const items: { key: string; label: string; children: ReactNode }[] = [
    {
      key: 'caseNo',
      label: '案件编号格式',
      children: (
        <>
          <Typography.Text className="zf-mono">{s.caseNumberPattern}</Typography.Text>
          <Typography.Text type="secondary" style={{ marginInline: 12 }}>
            例：
          </Typography.Text>
          <Typography.Text strong>{patternExample(s.caseNumberPattern)}</Typography.Text>
        </>
      ),
    },
    {
      key: 'docNo',
      label: '文书编号格式',
      children: (
        <>
          <Typography.Text className="zf-mono">{s.documentNumberPattern}</Typography.Text>
          <Typography.Text type="secondary" style={{ marginInline: 12 }}>
            例：
          </Typography.Text>
          <Typography.Text strong>{patternExample(s.documentNumberPattern)}</Typography.Text>
        </>
      ),
    },
    {
      key: 'hearing',
      label: '听证：较大数额',
      children: (
        <>
          {s.hearingThresholds.map((t) => (
            <div key={t.partyKind}>
              {PARTY_KIND_LABELS[t.partyKind]}：罚款 {yuan(t.fineFen)} 以上；没收违法所得、非法财物{' '}
              {yuan(t.confiscationFen)} 以上
            </div>
          ))}
          {/* The rows usually share one basis: each distinct basis is shown once. */}
          {[...new Set(s.hearingThresholds.map((t) => t.basis))].map((b) => (
            <Basis key={b}>{b}</Basis>
          ))}
        </>
      ),
    },
    { key: 'hearingKinds', label: '听证：处罚种类', children: <Kinds kinds={s.hearingPenaltyKinds} /> },
    {
      key: 'legalReview',
      label: '法制审核范围',
      children: (
        <>
          <ByParty fen={s.legalReview.fineFen} />
          <div style={{ marginTop: 4 }}>
            <Kinds kinds={s.legalReview.penaltyKinds} />
          </div>
          {s.legalReview.flags.map((f) => (
            <div key={f}>· {LEGAL_REVIEW_FLAG_LABELS[f]}</div>
          ))}
          <div>· 经过听证程序的案件</div>
          <Basis>{s.legalReview.basis}</Basis>
        </>
      ),
    },
    {
      key: 'legalReviewDays',
      label: '法制审核期限',
      children: (
        <>
          收到完整送审材料后 {periodText(s.legalReviewDays)}
          <Basis>{s.legalReviewDays.basis}</Basis>
        </>
      ),
    },
    {
      key: 'collective',
      label: '集体讨论范围',
      children: (
        <>
          <ByParty fen={s.collectiveDiscussion.fineFen} />
          <div style={{ marginTop: 4 }}>
            <Kinds kinds={s.collectiveDiscussion.penaltyKinds} />
          </div>
          <div>· 情节复杂或者重大违法行为（法定，不可关闭）</div>
          <Basis>{s.collectiveDiscussion.basis}</Basis>
        </>
      ),
    },
    {
      key: 'av',
      label: '音像记录事项清单',
      children: s.avRequiredSteps.length ? (
        s.avRequiredSteps.map((a) => (
          <div key={a.step} style={{ marginBottom: 4 }}>
            <Typography.Text strong>{a.label}</Typography.Text>
            <Basis>{a.basis}</Basis>
          </div>
        ))
      ) : (
        <Typography.Text type="secondary">未列入事项</Typography.Text>
      ),
    },
  ];
  return <Descriptions size="small" column={1} bordered styles={{ label: { width: 150 } }} items={items} />;
}
