import dayjs, { type Dayjs } from 'dayjs';
import {
  AMOUNT_PENALTY_KINDS,
  PENALTY_KIND_LABELS,
  type CaseStatus,
  type Penalty,
} from '../../../../common/contracts/cases';

/**
 * Formatting of case values for display: money (integer fen, never floats), penalties, dates and instants,
 * file sizes and digests. Pure, shared by the case pages and the other case screens.
 */

const EMPTY = '—';

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Fen as yuan with two decimals and thousands separators: 500000 → "5,000.00元". Integer arithmetic only. */
export function yuan(fen: number | null | undefined, unit = '元'): string {
  if (fen === null || fen === undefined) return EMPTY;
  const negative = fen < 0;
  const abs = Math.abs(Math.trunc(fen));
  const whole = Math.floor(abs / 100);
  const cents = abs % 100;
  return `${negative ? '-' : ''}${groupThousands(String(whole))}.${String(cents).padStart(2, '0')}${unit}`;
}

/** Yuan as the user typed them ("5000", "5,000.5", "0.05") → integer fen; null when not a valid amount. */
export function parseYuan(text: string): number | null {
  const s = text.trim().replace(/[,，\s]/g, '');
  const m = /^(\d{1,11})(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return null;
  const whole = Number(m[1]);
  const cents = Number((m[2] ?? '').padEnd(2, '0'));
  return whole * 100 + cents;
}

/** Fen → the plain yuan text the amount input starts from: 500050 → "5000.50". */
export function fenToYuanInput(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '';
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

export function penaltyItemText(item: Penalty['items'][number]): string {
  const label = PENALTY_KIND_LABELS[item.kind];
  const amount =
    AMOUNT_PENALTY_KINDS.includes(item.kind) && typeof item.amountFen === 'number'
      ? `人民币${yuan(item.amountFen)}`
      : '';
  const note = item.note ? `（${item.note}）` : '';
  return `${label}${amount}${note}`;
}

/** A penalty in words, items joined by "；": "罚款人民币5,000.00元；责令停产停业". */
export function penaltyText(penalty: Penalty | null | undefined): string {
  if (!penalty || penalty.items.length === 0) return EMPTY;
  return penalty.items.map(penaltyItemText).join('；');
}

/** The fine (罚款) of a penalty in fen, or null when it has none. */
export function fineOf(penalty: Penalty | null | undefined): number | null {
  const fines = (penalty?.items ?? []).filter((i) => i.kind === 'fine' && typeof i.amountFen === 'number');
  return fines.length ? fines.reduce((s, i) => s + (i.amountFen ?? 0), 0) : null;
}

/** A legal date ('YYYY-MM-DD') as stored, or a dash. */
export function dayText(day: string | null | undefined): string {
  return day ? day.slice(0, 10) : EMPTY;
}

/** A legal date in words: "2026年3月5日". */
export function longDayText(day: string | null | undefined): string {
  return day ? dayjs(day).format('YYYY年M月D日') : EMPTY;
}

/** An instant in local time to the minute, as elsewhere in the app: "2026-03-05 14:30". */
export function dateTimeText(instant: string | null | undefined): string {
  return instant ? dayjs(instant).format('YYYY-MM-DD HH:mm') : EMPTY;
}

/** A due value that may be a day (day periods) or an instant (hour periods). */
export function dueText(due: string | null | undefined): string {
  if (!due) return EMPTY;
  return due.length > 10 ? dateTimeText(due) : due;
}

/** A picker's day for a request body ('YYYY-MM-DD'). */
export function toDay(d: Dayjs): string;
export function toDay(d: Dayjs | null | undefined): string | null;
export function toDay(d: Dayjs | null | undefined): string | null {
  return d ? d.format('YYYY-MM-DD') : null;
}

/** A picker's time for a request body (ISO instant with offset). */
export function toInstant(d: Dayjs): string;
export function toInstant(d: Dayjs | null | undefined): string | null;
export function toInstant(d: Dayjs | null | undefined): string | null {
  return d ? d.toISOString() : null;
}

export function fileSize(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return EMPTY;
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

/** An SM3 digest shortened for a table cell (the full value is copyable next to it). */
export function shortHash(hash: string | null | undefined): string {
  if (!hash) return EMPTY;
  return hash.length > 16 ? `${hash.slice(0, 8)}…${hash.slice(-6)}` : hash;
}

/** Tag colours of the case statuses: running in blue, waiting on the party in orange, closed in grey. */
export const CASE_STATUS_COLORS: Record<CaseStatus, string> = {
  filing_review: 'gold',
  not_filed: 'default',
  investigating: 'blue',
  report_review: 'gold',
  notice: 'cyan',
  defence: 'orange',
  hearing: 'orange',
  legal_review: 'purple',
  collective: 'purple',
  decision: 'gold',
  decided: 'geekblue',
  delivered: 'green',
  concluded: 'default',
  transfer_pending: 'red',
  closed: 'default',
  archived: 'default',
};

/** Calendar days from today to a due day (negative when past); a hint only, the server counts working days. */
export function daysUntil(due: string, today: Dayjs = dayjs()): number {
  return dayjs(due.slice(0, 10)).diff(today.startOf('day'), 'day');
}

/** A fine range: "1,000.00元至3,000.00元", "5,000.00元以下". */
export function fenRange(min: number | null | undefined, max: number | null | undefined): string {
  const hasMin = typeof min === 'number';
  const hasMax = typeof max === 'number';
  if (!hasMin && !hasMax) return EMPTY;
  if (!hasMin) return `${yuan(max)}以下`;
  if (!hasMax) return `${yuan(min)}以上`;
  return `${yuan(min)}至${yuan(max)}`;
}
