/** The articles the fault module cites in its refusals and documents. */
import { FAULT_RULE } from '../../../../common/contracts/fault.js';

export const BASIS = {
  rule: FAULT_RULE,
  pursuit: `${FAULT_RULE}第二条`,
  principle: `${FAULT_RULE}第四条`,
  types: `${FAULT_RULE}第五条`,
  exemption: `${FAULT_RULE}第六条`,
  mitigation: `${FAULT_RULE}第七条`,
  aggravation: `${FAULT_RULE}第八条`,
  repeated: `${FAULT_RULE}第八条第二项`,
  allocation: `${FAULT_RULE}第九条`,
  misreport: `${FAULT_RULE}第九条第一项`,
  measures: `${FAULT_RULE}第十条`,
  notice: `${FAULT_RULE}第十一条`,
  review: `${FAULT_RULE}第十二条`,
  discipline: `${FAULT_RULE}第十三条`,
  /** 公务员法 第六十三条第二款 (hearing the defence; not heavier because of it), 第九十五条 (复核, 申诉) and 第九十六条. */
  defence: '《中华人民共和国公务员法》第六十三条第二款',
  reviewLaw: '《中华人民共和国公务员法》第九十五条',
  notSuspended: '《中华人民共和国公务员法》第九十六条第二款（复核、申诉期间不停止人事处理的执行）',
  /** Telling the person the facts found and the proposed handling, and hearing him, before deciding. */
  inform: '《行政机关公务员处分条例》第三十九条第一款第四项；《中华人民共和国公务员法》第六十三条第二款',
  noWorse: '《中华人民共和国公务员法》第九十六条第三款（不因申请复核、提出申诉而被加重处理）',
  recusal: `${FAULT_RULE}第四条（公正稳妥）；《行政机关公务员处分条例》第四十二条（回避）`,
} as const;
