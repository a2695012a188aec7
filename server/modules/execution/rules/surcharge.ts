/**
 * 加处罚款: the daily surcharge on a fine not paid by its due date.
 *
 * - 《中华人民共和国行政处罚法》第七十二条第一款第（一）项: 到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，
 *   加处罚款的数额不得超出罚款的数额.
 * - 同法第七十三条第三款: 当事人申请行政复议或者提起行政诉讼的，加处罚款的数额在行政复议或者行政诉讼期间不予计算.
 * - 《中华人民共和国行政强制法》第四十五条: the standard is told to the party; the surcharge never exceeds the money
 *   obligation.
 *
 * Pure: the evaluation day is an argument. Money is integer fen; the sum is kept exact (whole fen plus a remainder in
 * thousandths of a fen) and floored once per instalment.
 */
import { addDays, fromEpochDay, toEpochDay, type LocalDate } from '../../../kernel/local-date.js';

/** 3% per day, in thousandths: the surcharge of one day is `base × 30 / 1000`. */
export const SURCHARGE_RATE_PERMILLE = 30;
export const SURCHARGE_RULE = 'fine.surcharge';
export const SURCHARGE_BASIS =
  '《中华人民共和国行政处罚法》第七十二条第一款第（一）项、第七十三条第三款；《中华人民共和国行政强制法》第四十五条';

export interface SurchargeInput {
  /**
   * What is owed and when: one instalment for a plain obligation; an approved 暂缓 (行政处罚法第六十六条第二款) is one
   * instalment with the new due date; an approved 分期 is one instalment per period. Each instalment's amount is
   * its own 罚款数额 for the cap.
   */
  instalments: ReadonlyArray<{ dueOn: LocalDate; amountFen: number }>;
  /** Principal payments, in any order. Payments dated after `asOf` have not happened yet and are ignored. */
  payments: ReadonlyArray<{ paidOn: LocalDate; amountFen: number }>;
  /** Days a 行政复议 or 行政诉讼 brought by the party is pending, both ends inclusive; `to` null: still pending. */
  pauses: ReadonlyArray<{ from: LocalDate; to: LocalDate | null }>;
  /** The day the surcharge is computed for (counted when it is a surcharge day). */
  asOf: LocalDate;
}

export interface SurchargeLine {
  dueOn: LocalDate;
  amountFen: number;
  /** The day after `dueOn` when the instalment was not paid in full by its due date and `asOf` is later; else null. */
  startOn: LocalDate | null;
  /** The payment day that completed the instalment (on or before `asOf`), or null while part is unpaid. */
  paidInFullOn: LocalDate | null;
  /** Days on which the surcharge was counted. */
  days: number;
  /** Late days not counted because a challenge was pending. */
  pausedDays: number;
  surchargeFen: number;
  /** The surcharge reached the instalment's amount and stopped growing. */
  capped: boolean;
}

export interface SurchargeResult {
  lines: SurchargeLine[];
  totalFen: number;
  /** The most the surcharge can ever be: the sum of the instalments' amounts. */
  capFen: number;
  /** The total reached `capFen`: every instalment's surcharge is at its cap. */
  capped: boolean;
  /** `asOf` lies in a pause while some instalment is overdue and unpaid: the surcharge would run but for the challenge. */
  pausedNow: boolean;
  /**
   * Some unpaid instalment is overdue and `asOf` is not paused. A capped instalment still counts as running (the party
   * is still in default), although its amount no longer grows; see `capped`.
   */
  running: boolean;
  /** The earliest `startOn` of the lines. */
  firstStartOn: LocalDate | null;
  /** Unpaid principal on `asOf`. */
  outstandingFen: number;
  /** Payments beyond the sum of the instalments (to be refunded or reviewed; they reduce nothing). */
  overpaidFen: number;
}

function checkFen(what: string, fen: number): void {
  if (!Number.isSafeInteger(fen) || fen < 0)
    throw new Error(`${what} must be a non-negative integer number of fen, got ${fen}`);
}

interface Allocation {
  day: number;
  fen: number;
}

/** Pauses as closed epoch-day intervals, merged so that overlapping or touching pauses count each day once. */
function mergedPauses(pauses: SurchargeInput['pauses'], asOfDay: number): Array<[number, number]> {
  const intervals = pauses.map((p): [number, number] => {
    const from = toEpochDay(p.from);
    const to = p.to === null ? asOfDay : toEpochDay(p.to);
    if (p.to !== null && to < from) throw new Error(`pause ends before it starts: ${p.from} to ${p.to}`);
    return [from, to];
  });
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [from, to] of intervals) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

function isPaused(merged: ReadonlyArray<[number, number]>, day: number): boolean {
  return merged.some(([from, to]) => from <= day && day <= to);
}

/**
 * The surcharge on `asOf`.
 *
 * Payments go to the instalments oldest due first, in the order they were made. For each instalment a day `d` is a
 * surcharge day when `dueOn < d ≤ min(asOf, paidInFullOn)` and no pause covers `d`. The base of a day is the part of
 * the instalment unpaid at the start of that day: a payment made on day `d` lowers the base from `d + 1`.
 *
 * The day of full payment is counted when it is after the due date: 逾期一日 is a payment on `dueOn + 1`, one
 * surcharge day on the whole amount; a payment on the due date itself is in time and costs nothing.
 *
 * @throws Error on a negative or fractional amount or a pause ending before it starts (programming errors: the
 *   contracts validate user input)
 */
export function computeSurcharge(input: SurchargeInput): SurchargeResult {
  for (const i of input.instalments) checkFen(`instalment due ${i.dueOn}`, i.amountFen);
  for (const p of input.payments) checkFen(`payment of ${p.paidOn}`, p.amountFen);

  const asOfDay = toEpochDay(input.asOf);
  const pauses = mergedPauses(input.pauses, asOfDay);
  const instalments = input.instalments
    .map((i, index) => ({ ...i, index, dueDay: toEpochDay(i.dueOn) }))
    .sort((a, b) => a.dueDay - b.dueDay || a.index - b.index);
  const payments = input.payments
    .map((p) => ({ day: toEpochDay(p.paidOn), fen: p.amountFen }))
    .filter((p) => p.day <= asOfDay)
    .sort((a, b) => a.day - b.day);

  // FIFO allocation: each payment fills the oldest-due instalment that still has a balance.
  const allocations: Allocation[][] = instalments.map(() => []);
  const balance = instalments.map((i) => i.amountFen);
  let overpaidFen = 0;
  let cursor = 0;
  for (const p of payments) {
    let left = p.fen;
    while (left > 0 && cursor < instalments.length) {
      const take = Math.min(left, balance[cursor]!);
      if (take > 0) {
        allocations[cursor]!.push({ day: p.day, fen: take });
        balance[cursor]! -= take;
        left -= take;
      }
      if (balance[cursor] === 0) cursor++;
    }
    overpaidFen += left;
  }

  let pausedNow = false;
  let running = false;
  const lines = instalments.map((inst, n): SurchargeLine => {
    const paid = allocations[n]!;
    const fullDay = inst.amountFen > 0 && balance[n] === 0 ? paid[paid.length - 1]!.day : null;
    // A zero instalment owes nothing, so it has no surcharge days.
    const lastDay =
      inst.amountFen === 0 ? inst.dueDay : fullDay === null ? asOfDay : Math.min(asOfDay, fullDay);
    const late = lastDay > inst.dueDay;
    if (inst.amountFen > 0 && fullDay === null && asOfDay > inst.dueDay) {
      if (isPaused(pauses, asOfDay)) pausedNow = true;
      else running = true;
    }

    // Sum of base × rate in thousandths of a fen, kept as whole fen plus a remainder below 1000 so that no
    // intermediate value leaves the safe-integer range.
    let wholeFen = 0;
    let thousandths = 0;
    let days = 0;
    let pausedDays = 0;
    let base = inst.amountFen;
    let next = 0;
    for (let day = inst.dueDay + 1; day <= lastDay; day++) {
      while (next < paid.length && paid[next]!.day < day) base -= paid[next++]!.fen;
      if (isPaused(pauses, day)) {
        pausedDays++;
        continue;
      }
      days++;
      if (wholeFen >= inst.amountFen) continue;
      const daily = base * SURCHARGE_RATE_PERMILLE;
      wholeFen += Math.floor(daily / 1000);
      thousandths += daily % 1000;
      if (thousandths >= 1000) {
        wholeFen += Math.floor(thousandths / 1000);
        thousandths %= 1000;
      }
    }
    const capped = inst.amountFen > 0 && wholeFen >= inst.amountFen;
    return {
      dueOn: inst.dueOn,
      amountFen: inst.amountFen,
      startOn: late ? addDays(inst.dueOn, 1) : null,
      paidInFullOn: fullDay === null ? null : fromEpochDay(fullDay),
      days,
      pausedDays,
      surchargeFen: Math.min(wholeFen, inst.amountFen),
      capped,
    };
  });

  const starts = lines.map((l) => l.startOn).filter((d): d is LocalDate => d !== null);
  const totalFen = lines.reduce((s, l) => s + l.surchargeFen, 0);
  const capFen = lines.reduce((s, l) => s + l.amountFen, 0);
  return {
    lines,
    totalFen,
    capFen,
    capped: capFen > 0 && totalFen === capFen,
    pausedNow,
    running,
    firstStartOn: starts.length ? starts.reduce((a, b) => (b < a ? b : a)) : null,
    outstandingFen: balance.reduce((s, b) => s + b, 0),
    overpaidFen,
  };
}
