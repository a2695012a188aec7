import type { DocSpec } from '../../../../platform/docgen/index.js';
import { dateTimeZh, dateZh } from '../format.js';
import type { HearingPostponementModel } from '../models.js';
import { para, you } from '../parts.js';

/** Drops a closing full stop, so that a free-text reason fits inside a sentence. */
const clause = (text: string) => text.trim().replace(/[。；]$/, '');

/**
 * 延期举行听证决定书, on the party's request for good cause: the request and its reason, the hearing put off, and
 * the new time when fixed — which is still notified at least seven working days before (行政处罚法 第64条第2项、
 * 第85条) — with the reminder that absence without good reason waives the hearing (第6项).
 */
export function hearingPostponement(m: HearingPostponementModel): DocSpec {
  const y = you(m.party);
  const next = m.newAt
    ? `延期后的听证会定于${dateTimeZh(m.newAt)}举行，本局将在举行听证的七个工作日前另行向${y}送达《听证会通知书》`
    : `延期后举行听证的时间、地点，本局将在举行听证的七个工作日前另行书面通知${y}`;
  return {
    issuedAt: m.decidedOn,
    header: m.agency.name,
    title: '延期举行听证决定书',
    number: m.documentNo ? { text: m.documentNo } : undefined,
    subject: m.caseNo,
    blocks: [
      para(`${m.party.name}：`, 0),
      para(
        `${y}于${dateZh(m.requestedOn)}以${clause(m.reason)}为由，申请延期举行原定于${dateTimeZh(m.originalAt)}` +
          `举行的${m.cause}听证会。经本局负责人${m.decidedBy}审查，${y}申请延期的理由正当，本局决定延期举行听证。`,
      ),
      para(`${next}（《中华人民共和国行政处罚法》第六十四条第二项）。`),
      para(
        `${y}及其代理人无正当理由拒不出席延期后的听证或者未经许可中途退出听证的，视为放弃听证权利，本局将终止听证` +
          '（《中华人民共和国行政处罚法》第六十四条第六项）。',
      ),
      { kind: 'seal', agency: m.agency.name, date: m.decidedOn, mark: '（印章）' },
    ],
  };
}
