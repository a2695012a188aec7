import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addYears } from '../../kernel/local-date.js';
import type { Database } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/errors.js';
import { createTestDatabase, testEngine } from '../../test/db.js';
import { buildUnit } from '../../test/factories.js';
import { deadlineQueries } from '../deadlines/index.js';
import { applyForCertificate, issueCertificate } from './commands/applications.js';
import { changeCertificateStatus, recordReview, renewCertificate } from './commands/certificate-changes.js';
import { departOfficer, revealIdNumber } from './commands/officer-record.js';
import { createOfficer, updateOfficer } from './commands/officers.js';
import { recordExam, recordTraining } from './commands/training.js';
import { FieldProtector } from './field-key.js';
import { checkEnforcementTeam, checkLegalReviewer, checkOfficerEligibility } from './index.js';
import { ensureFieldKey } from './personnel.context.js';
import { buildActor, buildOfficer, testDeps, today, uniqueIdNumber } from './test-factories.js';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const auditCount = async (action?: string) =>
  Number(
    (
      await database.query<{ n: number }>(
        action
          ? 'SELECT count(*)::int AS n FROM audit_events WHERE action = $1'
          : 'SELECT count(*)::int AS n FROM audit_events',
        action ? [action] : [],
      )
    )[0]!.n,
  );

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe(`officer records (${testEngine()})`, () => {
  it('stores the ID number encrypted with a digest and a mask, audits only the mask, and reveals it audited', async () => {
    const keeper = await buildActor(database, ['legal_reviewer']);
    const unit = await buildUnit(database);
    const idNumber = uniqueIdNumber();
    const deps = testDeps(database);
    const id = await createOfficer(
      deps,
      keeper.actor,
      {
        name: '加密测试',
        idNumber,
        unitId: unit.id,
        positionId: null,
        staffingType: 'civil_servant',
        education: null,
        legalQualification: false,
        legalQualificationNo: null,
        legalReviewSince: null,
        userId: null,
      },
      keeper.ctx,
    );
    const [row] = await database.query<{
      id_number_cipher: string;
      id_number_masked: string;
      id_number_digest: string;
    }>('SELECT id_number_cipher, id_number_masked, id_number_digest FROM officers WHERE id = $1', [id]);
    expect(row!.id_number_cipher).not.toContain(idNumber.slice(6, 14));
    expect(row!.id_number_masked).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    const [created] = await database.query<{ payload: Record<string, unknown> }>(
      `SELECT payload FROM audit_events WHERE action = 'officer.created' AND object_id = $1`,
      [id],
    );
    expect(JSON.stringify(created!.payload)).not.toContain(idNumber);

    expect(await revealIdNumber(deps, keeper.actor, id, keeper.ctx)).toBe(idNumber);
    const [revealed] = await database.query<{ actor_id: string }>(
      `SELECT actor_id FROM audit_events WHERE action = 'officer.id-number-revealed' AND object_id = $1`,
      [id],
    );
    expect(revealed!.actor_id).toBe(keeper.user.id);

    // The same ID number again is refused and changes nothing.
    const before = await auditCount();
    const e = await refusal(
      createOfficer(
        deps,
        keeper.actor,
        {
          name: '重复',
          idNumber,
          unitId: unit.id,
          positionId: null,
          staffingType: 'civil_servant',
          education: null,
          legalQualification: false,
          legalQualificationNo: null,
          legalReviewSince: null,
          userId: null,
        },
        keeper.ctx,
      ),
    );
    expect(e.code).toBe('ID_NUMBER_TAKEN');
    expect(await auditCount()).toBe(before);
  });

  it('refuses to register or change one’s own record (separation of duties)', async () => {
    const keeper = await buildActor(database, ['legal_reviewer']);
    const { officer } = await buildOfficer(database, { userId: keeper.user.id });
    const e = await refusal(
      updateOfficer(testDeps(database), keeper.actor, officer.id, { name: '改名字' }, keeper.ctx),
    );
    expect(e.code).toBe('SELF_QUALIFICATION');
  });

  it('refuses a staffing type that may not hold a certificate while one is held', async () => {
    const keeper = await buildActor(database, ['legal_reviewer']);
    const { officer } = await buildOfficer(database, { certificate: 'valid' });
    const e = await refusal(
      updateOfficer(testDeps(database), keeper.actor, officer.id, { staffingType: 'dispatched' }, keeper.ctx),
    );
    expect(e.code).toBe('STAFFING_NOT_ELIGIBLE');
    expect(e.extra.basis).toContain('118号');
  });

  it('stops a start-up with a different field key than the data was written with', async () => {
    const db2 = await createTestDatabase();
    try {
      await ensureFieldKey(db2.db, new FieldProtector('0123456789abcdef0123456789abcdef'));
      await ensureFieldKey(db2.db, new FieldProtector('0123456789abcdef0123456789abcdef'));
      await expect(
        ensureFieldKey(db2.db, new FieldProtector('fedcba9876543210fedcba9876543210')),
      ).rejects.toThrow('字段加密密钥与数据库中已加密数据所用的密钥不一致');
    } finally {
      await db2.close();
    }
  });
});

describe(`the certificate lifecycle (${testEngine()})`, () => {
  it('applies, refuses unmet prerequisites without a trace, then issues, suspends, restores, revokes — each audited', async () => {
    const keeper = await buildActor(database, ['legal_reviewer']);
    const principal = await buildActor(database, ['principal']);
    const holder = await buildActor(database, ['officer']);
    const deps = testDeps(database);
    const t = today();
    const { officer } = await buildOfficer(database, { userId: holder.user.id, name: '周全' });
    const apply = {
      kind: 'enforcement' as const,
      region: '赤峰市',
      categories: ['fireworks' as const],
      appliedOn: t,
    };

    const before = await auditCount();
    const e = await refusal(applyForCertificate(deps, keeper.actor, officer.id, apply, keeper.ctx));
    expect(e.code).toBe('PREREQUISITE_NOT_MET');
    expect(e.message).toContain('申领前12个月内培训不少于 60 学时');
    expect(e.extra.details?.map((d) => d.path)).toEqual([
      'personnel.application-training',
      'personnel.application-exam-general',
      'personnel.application-exam-special',
    ]);
    expect(await auditCount()).toBe(before);

    await recordTraining(
      deps,
      keeper.actor,
      officer.id,
      {
        course: '执法资格培训',
        provider: '',
        category: 'public_law',
        hours: 60,
        completedOn: t,
        certificateNo: null,
      },
      keeper.ctx,
    );
    await recordExam(
      deps,
      keeper.actor,
      officer.id,
      { kind: 'general', takenOn: t, score: 59.5, passMark: 60, note: null },
      keeper.ctx,
    );
    expect(
      (await refusal(applyForCertificate(deps, keeper.actor, officer.id, apply, keeper.ctx))).extra.rule,
    ).toBe('personnel.application-exam-general');
    await recordExam(
      deps,
      keeper.actor,
      officer.id,
      { kind: 'general', takenOn: t, score: 75, passMark: 60, note: null },
      keeper.ctx,
    );
    await recordExam(
      deps,
      keeper.actor,
      officer.id,
      { kind: 'special', takenOn: t, score: 81, passMark: 60, note: null },
      keeper.ctx,
    );
    const applicationId = await applyForCertificate(deps, keeper.actor, officer.id, apply, keeper.ctx);

    const certId = await issueCertificate(
      deps,
      keeper.actor,
      applicationId,
      { number: 'LIFE-0001', issuingAuthority: '内蒙古自治区人民政府', issuedOn: t, validUntil: null },
      keeper.ctx,
    );
    const [cert] = await database.query<{
      valid_until: string;
      next_review_due: string;
      renewal_deadline_id: string;
    }>(
      'SELECT valid_until::text, next_review_due::text, renewal_deadline_id FROM certificates WHERE id = $1',
      [certId],
    );
    expect(cert!.valid_until).toBe(addDays(addYears(t, 6), -1));
    expect(cert!.next_review_due).toBe(addYears(t, 3));
    const deadlines = await deadlineQueries.forObject(database.db, 'certificate', certId);
    expect(deadlines.map((d) => [d.ruleId, d.status, d.responsibleUserId])).toEqual([
      ['certificate.renewal', 'open', holder.user.id],
    ]);
    expect(deadlines[0]!.id).toBe(cert!.renewal_deadline_id);

    const q = { officerId: officer.id, on: t, category: 'fireworks' as const };
    expect((await checkOfficerEligibility(database.db, q)).eligible).toBe(true);

    // Only the principal decides a suspension; the roster keeper may not.
    expect(
      (
        await refusal(
          changeCertificateStatus(
            deps,
            keeper.actor,
            certId,
            'suspend',
            { decidedOn: t, reason: '涉嫌过错', documentNo: null },
            keeper.ctx,
          ),
        )
      ).code,
    ).toBe('FORBIDDEN');
    await changeCertificateStatus(
      deps,
      principal.actor,
      certId,
      'suspend',
      { decidedOn: t, reason: '涉嫌执法过错，暂扣待查', documentNo: '赤应急暂扣〔2026〕9号' },
      principal.ctx,
    );
    const during = await checkOfficerEligibility(database.db, q);
    expect(during.eligible).toBe(false);
    expect(during.certificate?.number).toBe('LIFE-0001');
    expect(during.refusals[0]!.rule).toBe('personnel.certificate-suspended');
    // Asked by account: the same answer.
    expect(
      (await checkOfficerEligibility(database.db, { userId: holder.user.id, on: t, category: 'fireworks' }))
        .eligible,
    ).toBe(false);

    expect(
      (
        await refusal(
          changeCertificateStatus(
            deps,
            principal.actor,
            certId,
            'suspend',
            { decidedOn: t, reason: '再次', documentNo: null },
            principal.ctx,
          ),
        )
      ).code,
    ).toBe('CERTIFICATE_STATE');
    await changeCertificateStatus(
      deps,
      principal.actor,
      certId,
      'restore',
      { decidedOn: t, reason: '调查结论：无过错', documentNo: null },
      principal.ctx,
    );
    expect((await checkOfficerEligibility(database.db, q)).eligible).toBe(true);
    await changeCertificateStatus(
      deps,
      principal.actor,
      certId,
      'revoke',
      { decidedOn: t, reason: '过错责任追究决定', documentNo: null },
      principal.ctx,
    );
    expect((await deadlineQueries.forObject(database.db, 'certificate', certId))[0]!.status).toBe('waived');

    const history = await database.query<{ kind: string; status_after: string; approver_name: string }>(
      'SELECT kind, status_after, approver_name FROM certificate_events WHERE certificate_id = $1 ORDER BY recorded_at',
      [certId],
    );
    expect(history.map((h) => `${h.kind}:${h.status_after}`)).toEqual([
      'issued:valid',
      'suspended:suspended',
      'restored:valid',
      'revoked:revoked',
    ]);
    expect(history[1]!.approver_name).toBe(principal.user.displayName);
    for (const action of [
      'certificate.applied',
      'certificate.issued',
      'certificate.suspended',
      'certificate.restored',
      'certificate.revoked',
    ])
      expect(await auditCount(action), action).toBeGreaterThan(0);
    // History is append-only in the database.
    await expect(
      database.query(`UPDATE certificate_events SET reason = 'x' WHERE certificate_id = $1`, [certId]),
    ).rejects.toThrow(/append-only/);
  });

  it('replays the status on a past date: an act before the suspension was lawful', async () => {
    const { officer, certificate } = await buildOfficer(database, { certificate: 'suspended' });
    const t = today();
    const q = (on: string) =>
      checkOfficerEligibility(database.db, {
        officerId: officer.id,
        on: on as typeof t,
        category: 'hazardous_chemicals',
      });
    expect((await q(addDays(t, -11))).eligible).toBe(true);
    expect((await q(addDays(t, -10))).eligible).toBe(false);
    expect((await q(addDays(t, -10))).certificate?.number).toBe(certificate!.number);
  });

  it('refuses a decision dated before the latest history entry or in the future', async () => {
    const principal = await buildActor(database, ['principal']);
    const { certificate } = await buildOfficer(database, { certificate: 'suspended' });
    const t = today();
    const old = await refusal(
      changeCertificateStatus(
        testDeps(database),
        principal.actor,
        certificate!.id,
        'restore',
        { decidedOn: addDays(t, -20), reason: '补登', documentNo: null },
        principal.ctx,
      ),
    );
    expect(old.code).toBe('PERSONNEL_DATE_INVALID');
    const future = await refusal(
      changeCertificateStatus(
        testDeps(database),
        principal.actor,
        certificate!.id,
        'restore',
        { decidedOn: addDays(t, 1), reason: '提前', documentNo: null },
        principal.ctx,
      ),
    );
    expect(future.code).toBe('PERSONNEL_DATE_INVALID');
  });

  it('records a failed review that blocks the certificate until a passing one; a passed registration moves the next', async () => {
    const keeper = await buildActor(database, ['legal_reviewer']);
    const deps = testDeps(database);
    const { officer, certificate } = await buildOfficer(database, { certificate: 'valid' });
    const t = today();
    await recordReview(
      deps,
      keeper.actor,
      certificate!.id,
      {
        reviewKind: 'annual',
        result: 'fail',
        decidedOn: t,
        approverName: '赤峰市司法局',
        reason: '',
        documentNo: null,
      },
      keeper.ctx,
    );
    const r = await checkOfficerEligibility(database.db, {
      officerId: officer.id,
      on: t,
      category: 'industry_trade',
    });
    expect(r.refusals.map((x) => x.rule)).toEqual(['personnel.review-failed']);
    await recordReview(
      deps,
      keeper.actor,
      certificate!.id,
      {
        reviewKind: 'registration',
        result: 'pass',
        decidedOn: t,
        approverName: '赤峰市司法局',
        reason: '',
        documentNo: null,
      },
      keeper.ctx,
    );
    expect(
      (
        await checkOfficerEligibility(database.db, {
          officerId: officer.id,
          on: t,
          category: 'industry_trade',
        })
      ).eligible,
    ).toBe(true);
    const [c] = await database.query<{ next_review_due: string }>(
      'SELECT next_review_due::text FROM certificates WHERE id = $1',
      [certificate!.id],
    );
    expect(c!.next_review_due).toBe(addYears(t, 3));
  });

  it('renews: the old certificate is collected, its deadline met, a new one opened', async () => {
    const keeper = await buildActor(database, ['legal_reviewer']);
    const { officer, certificate } = await buildOfficer(database, { certificate: 'valid' });
    const t = today();
    const newId = await renewCertificate(
      testDeps(database),
      keeper.actor,
      certificate!.id,
      {
        number: `NEW-${certificate!.number}`.slice(0, 32),
        issuingAuthority: '内蒙古自治区人民政府',
        issuedOn: t,
        validUntil: null,
        region: null,
        categories: null,
        approverName: '赤峰市司法局',
      },
      keeper.ctx,
    );
    const rows = await database.query<{ id: string; status: string; replaces_id: string | null }>(
      'SELECT id, status, replaces_id FROM certificates WHERE officer_id = $1 ORDER BY created_at',
      [officer.id],
    );
    expect(rows.map((r) => r.status)).toEqual(['cancelled', 'valid']);
    expect(rows[1]!.replaces_id).toBe(certificate!.id);
    expect((await deadlineQueries.forObject(database.db, 'certificate', certificate!.id))[0]!.status).toBe(
      'met',
    );
    expect((await deadlineQueries.forObject(database.db, 'certificate', newId))[0]!.status).toBe('open');
  });

  it('cancels every certificate when an officer leaves, and he is then refused', async () => {
    const keeper = await buildActor(database, ['legal_reviewer']);
    const { officer } = await buildOfficer(database, { certificate: 'valid' });
    const t = today();
    await departOfficer(
      testDeps(database),
      keeper.actor,
      officer.id,
      { on: t, reason: 'transferred', note: '调任市林草局', approverName: '人事科' },
      keeper.ctx,
    );
    const r = await checkOfficerEligibility(database.db, {
      officerId: officer.id,
      on: t,
      category: 'hazardous_chemicals',
    });
    expect(r.refusals.map((x) => x.rule)).toEqual([
      'personnel.officer-departed',
      'personnel.certificate-cancelled',
    ]);
    expect(
      (
        await refusal(
          departOfficer(
            testDeps(database),
            keeper.actor,
            officer.id,
            { on: t, reason: 'retired', note: '', approverName: '人事科' },
            keeper.ctx,
          ),
        )
      ).code,
    ).toBe('OFFICER_DEPARTED');
  });
});

describe(`gating: two officers and legal reviewers (${testEngine()})`, () => {
  it('accepts two qualified officers, and refuses a team with a suspended or uncertified one, with each reason', async () => {
    const a = await buildOfficer(database, { certificate: 'valid' });
    const b = await buildOfficer(database, { certificate: 'valid' });
    const s = await buildOfficer(database, { certificate: 'suspended' });
    const w = await buildOfficer(database, { staffingType: 'dispatched' });
    const on = today();
    const team = (ids: string[]) =>
      checkEnforcementTeam(database.db, {
        members: ids.map((officerId) => ({ officerId })),
        on,
        category: 'hazardous_chemicals',
      });

    expect((await team([a.officer.id, b.officer.id])).ok).toBe(true);
    const bad = await team([a.officer.id, s.officer.id, w.officer.id]);
    expect(bad.ok).toBe(false);
    expect(bad.eligibleCount).toBe(1);
    expect(bad.refusals[0]!.reason).toBe('具备行政执法资格的执法人员只有 1 名，不足 2 名');
    expect(bad.members.map((m) => m.refusals.map((r) => r.rule))).toEqual([
      [],
      ['personnel.certificate-suspended'],
      ['personnel.staffing', 'personnel.certificate-required'],
    ]);
    expect(bad.members[1]!.certificate?.status).toBe('suspended');
    const twice = await team([a.officer.id, a.officer.id]);
    expect(twice.ok).toBe(false);
    expect(twice.members[1]!.refusals[0]!.rule).toBe('personnel.duplicate-member');
    const unknown = await checkEnforcementTeam(database.db, {
      members: [{ officerId: a.officer.id }, { userId: '00000000-0000-4000-8000-000000000000' }],
      on,
      category: 'hazardous_chemicals',
    });
    expect(unknown.members[1]!.refusals[0]!.rule).toBe('personnel.officer-unknown');
  });

  it('requires the 法律职业资格 of a first-time legal reviewer', async () => {
    const yes = await buildOfficer(database, { legalQualification: true });
    const no = await buildOfficer(database, {});
    expect((await checkLegalReviewer(database.db, { officerId: yes.officer.id, on: today() })).eligible).toBe(
      true,
    );
    const r = await checkLegalReviewer(database.db, { officerId: no.officer.id, on: today() });
    expect(r.eligible).toBe(false);
    expect(r.refusals[0]!.basis).toContain('第五十八条第二款');
  });
});
