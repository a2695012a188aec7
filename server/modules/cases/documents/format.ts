/**
 * How amounts, dates and times are written in 文书. Money is integer fen throughout (STYLE §7); these are the
 * only places it becomes text.
 */
import { formatLocalDateZh, parseLocalDate } from '../../../kernel/local-date.js';
import { checkFen, yuan } from '../../../kernel/money.js';

export { yuan };

const CAPITAL = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const;
const BIG_UNITS = ['', '万', '亿', '万亿'] as const;

/** 0..9999 in capital numerals, inner zeros collapsed to one 零 (1005 -> 壹仟零伍). */
function section(n: number): string {
  let out = '';
  let zero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10;
    if (d === 0) {
      if (out) zero = true;
    } else {
      if (zero) out += '零';
      zero = false;
      out += CAPITAL[d]! + SMALL_UNITS[pos]!;
    }
  }
  return out;
}

/**
 * Integer fen in Chinese capital numerals as written on a decision (大写金额, 《支付结算办法》附件一):
 * 5,000,000 fen is 伍万元整, 1,005,050 fen is 壹万零伍拾元伍角, 3 fen is 叁分.
 */
export function capitalYuan(fen: number): string {
  checkFen(fen);
  if (fen < 0) throw new RangeError('大写金额不能为负数');
  const whole = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  let out = '';
  if (whole > 0) {
    const groups: number[] = [];
    for (let rest = whole; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000);
    let pendingZero = false;
    for (let i = groups.length - 1; i >= 0; i--) {
      const g = groups[i]!;
      if (g === 0) {
        if (out) pendingZero = true;
        continue;
      }
      if (out && (pendingZero || g < 1000)) out += '零';
      out += section(g) + BIG_UNITS[i]!;
      pendingZero = false;
    }
    out += '元';
  }
  if (jiao === 0 && cents === 0) return whole > 0 ? `${out}整` : '零元整';
  if (jiao > 0) out += `${CAPITAL[jiao]}角`;
  else if (whole > 0) out += '零';
  if (cents > 0) out += `${CAPITAL[cents]}分`;
  return out;
}

/** '2026-10-12' -> '2026年10月12日' (dates in the body of a 文书 are written with Arabic numerals). */
export function dateZh(iso: string): string {
  return formatLocalDateZh(parseLocalDate(iso));
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

function splitDateTime(text: string): { date: string; hour: number; minute: number } {
  const m = DATE_TIME.exec(text);
  if (!m) throw new RangeError(`时间格式应为 YYYY-MM-DDTHH:mm：${text}`);
  return { date: m[1]!, hour: Number(m[2]), minute: Number(m[3]) };
}

/** '2026-10-12T09:30' -> '2026年10月12日9时30分'. */
export function dateTimeZh(text: string): string {
  const { date, hour, minute } = splitDateTime(text);
  return `${dateZh(date)}${hour}时${String(minute).padStart(2, '0')}分`;
}

/** A time span as on a 笔录: the end's date is left out when it is the same day. */
export function timeRangeZh(start: string, end: string): string {
  const a = splitDateTime(start);
  const b = splitDateTime(end);
  const endText = a.date === b.date ? `${b.hour}时${String(b.minute).padStart(2, '0')}分` : dateTimeZh(end);
  return `${dateTimeZh(start)}至${endText}`;
}

/** The civil date of a 'YYYY-MM-DDTHH:mm' time. */
export function dateOf(text: string): string {
  return splitDateTime(text).date;
}

const COUNT = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** Small counts of days in words, as statutes write them: 3 -> 三, 15 -> 十五, 60 -> 六十. */
export function countZh(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new RangeError(`天数超出范围：${n}`);
  if (n < 10) return COUNT[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : COUNT[tens]}十${ones ? COUNT[ones] : ''}`;
}
