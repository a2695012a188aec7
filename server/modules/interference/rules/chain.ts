import type { ChainMonth } from '../../../../common/contracts/interference.js';
import { canonicalJson } from '../../../platform/audit/canonical.js';
import { sm3Hex } from '../../../platform/crypto/sm.js';

export const GENESIS = '0'.repeat(64);

/** The fields of a register its hash covers (everything the recorder wrote, and the attachments' SM3). */
export interface ChainedRegister {
  seq: number;
  registerNo: string;
  caseId: string;
  caseNo: string;
  caseStage: string;
  recorderId: string;
  intervenerId: string;
  intervenerName: string;
  intervenerPost: string;
  intervenerUnit: string;
  occurredAt: Date;
  place: string;
  content: string;
  method: string;
  methodNote: string | null;
  intermediaryName: string | null;
  intermediaryRelation: string | null;
  types: readonly string[];
  typeNote: string | null;
  response: string;
  responseNote: string | null;
  account: string;
  noRecordingReason: string | null;
  correctsId: string | null;
  correctionNote: string | null;
  route: string;
  submittedAt: Date;
  attachments: readonly { kind: string; sm3: string; fileName: string; fileSize: number }[];
}

/** SM3 over the previous hash and the canonical encoding of the register (as the audit chain does). */
export function registerHash(prevHash: string, r: ChainedRegister): string {
  // Only the fields listed: a row read back carries more columns (names, the seal list) that are not hashed.
  const body: Record<keyof ChainedRegister, unknown> = {
    seq: r.seq,
    registerNo: r.registerNo,
    caseId: r.caseId,
    caseNo: r.caseNo,
    caseStage: r.caseStage,
    recorderId: r.recorderId,
    intervenerId: r.intervenerId,
    intervenerName: r.intervenerName,
    intervenerPost: r.intervenerPost,
    intervenerUnit: r.intervenerUnit,
    occurredAt: r.occurredAt,
    place: r.place,
    content: r.content,
    method: r.method,
    methodNote: r.methodNote,
    intermediaryName: r.intermediaryName,
    intermediaryRelation: r.intermediaryRelation,
    types: [...r.types].sort(),
    typeNote: r.typeNote,
    response: r.response,
    responseNote: r.responseNote,
    account: r.account,
    noRecordingReason: r.noRecordingReason,
    correctsId: r.correctsId,
    correctionNote: r.correctionNote,
    route: r.route,
    submittedAt: r.submittedAt,
    attachments: r.attachments
      .map((a) => ({ kind: a.kind, sm3: a.sm3, fileName: a.fileName, fileSize: a.fileSize }))
      .sort((a, b) => (a.sm3 + a.kind < b.sm3 + b.kind ? -1 : 1)),
  };
  return sm3Hex(prevHash + canonicalJson(body));
}

export interface ChainLink {
  seq: number;
  registerNo: string;
  prevHash: string;
  hash: string;
  /** Shanghai month 'YYYY-MM' of submission. */
  month: string;
  recomputed: string;
}

/**
 * Checks the links in seq order: gap-free numbering from 1, each prev_hash equal to the previous hash, each hash
 * equal to its recomputation. Returns the problems in Chinese (empty when intact).
 */
export function chainProblems(links: readonly ChainLink[]): string[] {
  const problems: string[] = [];
  let prev = GENESIS;
  links.forEach((l, i) => {
    if (l.seq !== i + 1)
      problems.push(`登记顺序号不连续：第 ${i + 1} 条的顺序号为 ${l.seq}（${l.registerNo}）`);
    if (l.prevHash !== prev) problems.push(`${l.registerNo} 的前序摘要与上一条不符（链条断开）`);
    if (l.recomputed !== l.hash) problems.push(`${l.registerNo} 的内容与其 SM3 摘要不符（已被改动）`);
    prev = l.hash;
  });
  return problems;
}

/**
 * The monthly digest: for every month with registers, how many were submitted in it, the running total and the
 * head hash at its end. Printed into the monthly report, it lets anyone detect the newest registers being removed
 * (the count and head no longer match what was signed).
 */
export function chainMonths(links: readonly Pick<ChainLink, 'month' | 'hash'>[]): ChainMonth[] {
  const out: ChainMonth[] = [];
  let total = 0;
  for (const l of links) {
    total++;
    const last = out.at(-1);
    if (last && last.month === l.month) {
      last.count++;
      last.total = total;
      last.head = l.hash;
    } else out.push({ month: l.month, count: 1, total, head: l.hash });
  }
  return out;
}

/** The digest as of the end of `month`: the months up to it. */
export function digestUpTo(months: readonly ChainMonth[], month: string): ChainMonth[] {
  return months.filter((m) => m.month <= month);
}

/**
 * Compares a digest printed in a signed report with the chain now: every month printed must still have the same
 * count, total and head. Returns the differences in Chinese.
 */
export function digestMismatches(printed: readonly ChainMonth[], now: readonly ChainMonth[]): string[] {
  const byMonth = new Map(now.map((m) => [m.month, m]));
  const out: string[] = [];
  for (const p of printed) {
    const c = byMonth.get(p.month);
    if (!c) out.push(`${p.month}：报告载明 ${p.count} 条，现登记簿中没有该月记录`);
    else if (c.count !== p.count || c.total !== p.total)
      out.push(
        `${p.month}：报告载明 ${p.count} 条（累计 ${p.total}），现为 ${c.count} 条（累计 ${c.total}）`,
      );
    else if (c.head !== p.head) out.push(`${p.month}：月末链头摘要与报告载明的不一致`);
  }
  return out;
}
