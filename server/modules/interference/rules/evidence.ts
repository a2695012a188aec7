import type {
  AttachmentKind,
  InterferenceMethod,
  InterferenceResponse,
  InterferenceType,
} from '../../../../common/contracts/interference.js';
import { BASIS } from './basis.js';

export interface RegisterEvidenceInput {
  method: InterferenceMethod;
  methodNote?: string | undefined;
  intermediaryName?: string | undefined;
  intermediaryRelation?: string | undefined;
  types: readonly InterferenceType[];
  typeNote?: string | undefined;
  response: InterferenceResponse;
  responseNote?: string | undefined;
  account: string;
  noRecordingReason?: string | undefined;
  attachments: readonly AttachmentKind[];
  occurredAt: Date;
}

export interface Refusal {
  rule: string;
  message: string;
  basis: string;
}

/** The shortest faithful account accepted: a name and a sentence, not a placeholder. */
export const MIN_ACCOUNT_CHARS = 15;

/**
 * What a register must hold for its method (第五条第二款): a faithful written account always; for oral and phone
 * contact (and contact passed on by another person, which reaches the officer orally) the recording, or why none
 * could be made; for electronic contact the message itself; for written contact the paper (its scan). Returns
 * every refusal, so the form can show them all at once; empty when the register may be submitted.
 */
export function evidenceRefusals(input: RegisterEvidenceInput, now: Date): Refusal[] {
  const out: Refusal[] = [];
  const has = (k: AttachmentKind) => input.attachments.includes(k);
  const r = (rule: string, message: string, basis: string = BASIS.record) =>
    out.push({ rule, message, basis });

  if (input.account.replace(/\s/g, '').length < MIN_ACCOUNT_CHARS)
    r('interference.account', `应当全面、如实记录过问情况的文字材料（不少于${MIN_ACCOUNT_CHARS}字）`);
  if (input.occurredAt.getTime() > now.getTime()) r('interference.time', '过问时间不得晚于当前时间');
  switch (input.method) {
    case 'oral':
    case 'phone':
    case 'via_other':
      if (!has('recording') && !input.noRecordingReason)
        r(
          'interference.recording',
          input.method === 'phone'
            ? '通过电话过问的，有条件录音的应当电话录音：请上传录音，或说明未能录音的原因'
            : '口头过问的，请上传录音，或说明未能录音的原因',
        );
      break;
    case 'electronic':
      if (!has('message'))
        r('interference.message', '通过电子信息过问的，应当提供电子信息（原件导出或截图）');
      break;
    case 'written':
      if (!has('paper_scan'))
        r('interference.paper', '通过纸质文字过问的，应当提供纸质材料（上传扫描件，原件另行归档）');
      break;
    case 'other':
      if (!input.methodNote) r('interference.method', '过问方式为「其他」的，请说明具体方式');
      break;
  }
  if (input.method === 'via_other' && (!input.intermediaryName || !input.intermediaryRelation))
    r('interference.intermediary', '通过他人转达的，请填写转达人姓名及其与过问人的关系', BASIS.types);
  if (input.types.includes('I8') && !input.typeNote)
    r('interference.type-other', '选择「其他干预、插手案件办理的情形」的，请说明具体情形', BASIS.types);
  if (input.response === 'other' && !input.responseNote)
    r('interference.response', '办案人员的处理为「其他」的，请说明', BASIS.respond);
  return out;
}
