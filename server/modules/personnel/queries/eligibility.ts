import type {
  CertificateBrief,
  EnforcementCategory,
  OfficerEligibility,
  Refusal,
} from '../../../../common/contracts/personnel.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import type { Db, Tx } from '../../../platform/db/database.js';
import { officerRepository } from '../officer.repository.js';
import { loadBundles, type OfficerBundle } from '../personnel.context.js';
import { BASIS } from '../rules/basis.js';
import {
  evaluateLegalReviewer,
  evaluateOfficer,
  evaluateTeam,
  TEAM_MINIMUM,
  type OfficerEvaluation,
} from '../rules/eligibility.js';

/** Who is asked about: an officer record, or the account of a person (cases name accounts). */
export type OfficerKey = { officerId: string } | { userId: string };

export interface ActOn {
  on: LocalDate;
  category: EnforcementCategory;
  /** 执法区域 of the act (e.g. 赤峰市松山区); null: not checked. */
  region?: string | null;
}

export type { OfficerEligibility };

export interface TeamEligibility {
  ok: boolean;
  required: number;
  eligibleCount: number;
  members: OfficerEligibility[];
  /** Why the team as a whole is refused (fewer than two qualified officers). */
  refusals: Refusal[];
}

export interface LegalReviewerEligibility {
  officerId: string | null;
  officerName: string | null;
  eligible: boolean;
  refusals: Refusal[];
}

async function resolveIds(db: Db | Tx, keys: readonly OfficerKey[]): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  for (const k of keys)
    out.push(
      'officerId' in k ? k.officerId : ((await officerRepository.findByUserId(db, k.userId))?.id ?? null),
    );
  return out;
}

function present(bundle: OfficerBundle | undefined, e: OfficerEvaluation): OfficerEligibility {
  const c = e.certificate;
  const certificate: CertificateBrief | null = c
    ? {
        id: c.id,
        number: c.number,
        kind: c.kind,
        categories: [...c.categories],
        region: c.region,
        issuedOn: c.issuedOn,
        validUntil: c.validUntil,
        status: c.statusOn === 'not_issued' ? 'valid' : c.statusOn,
      }
    : null;
  return {
    officerId: bundle?.view.id ?? null,
    officerName: bundle?.view.name ?? null,
    unitName: bundle?.view.unitName ?? null,
    eligible: e.eligible,
    certificate,
    refusals: e.refusals,
  };
}

function evaluate(bundle: OfficerBundle | undefined, q: ActOn): OfficerEvaluation {
  return evaluateOfficer(bundle?.facts ?? null, bundle?.certificates ?? [], bundle?.entrustment ?? null, {
    on: q.on,
    category: q.category,
    region: q.region ?? null,
  });
}

/**
 * Whether one person may act in an enforcement step (承办人, signing an inspection record, one of the two
 * officers) on `on` in `category`: a certificate valid on that date, replayed from its history, covering the
 * category (and area). The refusals carry the certificate, the reason and the basis, for the caller to show.
 * 行政处罚法 第42条、第55条; 安全生产法 第67条.
 */
export async function checkOfficerEligibility(
  db: Db | Tx,
  q: OfficerKey & ActOn,
): Promise<OfficerEligibility> {
  const [id] = await resolveIds(db, [q]);
  const bundles = id ? await loadBundles(db, [id]) : new Map<string, OfficerBundle>();
  const bundle = id ? bundles.get(id) : undefined;
  return present(bundle, evaluate(bundle, q));
}

/**
 * 行政处罚法 第42条: an enforcement step needs at least two officers qualified on that date for that category.
 * Each member is checked as in {@link checkOfficerEligibility}; a person listed twice counts once.
 */
export async function checkEnforcementTeam(
  db: Db | Tx,
  q: { members: readonly OfficerKey[] } & ActOn,
): Promise<TeamEligibility> {
  const ids = await resolveIds(db, q.members);
  const bundles = await loadBundles(
    db,
    ids.filter((i): i is string => !!i),
  );
  const seen = new Set<string>();
  const evaluations: OfficerEvaluation[] = [];
  const members: OfficerEligibility[] = [];
  for (const id of ids) {
    const bundle = id ? bundles.get(id) : undefined;
    let e = evaluate(bundle, q);
    if (id && seen.has(id))
      e = {
        ...e,
        eligible: false,
        refusals: [
          {
            rule: 'personnel.duplicate-member',
            reason: `${bundle?.view.name ?? '该人员'} 重复列入，同一人只计一名执法人员`,
            basis: BASIS.twoOfficers,
          },
        ],
      };
    if (id) seen.add(id);
    evaluations.push(e);
    members.push(present(bundle, e));
  }
  const team = evaluateTeam(evaluations);
  return {
    ok: team.ok,
    required: TEAM_MINIMUM,
    eligibleCount: team.eligibleCount,
    members,
    refusals: team.refusals,
  };
}

/**
 * 行政处罚法 第58条第2款: whether a person may be assigned to 法制审核 on `on` — a first-time reviewer must hold
 * the 法律职业资格; someone reviewing before 2021-07-15 is not first-time.
 */
export async function checkLegalReviewer(
  db: Db | Tx,
  q: OfficerKey & { on: LocalDate },
): Promise<LegalReviewerEligibility> {
  const [id] = await resolveIds(db, [q]);
  const bundle = id ? (await loadBundles(db, [id])).get(id) : undefined;
  const refusals = evaluateLegalReviewer(bundle?.facts ?? null, q.on);
  return {
    officerId: bundle?.view.id ?? null,
    officerName: bundle?.view.name ?? null,
    eligible: refusals.length === 0,
    refusals,
  };
}
