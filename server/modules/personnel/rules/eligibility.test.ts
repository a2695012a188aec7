import { describe, expect, it } from 'vitest';
import type { EnforcementCategory, StaffingType } from '../../../../common/contracts/personnel.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import {
  certificateStatusOn,
  effectiveStatus,
  evaluateLegalReviewer,
  evaluateOfficer,
  evaluateTeam,
  staffingRefusal,
  type CertificateFacts,
  type EventFacts,
  type OfficerFacts,
} from './eligibility.js';

const d = (s: string) => s as LocalDate;

const officer = (over: Partial<OfficerFacts> = {}): OfficerFacts => ({
  id: 'o1',
  name: '张伟',
  unitName: '执法支队',
  staffingType: 'civil_servant',
  status: 'serving',
  departedOn: null,
  legalQualification: false,
  legalReviewSince: null,
  ...over,
});

const cert = (over: Partial<CertificateFacts> = {}): CertificateFacts => ({
  id: 'c1',
  number: '1504002024000101',
  kind: 'enforcement',
  categories: ['hazardous_chemicals', 'industry_trade'],
  region: '赤峰市',
  issuedOn: '2024-03-15',
  validUntil: '2030-03-14',
  status: 'valid',
  ...over,
});

let seq = 0;
const ev = (
  kind: string,
  effectiveOn: string,
  statusAfter: EventFacts['statusAfter'],
  over: Partial<EventFacts> = {},
): EventFacts => ({
  kind,
  effectiveOn,
  statusAfter,
  reviewKind: null,
  reviewResult: null,
  reason: '',
  recordedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq++)),
  ...over,
});

const issued = ev('issued', '2024-03-15', 'valid');
const suspended = ev('suspended', '2026-05-10', 'suspended', { reason: '涉嫌执法过错' });
const restored = ev('restored', '2026-08-01', 'valid');

const ask = (
  on: string,
  category: EnforcementCategory = 'hazardous_chemicals',
  region: string | null = null,
) => ({
  on: d(on),
  category,
  region,
});

describe('certificate status on a date (replayed from the history)', () => {
  const history = [issued, suspended, restored];
  it.each([
    ['2024-03-14', 'not_issued'],
    ['2024-03-15', 'valid'],
    ['2026-05-09', 'valid'],
    ['2026-05-10', 'suspended'],
    ['2026-07-31', 'suspended'],
    ['2026-08-01', 'valid'],
    ['2030-03-14', 'valid'],
    ['2030-03-15', 'expired'],
  ])('on %s the certificate is %s', (on, status) => {
    expect(certificateStatusOn(cert(), history, d(on)).status).toBe(status);
  });

  it('keeps revoked and cancelled after the valid-until date, and ranks expiry over suspension', () => {
    const revoked = [issued, ev('revoked', '2027-01-05', 'revoked')];
    expect(certificateStatusOn(cert(), revoked, d('2031-01-01')).status).toBe('revoked');
    expect(certificateStatusOn(cert(), [issued, suspended], d('2031-01-01')).status).toBe('expired');
  });

  it('orders entries by effective date, then by recording time', () => {
    // Recorded after the suspension, effective the same day: the restoration wins, whatever the array order.
    const late = ev('restored', '2026-05-10', 'valid');
    expect(certificateStatusOn(cert(), [late, suspended, issued], d('2026-05-10')).status).toBe('valid');
    expect(certificateStatusOn(cert(), [issued, suspended, late], d('2026-05-10')).status).toBe('valid');
    expect(certificateStatusOn(cert(), [late, suspended, issued], d('2026-05-09')).status).toBe('valid');
    expect(certificateStatusOn(cert(), [suspended, issued], d('2026-05-10')).status).toBe('suspended');
  });

  it('derives today’s status from the stored status and the dates', () => {
    expect(effectiveStatus({ status: 'valid', validUntil: '2026-01-01' }, d('2026-01-02'))).toBe('expired');
    expect(effectiveStatus({ status: 'suspended', validUntil: '2026-01-01' }, d('2026-01-01'))).toBe(
      'suspended',
    );
    expect(effectiveStatus({ status: 'cancelled', validUntil: '2020-01-01' }, d('2026-01-01'))).toBe(
      'cancelled',
    );
  });
});

describe('staffing types (only 在编 staff may hold a certificate)', () => {
  const entrusted = { from: '2019-03-01', until: '2026-12-31' };
  it.each<[StaffingType, boolean]>([
    ['civil_servant', true],
    ['managed_civil_servant', true],
    ['worker', false],
    ['dispatched', false],
    ['temporary', false],
  ])('%s may hold one: %s', (type, ok) => {
    expect(staffingRefusal(type, null, d('2026-06-01')) === null).toBe(ok);
  });
  it('accepts 事业编制 staff only while their unit is entrusted', () => {
    expect(staffingRefusal('institution', null, d('2026-06-01'))?.rule).toBe('personnel.staffing');
    expect(staffingRefusal('institution', entrusted, d('2026-06-01'))).toBeNull();
    expect(staffingRefusal('institution', entrusted, d('2019-02-28'))).not.toBeNull();
    expect(staffingRefusal('institution', entrusted, d('2027-01-01'))).not.toBeNull();
  });
  it('names the staffing type and cites 118号 in the refusal', () => {
    const r = staffingRefusal('dispatched', null, d('2026-06-01'))!;
    expect(r.reason).toContain('劳务派遣不得持有行政执法证件');
    expect(r.basis).toContain('国办发〔2018〕118号');
  });
});

describe('an officer’s eligibility for an act on a date', () => {
  const withHistory = (c: CertificateFacts, events: EventFacts[]) => [{ cert: c, events }];

  it('accepts a valid certificate covering the category, and returns it', () => {
    const r = evaluateOfficer(officer(), withHistory(cert(), [issued]), null, ask('2026-06-01'));
    expect(r.eligible).toBe(true);
    expect(r.certificate?.number).toBe('1504002024000101');
    expect(r.refusals).toEqual([]);
  });

  it('refuses during a suspension but accepts before it and after the restoration', () => {
    const h = withHistory(cert({ status: 'valid' }), [issued, suspended, restored]);
    expect(evaluateOfficer(officer(), h, null, ask('2026-05-09')).eligible).toBe(true);
    const during = evaluateOfficer(officer(), h, null, ask('2026-06-01'));
    expect(during.eligible).toBe(false);
    expect(during.refusals[0]).toMatchObject({ rule: 'personnel.certificate-suspended' });
    expect(during.refusals[0]!.reason).toContain('自 2026-05-10 起被暂扣');
    expect(during.refusals[0]!.basis).toContain('安全生产法》第六十七条');
    expect(evaluateOfficer(officer(), h, null, ask('2026-08-01')).eligible).toBe(true);
  });

  it.each([
    ['expired', [issued], '2030-03-15', 'personnel.certificate-expired'],
    [
      'revoked',
      [issued, ev('revoked', '2026-01-10', 'revoked')],
      '2026-02-01',
      'personnel.certificate-revoked',
    ],
    [
      'cancelled',
      [issued, ev('cancelled', '2026-01-10', 'cancelled')],
      '2026-02-01',
      'personnel.certificate-cancelled',
    ],
  ] as const)('refuses a %s certificate', (_label, events, on, rule) => {
    const r = evaluateOfficer(officer(), withHistory(cert(), [...events]), null, ask(on));
    expect(r.eligible).toBe(false);
    expect(r.refusals.map((x) => x.rule)).toContain(rule);
  });

  it('refuses a category the certificate does not cover, naming both', () => {
    const r = evaluateOfficer(
      officer(),
      withHistory(cert(), [issued]),
      null,
      ask('2026-06-01', 'non_coal_mines'),
    );
    expect(r.eligible).toBe(false);
    expect(r.refusals[0]!.rule).toBe('personnel.certificate-category');
    expect(r.refusals[0]!.reason).toContain('「危险化学品、工贸行业」，不含「非煤矿山」');
  });

  it('checks the area when one is asked for: a city certificate covers its districts', () => {
    const h = withHistory(cert(), [issued]);
    expect(
      evaluateOfficer(officer(), h, null, ask('2026-06-01', 'hazardous_chemicals', '赤峰市松山区')).eligible,
    ).toBe(true);
    const r = evaluateOfficer(officer(), h, null, ask('2026-06-01', 'hazardous_chemicals', '通辽市'));
    expect(r.refusals.map((x) => x.rule)).toEqual(['personnel.certificate-region']);
  });

  it('refuses a certificate after a failed review until a later review passes', () => {
    const fail = ev('reviewed', '2026-03-01', 'valid', { reviewKind: 'annual', reviewResult: 'fail' });
    const pass = ev('reviewed', '2026-04-01', 'valid', { reviewKind: 'annual', reviewResult: 'pass' });
    const h = withHistory(cert(), [issued, fail, pass]);
    expect(evaluateOfficer(officer(), h, null, ask('2026-03-15')).refusals[0]!.rule).toBe(
      'personnel.review-failed',
    );
    expect(evaluateOfficer(officer(), h, null, ask('2026-04-01')).eligible).toBe(true);
  });

  it('refuses without any certificate, before one was issued, and for a supervision certificate only', () => {
    expect(evaluateOfficer(officer(), [], null, ask('2026-06-01')).refusals[0]!.rule).toBe(
      'personnel.certificate-required',
    );
    expect(
      evaluateOfficer(officer(), withHistory(cert(), [issued]), null, ask('2024-03-14')).refusals[0]!.rule,
    ).toBe('personnel.certificate-required');
    const supervision = cert({ kind: 'supervision', categories: [] });
    expect(
      evaluateOfficer(officer(), withHistory(supervision, [issued]), null, ask('2026-06-01')).eligible,
    ).toBe(false);
  });

  it('refuses a dispatched worker even with a certificate on record, and a departed officer', () => {
    const h = withHistory(cert(), [issued]);
    const worker = evaluateOfficer(officer({ staffingType: 'dispatched' }), h, null, ask('2026-06-01'));
    expect(worker.refusals.map((r) => r.rule)).toContain('personnel.staffing');
    const gone = officer({ status: 'departed', departedOn: '2026-05-01' });
    expect(evaluateOfficer(gone, h, null, ask('2026-04-30')).eligible).toBe(true);
    expect(evaluateOfficer(gone, h, null, ask('2026-05-01')).refusals[0]!.rule).toBe(
      'personnel.officer-departed',
    );
  });

  it('uses any qualifying certificate and otherwise reports the one closest to qualifying', () => {
    const mines = cert({ id: 'c2', number: 'MINES-0001', categories: ['non_coal_mines'] });
    const both = [
      { cert: cert(), events: [issued, suspended] },
      { cert: mines, events: [ev('issued', '2024-03-15', 'valid')] },
    ];
    expect(
      evaluateOfficer(officer(), both, null, ask('2026-06-01', 'non_coal_mines')).certificate?.number,
    ).toBe('MINES-0001');
    const r = evaluateOfficer(officer(), both, null, ask('2026-06-01', 'hazardous_chemicals'));
    expect(r.certificate?.number).toBe('1504002024000101');
    expect(r.refusals[0]!.rule).toBe('personnel.certificate-suspended');
  });

  it('refuses an unknown person', () => {
    expect(evaluateOfficer(null, [], null, ask('2026-06-01')).refusals[0]!.rule).toBe(
      'personnel.officer-unknown',
    );
  });
});

describe('two officers (行政处罚法 第四十二条)', () => {
  const ok = (id: string) => ({ officer: officer({ id }), eligible: true, certificate: null, refusals: [] });
  const no = (id: string) => ({ officer: officer({ id }), eligible: false, certificate: null, refusals: [] });
  it.each([
    [[ok('a'), ok('b')], true, 2],
    [[ok('a'), no('b')], false, 1],
    [[ok('a'), ok('a')], false, 1],
    [[no('a'), no('b'), ok('c'), ok('d')], true, 2],
    [[], false, 0],
  ])('team %#: ok=%s with %s qualified', (members, isOk, count) => {
    const r = evaluateTeam(members);
    expect(r.ok).toBe(isOk);
    expect(r.eligibleCount).toBe(count);
    if (!isOk) expect(r.refusals[0]!.basis).toContain('第四十二条');
  });
});

describe('legal reviewers (行政处罚法 第五十八条第二款)', () => {
  it.each([
    [{ legalQualification: true }, true],
    [{ legalQualification: false, legalReviewSince: '2019-06-01' }, true],
    [{ legalQualification: false, legalReviewSince: '2021-07-15' }, false],
    [{ legalQualification: false }, false],
  ])('%j may review: %s', (over, ok) => {
    const refusals = evaluateLegalReviewer(officer(over), d('2026-06-01'));
    expect(refusals.length === 0).toBe(ok);
    if (!ok) expect(refusals[0]!.basis).toContain('第五十八条第二款');
  });
});
