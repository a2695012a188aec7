import {
  HEARING_REQUEST_CHANNELS,
  HEARING_REQUEST_CHANNEL_LABELS,
} from '../../../../../common/contracts/hearings.js';
import type { DocSpec, TableCell } from '../../../../platform/docgen/index.js';
import { dateZh } from '../format.js';
import type { HearingRequestRecordModel } from '../models.js';
import { tick } from '../parts.js';

const label = (text: string): TableCell => ({ text, align: 'center' });

/**
 * 听证申请登记表: the party's written request as received — the 告知书 it answers and when that was delivered,
 * the last day to ask (five working days, 行政处罚法 第64条第1项、第85条), how and when the request came in (a
 * posted one counts from the postmark), what it asks, and who registered it. Only a timely request is registered:
 * the bureau must then organise the hearing (第63条第1款).
 */
export function hearingRequestRecord(m: HearingRequestRecordModel): DocSpec {
  const p = m.party;
  const rep = p.kind === 'natural' ? null : p.kind === 'legal_person' ? '法定代表人' : '负责人';
  const channels = HEARING_REQUEST_CHANNELS.map(
    (c) => `${tick(c === m.channel)}${HEARING_REQUEST_CHANNEL_LABELS[c]}`,
  ).join('\n');
  return {
    issuedAt: m.recordedOn,
    header: m.agency.name,
    title: '听证申请登记表',
    number: m.documentNo ? { text: m.documentNo } : undefined,
    subject: m.caseNo,
    blocks: [
      {
        kind: 'table',
        columns: [96, 136, 70, 140],
        rows: [
          { cells: [label('案由'), { text: m.cause, colSpan: 3 }] },
          ...(m.caseNo ? [{ cells: [label('案件编号'), { text: m.caseNo, colSpan: 3 }] }] : []),
          { cells: [label('申请人'), { text: p.name }, label(p.idLabel), { text: p.idNumber }] },
          { cells: [label(p.kind === 'natural' ? '住址' : '地址'), { text: p.address, colSpan: 3 }] },
          ...(rep
            ? [
                {
                  cells: [label(rep), { text: p.legalRep ?? '' }, label('联系电话'), { text: p.phone ?? '' }],
                },
              ]
            : []),
          {
            cells: [
              label('告知书文号'),
              { text: m.noticeNo ?? '' },
              label('送达日期'),
              { text: dateZh(m.noticeDeliveredOn) },
            ],
          },
          {
            cells: [
              label('申请期限'),
              {
                text:
                  `${dateZh(m.requestDueOn)}前（告知书送达之日起五个工作日内，` +
                  '《中华人民共和国行政处罚法》第六十四条第一项、第八十五条）',
                colSpan: 3,
              },
            ],
          },
          { cells: [label('申请方式'), { text: channels, colSpan: 3 }] },
          {
            cells: [
              label('收到申请日期'),
              { text: dateZh(m.receivedOn) },
              label('邮戳日期'),
              { text: m.postmarkOn ? dateZh(m.postmarkOn) : '' },
            ],
          },
          {
            minLines: 3,
            cells: [label('申请事项及理由'), { text: m.content, colSpan: 3, valign: 'top' }],
          },
          {
            minLines: 2,
            cells: [
              label('审查情况'),
              {
                text:
                  '当事人在法定期限内提出听证要求，本局应当组织听证' +
                  '（《中华人民共和国行政处罚法》第六十三条第一款、第六十四条第一项）。',
                colSpan: 3,
                valign: 'top',
              },
            ],
          },
          {
            cells: [
              label('登记人'),
              { text: m.recordedBy },
              label('登记日期'),
              { text: dateZh(m.recordedOn) },
            ],
          },
        ],
      },
    ],
  };
}
