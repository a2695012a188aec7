import { describe, expect, it } from 'vitest';
import { NoticeDeliveryBody } from '../../../../common/contracts/cases.js';
import type { LocalDate } from '../../../kernel/local-date.js';
import { AppError } from '../../../platform/http/errors.js';
import { DEFAULT_CASE_SETTINGS } from '../catalogue/settings-defaults.js';
import { checkDelivery, PUBLIC_NOTICE_DAYS } from './delivery.js';
import { formatNumber, limitationUntil } from './filing.js';

const CIVIL = '《中华人民共和国民事诉讼法》';
const PUNISHMENT = '《中华人民共和国行政处罚法》';

/** 2026-03-10 12:00 in Shanghai. */
const NOW = new Date('2026-03-10T04:00:00Z');
const NO_CONSENT = { eAddresses: [] as string[] };

/** A delivery body as the route receives it (parsed by the contract, defaults applied). */
const body = (over: Record<string, unknown>) =>
  NoticeDeliveryBody.parse({
    method: 'direct',
    recipient: '赤峰市某化工有限公司',
    deliveredAt: '2026-03-09T02:00:00Z',
    ...over,
  });

/** The AppError thrown by `fn`, to check its code, rule and basis. */
function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal, the delivery was accepted');
}

describe('checkDelivery: conditions of each method', () => {
  const refused: [string, Record<string, unknown>, { eAddresses: string[] }, string, string, RegExp][] = [
    [
      '留置 without witnesses and without a reason',
      { method: 'left', witnesses: [] },
      NO_CONSENT,
      'delivery.left-witness',
      `${CIVIL}第八十九条`,
      /留置送达应当记明拒收事由/,
    ],
    [
      '留置 with the reason but no witness',
      { method: 'left', reason: '拒绝签收' },
      NO_CONSENT,
      'delivery.left-witness',
      `${CIVIL}第八十九条`,
      /见证/,
    ],
    [
      '留置 with a witness but no reason',
      { method: 'left', witnesses: ['嘎查村委会 王某'] },
      NO_CONSENT,
      'delivery.left-witness',
      `${CIVIL}第八十九条`,
      /拒收事由/,
    ],
    [
      '留置 with an empty reason',
      { method: 'left', reason: '   ' },
      NO_CONSENT,
      'delivery.left-witness',
      `${CIVIL}第八十九条`,
      /留置送达/,
    ],
    [
      'post without a postal number',
      { method: 'post' },
      NO_CONSENT,
      'delivery.post',
      `${CIVIL}第九十一条`,
      /邮件号码/,
    ],
    [
      'electronic without the party’s consent',
      { method: 'electronic', eAddress: 'fawu@example.cn' },
      NO_CONSENT,
      'delivery.electronic-consent',
      `${PUNISHMENT}第六十一条第二款`,
      /当事人未同意并签订确认书/,
    ],
    [
      'electronic to an address other than the consented one',
      { method: 'electronic', eAddress: 'other@example.cn' },
      { eAddresses: ['fawu@example.cn'] },
      'delivery.electronic-consent',
      `${PUNISHMENT}第六十一条第二款`,
      /只能发送到当事人书面确认的电子送达地址/,
    ],
    [
      'electronic without an address although consent exists',
      { method: 'electronic' },
      { eAddresses: ['fawu@example.cn'] },
      'delivery.electronic-consent',
      `${PUNISHMENT}第六十一条第二款`,
      /电子送达/,
    ],
    [
      'public notice without a reason',
      { method: 'public_notice', noticeMedium: '赤峰日报' },
      NO_CONSENT,
      'delivery.public-notice',
      `${CIVIL}第九十五条`,
      /下落不明/,
    ],
    [
      'public notice without a medium',
      { method: 'public_notice', reason: '受送达人下落不明' },
      NO_CONSENT,
      'delivery.public-notice',
      `${CIVIL}第九十五条`,
      /公告载体/,
    ],
  ];
  it.each(refused)('refuses %s', (_label, over, consent, rule, basis, message) => {
    const err = refusal(() => checkDelivery(body(over), consent, NOW));
    expect(err.code).toBe('CASE_DELIVERY');
    expect(err.extra).toEqual({ rule, basis });
    expect(err.message).toMatch(message);
  });

  const accepted: [string, Record<string, unknown>, { eAddresses: string[] }, string][] = [
    ['direct, on the day of delivery', {}, NO_CONSENT, '2026-03-09'],
    [
      '留置 with the reason and a witness',
      { method: 'left', reason: '拒绝签收', witnesses: ['嘎查村委会 王某'] },
      NO_CONSENT,
      '2026-03-09',
    ],
    ['post with a postal number', { method: 'post', postNo: 'EMS1234567890' }, NO_CONSENT, '2026-03-09'],
    [
      'electronic to the consented address',
      { method: 'electronic', eAddress: 'fawu@example.cn' },
      { eAddresses: ['x@example.cn', 'fawu@example.cn'] },
      '2026-03-09',
    ],
    [
      'public notice with reason and medium, 30 days later',
      { method: 'public_notice', reason: '受送达人下落不明', noticeMedium: '赤峰日报' },
      NO_CONSENT,
      '2026-04-08',
    ],
  ];
  it.each(accepted)('accepts %s (effective %s)', (_label, over, consent, effective) => {
    expect(checkDelivery(body(over), consent, NOW)).toBe(effective);
  });

  it('takes the delivery day in Shanghai time (late evening UTC is the next day)', () => {
    expect(checkDelivery(body({ deliveredAt: '2026-03-08T16:30:00Z' }), NO_CONSENT, NOW)).toBe('2026-03-09');
    expect(checkDelivery(body({ deliveredAt: '2026-03-08T15:59:59Z' }), NO_CONSENT, NOW)).toBe('2026-03-08');
  });
});

describe('checkDelivery: a public notice takes effect 30 days after publication', () => {
  const notice = (deliveredAt: string) =>
    body({ method: 'public_notice', reason: '下落不明', noticeMedium: '本局门户网站', deliveredAt });

  it('counts 30 days', () => expect(PUBLIC_NOTICE_DAYS).toBe(30));

  it.each([
    ['across the end of January into March (28-day February)', '2026-01-31T02:00:00Z', '2026-03-02'],
    ['across the end of January in a leap year', '2028-01-31T02:00:00Z', '2028-03-01'],
    ['when the Shanghai day is already 1 February', '2026-01-31T16:30:00Z', '2026-03-03'],
    ['across the end of the year', '2025-12-15T02:00:00Z', '2026-01-14'],
    ['across the end of a 30-day month', '2025-11-20T02:00:00Z', '2025-12-20'],
  ])('%s: published %s, effective %s', (_label, at, effective) => {
    expect(checkDelivery(notice(at), NO_CONSENT, new Date('2028-06-01T00:00:00Z'))).toBe(effective);
  });
});

describe('checkDelivery: the delivery time', () => {
  it('refuses a delivery time in the future, whatever the method', () => {
    const later = new Date(NOW.getTime() + 6 * 60_000).toISOString();
    for (const over of [
      {},
      { method: 'post', postNo: 'EMS1' },
      { method: 'public_notice', reason: '下落不明', noticeMedium: '报纸' },
    ]) {
      const err = refusal(() => checkDelivery(body({ ...over, deliveredAt: later }), NO_CONSENT, NOW));
      expect(err.code).toBe('CASE_DATE_INVALID');
      expect(err.message).toBe('送达时间不能晚于当前时间');
    }
  });

  it('checks the time before the method (a future 留置 without witnesses is refused for the time)', () => {
    const later = new Date(NOW.getTime() + 24 * 3_600_000).toISOString();
    expect(
      refusal(() => checkDelivery(body({ method: 'left', deliveredAt: later }), NO_CONSENT, NOW)).code,
    ).toBe('CASE_DATE_INVALID');
  });

  it('tolerates five minutes of clock difference', () => {
    const skew = new Date(NOW.getTime() + 5 * 60_000).toISOString();
    expect(checkDelivery(body({ deliveredAt: skew }), NO_CONSENT, NOW)).toBe('2026-03-10');
  });
});

describe('limitationUntil (第三十六条)', () => {
  it.each<[string, boolean, string]>([
    ['2024-03-15', false, '2026-03-15'],
    ['2024-03-15', true, '2029-03-15'],
    ['2024-02-29', false, '2026-02-28'],
    ['2024-02-29', true, '2029-02-28'],
    ['2022-02-28', false, '2024-02-28'],
    ['2023-02-28', true, '2028-02-28'],
    ['2025-12-31', false, '2027-12-31'],
    ['2026-01-01', true, '2031-01-01'],
  ])('an act on %s with the five-year period = %s ends on %s', (act, extended, until) => {
    expect(limitationUntil(act as LocalDate, extended)).toBe(until);
  });
});

describe('formatNumber (文号)', () => {
  it.each<[string, { year: number; seq: number; code?: string }, string]>([
    ['赤应急罚〔{year}〕{seq}号', { year: 2026, seq: 7 }, '赤应急罚〔2026〕7号'],
    ['赤应急罚〔{year}〕{seq}号', { year: 2026, seq: 1234 }, '赤应急罚〔2026〕1234号'],
    ['赤应急{code}〔{year}〕{seq}号', { year: 2026, seq: 12, code: '告' }, '赤应急告〔2026〕12号'],
    ['赤应急{code}〔{year}〕{seq}号', { year: 2027, seq: 1 }, '赤应急〔2027〕1号'],
    ['{code}{code}-{year}-{seq}-{seq}', { year: 2026, seq: 3, code: '听' }, '听听-2026-3-3'],
    ['案源〔{year}〕号', { year: 2026, seq: 9 }, '案源〔2026〕号'],
  ])('%s with %o is %s', (pattern, v, want) => {
    expect(formatNumber(pattern, v)).toBe(want);
  });

  it('fills the default patterns of the settings', () => {
    expect(formatNumber(DEFAULT_CASE_SETTINGS.caseNumberPattern, { year: 2026, seq: 1 })).toBe(
      '赤应急罚〔2026〕1号',
    );
    expect(
      formatNumber(DEFAULT_CASE_SETTINGS.documentNumberPattern, { year: 2026, seq: 2, code: '罚' }),
    ).toBe('赤应急罚〔2026〕2号');
  });
});
