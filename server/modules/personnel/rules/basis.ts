/**
 * Citations of System 3 (legal-spec §5.3). Checked against the statute texts in ../shared/domain/laws where the
 * tag is [法-V]; the Inner Mongolian measures are known only from an excerpt ([法-R]) and policy documents are
 * [文] — the UI shows the tag with the basis.
 */
export const BASIS = {
  qualification:
    '《中华人民共和国行政处罚法》第四十二条第一款（行政处罚应当由具有行政执法资格的执法人员实施）',
  twoOfficers: '《中华人民共和国行政处罚法》第四十二条第一款（执法人员不得少于两人，法律另有规定的除外）',
  validCertificate:
    '《中华人民共和国安全生产法》第六十七条第二款（执行监督检查任务时，必须出示有效的行政执法证件）；《中华人民共和国行政处罚法》第五十五条',
  noCertificate:
    '《中华人民共和国行政处罚法》第四十二条第一款、第七十六条第一款第（五）项（执法人员未取得执法证件）',
  staffing:
    '国办发〔2018〕118号（严禁无行政执法资格的人员、辅助人员从事执法）[文]；《中华人民共和国行政处罚法》第二十条、第二十一条（受委托组织的工作人员）；内蒙古自治区行政执法证件申领条件 [地]',
  legalReviewer:
    '《中华人民共和国行政处罚法》第五十八条第二款（初次从事行政处罚决定法制审核的人员，应当取得法律职业资格）',
  review: '《内蒙古自治区行政执法证件管理办法》第十六条、第十七条（三年一审注册）[法-R]',
  expiry: '《内蒙古自治区行政执法证件管理办法》第十五条（证件每6年换发）[法-R]',
  scope: '《内蒙古自治区行政执法证件管理办法》（持证人在证件载明的执法类别、执法区域内从事执法活动）[法-R]',
  suspension:
    '《赤峰市应急管理局行政执法过错责任追究制度》；应急管理部令第9号（暂扣、吊销行政执法证件）[法-R]',
  training: '国办发〔2023〕27号（每人每年不少于60学时）[文]',
  exam: '国办发〔2018〕118号（未经执法资格考试合格，不得授予执法资格）[文]',
  departed: '《内蒙古自治区行政执法证件管理办法》（调离执法岗位的，收回注销证件）[法-R]',
} as const;

/** The revised 行政处罚法 (with 第五十八条第二款) is in force from this date. */
export const PUNISHMENT_LAW_2021 = '2021-07-15';
