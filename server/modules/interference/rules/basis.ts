/**
 * Citations of the interference rule (赤峰市应急管理局内部人员干预执法办案记录和责任追究制度, seed text in
 * ../shared/seeds) and the statutes its 第九条、第十条 refer to. Every refusal and finding names one of these.
 */
const RULE = '《赤峰市应急管理局内部人员干预执法办案记录和责任追究制度》';

export const BASIS = {
  rule: RULE,
  record: `${RULE}第五条`,
  respond: `${RULE}第四条`,
  protect: `${RULE}第六条`,
  types: `${RULE}第七条`,
  supervision: `${RULE}第八条`,
  accountability: `${RULE}第九条`,
  nonRecording: `${RULE}第十条`,
  files: `${RULE}第十一条`,
  /** The route when the 主要领导 is the intervener: the seed is silent (legal-spec §12.5 [推]). */
  discipline: `${RULE}第五条；过问人为主要领导的，改报派驻纪检监察组（本局规定）`,
  discipline2: '《中国共产党纪律处分条例》《行政机关公务员处分条例》《中华人民共和国公职人员政务处分法》',
} as const;
