import type { Block, DocSpec } from '../../../../platform/docgen/index.js';
import { dateOf, timeRangeZh } from '../format.js';
import type { InspectionRecordModel } from '../models.js';
import { officersText, para, partyFields } from '../parts.js';

/**
 * 现场检查记录: the time, place, content, the problems found and how they were dealt with, signed by the
 * inspectors and the unit's person in charge; a refusal to sign is recorded (安全生产法 第68条).
 */
export function inspectionRecord(m: InspectionRecordModel): DocSpec {
  const r = m.unitRepresentative;
  const blocks: Block[] = [
    {
      kind: 'fields',
      rows: [
        ...partyFields(m.unit, '被检查单位'),
        { label: '检查场所', value: m.place },
        { label: '检查时间', value: timeRangeZh(m.startedAt, m.endedAt) },
        { label: '检查人员', value: officersText(m.officers) },
        {
          label: '现场负责人',
          value: `${r.name}（${r.position}）${r.phone ? `，联系电话：${r.phone}` : ''}`,
        },
      ],
    },
    para(`检查人员已向被检查单位现场负责人出示执法证件，表明身份，说明来意。检查内容：${m.scope}`),
    { kind: 'heading', text: '检查情况：' },
    ...m.findings.map((f, i) => para(`${i + 1}. ${f}`)),
  ];
  if (m.handling) blocks.push({ kind: 'heading', text: '处理情况：' }, para(m.handling));
  if (m.signature.refused) {
    blocks.push(
      para(
        '被检查单位负责人拒绝签字，检查人员已将情况记录在案，并向本局报告（《中华人民共和国安全生产法》第六十八条）。' +
          m.signature.note,
      ),
    );
    blocks.push({ kind: 'signatures', lines: [{ label: '检查人员签名', date: undefined }] });
  } else {
    blocks.push({
      kind: 'signatures',
      note: '被检查单位现场负责人已核对以上记录。',
      lines: [
        { label: '检查人员签名', date: undefined },
        { label: '被检查单位负责人签名', date: undefined },
      ],
    });
  }
  return {
    issuedAt: dateOf(m.startedAt),
    header: m.agency.name,
    title: '现场检查记录',
    number: m.documentNo ? { text: m.documentNo } : undefined,
    subject: m.caseNo,
    blocks,
  };
}
