/**
 * The error catalogue: CODE -> HTTP status -> Chinese message. Domain refusals name their rule and basis.
 * The server throws `AppError(code)`; the SPA shows `message` (and `basis` where present).
 */
export const ERRORS = {
  VALIDATION_FAILED: { status: 400, message: '提交的内容不符合要求' },
  BAD_REQUEST: { status: 400, message: '请求无法处理' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  SESSION_EXPIRED: { status: 401, message: '长时间未操作，会话已超时，请重新登录' },
  LOGIN_FAILED: { status: 401, message: '用户名或密码错误' },
  ACCOUNT_LOCKED: { status: 423, message: '账号因多次密码错误已被锁定，请稍后再试或联系系统管理员' },
  ACCOUNT_DISABLED: { status: 403, message: '账号已停用，请联系系统管理员' },
  CSRF_FAILED: { status: 403, message: '请求校验失败（CSRF），请刷新页面后重试' },
  FORBIDDEN: { status: 403, message: '您的角色无权进行此操作' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: '首次登录或密码被重置后须先修改密码' },
  NOT_FOUND: { status: 404, message: '记录不存在或您无权查看' },
  CONFLICT: { status: 409, message: '数据已被他人修改，请刷新后重试' },
  USERNAME_TAKEN: { status: 409, message: '用户名已被使用' },
  ROLE_CONFLICT: { status: 422, message: '角色组合违反三员分立要求' },
  PASSWORD_POLICY: { status: 422, message: '密码不符合安全策略' },
  PASSWORD_WRONG: { status: 422, message: '原密码不正确' },
  SELF_LOCKOUT: { status: 422, message: '不能对本人账号执行此操作' },
  RATE_LIMITED: { status: 429, message: '请求过于频繁，请稍后再试' },
  // --- issue 3: calendar and deadlines (begin) ---
  PERIOD_INVALID: { status: 400, message: '期间计算参数有误' },
  CALENDAR_IMPORT_INVALID: { status: 400, message: '日历导入文件有误，请按提示逐条修改后重新导入' },
  CALENDAR_DATA_CONFLICT: { status: 422, message: '日历数据相互矛盾，未作修改' },
  DEADLINE_RULE_UNKNOWN: { status: 400, message: '未知的期限规则' },
  DEADLINE_RULE_NOT_IN_FORCE: { status: 422, message: '起算日没有施行中的期限规则版本' },
  DEADLINE_STATE: { status: 409, message: '期限当前状态不允许此操作' },
  DEADLINE_NOT_SUSPENDABLE: { status: 422, message: '该期限依法不适用中止' },
  DEADLINE_NOT_EXTENDABLE: { status: 422, message: '该期限依法不得延期，或超出可以延长的限度' },
  DEADLINE_EXTENSION_FORBIDDEN: { status: 403, message: '您的角色无权批准该期限延期' },
  // --- issue 3 (end) ---
  // --- issue 4: personnel (begin) ---
  OFFICER_NOT_ELIGIBLE: { status: 422, message: '该人员不具备行政执法资格' },
  PREREQUISITE_NOT_MET: { status: 422, message: '不符合申领行政执法证件的条件' },
  STAFFING_NOT_ELIGIBLE: { status: 422, message: '该编制类型人员不得持有行政执法证件' },
  CERTIFICATE_STATE: { status: 409, message: '证件当前状态不允许此操作' },
  CERTIFICATE_NUMBER_TAKEN: { status: 409, message: '证件编号已被登记' },
  ID_NUMBER_TAKEN: { status: 409, message: '该身份证号已登记在执法人员名册中' },
  OFFICER_ACCOUNT_TAKEN: { status: 409, message: '该账号已关联其他执法人员' },
  OFFICER_DEPARTED: { status: 409, message: '该人员已调离执法岗位' },
  SELF_QUALIFICATION: { status: 422, message: '不能办理本人的执法资格事项' },
  PERSONNEL_DATE_INVALID: { status: 422, message: '日期不符合要求' },
  IMPORT_INVALID: { status: 400, message: '导入文件有误，未导入任何数据，请按提示逐行修改后重新导入' },
  FILE_INVALID: { status: 400, message: '文件格式不正确' },
  FIELD_KEY_MISSING: {
    status: 503,
    message: '未配置字段加密密钥（ZHIFA_FIELD_KEY），不能保存或查看身份证号，请联系系统管理员',
  },
  // --- issue 4 (end) ---
  // --- issue 5: penalty cases (begin) ---
  CASE_STATE: { status: 409, message: '案件当前所处环节不允许此操作' },
  CASE_LIMITATION_EXPIRED: { status: 422, message: '违法行为已超过追责时效，不再给予行政处罚' },
  CASE_TEAM: { status: 422, message: '执法人员不符合要求' },
  CASE_RECUSAL_PENDING: { status: 422, message: '尚有执法人员未作回避声明' },
  CASE_SELF_APPROVAL: { status: 422, message: '承办人不得审批本人承办的事项' },
  CASE_REVIEWER_HANDLED: { status: 422, message: '参与办理本案的人员不得进行法制审核' },
  CASE_LEGAL_REVIEW_REQUIRED: { status: 422, message: '未经法制审核或者审核未通过的，不得作出决定' },
  CASE_COLLECTIVE_REQUIRED: { status: 422, message: '应当集体讨论决定而未经集体讨论' },
  CASE_PENALTY_RAISED: { status: 422, message: '不得因当事人陈述、申辩而给予更重的处罚' },
  CASE_DEFENCE_PENDING: { status: 422, message: '陈述、申辩或者听证申请期限尚未届满' },
  CASE_HEARING_PENDING: { status: 422, message: '当事人已申请听证，听证结束前不得作出决定' },
  CASE_SIMPLE_LIMIT: { status: 422, message: '不符合适用简易程序的条件' },
  CASE_BAND: { status: 422, message: '拟处罚款超出裁量基准' },
  CASE_DELIVERY: { status: 422, message: '送达方式不符合要求' },
  CASE_DATE_INVALID: { status: 422, message: '日期不符合要求' },
  CASE_INCOMPLETE: { status: 422, message: '案件材料不完整' },
  CASE_ID_NUMBER_INVALID: { status: 400, message: '证件号码不正确' },
  FORM_NUMBER_STATE: { status: 409, message: '当场处罚决定书编号状态不允许此操作' },
  FORM_RANGE_TAKEN: { status: 409, message: '编号段与已领用的编号重叠' },
  DOCUMENT_SUPERSEDED: { status: 409, message: '该文书已有更正版本' },
  FILE_TOO_LARGE: { status: 413, message: '文件超过允许的大小' },
  SETTINGS_INVALID: { status: 400, message: '设置内容不符合要求' },
  // --- issue 6: hearings (begin) ---
  HEARING_STATE: { status: 409, message: '听证当前环节不允许此操作' },
  HEARING_DATE: { status: 422, message: '听证日期不符合法定要求' },
  HEARING_MEMBER: { status: 422, message: '听证人员不符合要求' },
  HEARING_LIMIT: { status: 422, message: '超出法定限制' },
  HEARING_ROOM_BUSY: { status: 409, message: '听证室或人员在该时段已有安排' },
  // --- issue 6 (end) ---
  // --- issue 7: fine collection, enforcement, closing, archive (begin) ---
  CASE_ARCHIVED: { status: 409, message: '案卷已归档封存，不得增加、替换或抽取案卷材料' },
  FINE_STATE: { status: 409, message: '罚款当前所处环节不允许此操作' },
  FINE_SEPARATION: { status: 403, message: '罚缴分离：作出罚款决定的机关及其执法人员不得自行收缴罚款' },
  FINE_ON_SPOT: { status: 422, message: '不符合当场收缴罚款的法定条件' },
  FINE_RECEIPT: { status: 409, message: '罚没款票据编号状态不允许此操作' },
  FINE_AGREEMENT: { status: 422, message: '没有有效的代收罚款协议' },
  FINE_STATEMENT: { status: 422, message: '对账单无法导入' },
  FINE_COURT: { status: 422, message: '不符合申请人民法院强制执行的条件' },
  CASE_CLOSING: { status: 422, message: '不符合结案条件' },
  // --- issue 7 (end) ---
  // --- issue 8: the interference register (begin) ---
  INTERFERENCE_EVIDENCE: { status: 422, message: '登记表内容或所附材料不符合要求' },
  INTERFERENCE_IMMUTABLE: { status: 409, message: '干预登记表提交后不得修改或删除，如需更正请另行登记更正' },
  INTERFERENCE_STATE: { status: 409, message: '干预登记当前环节不允许此操作' },
  INTERFERENCE_DECLARATION: { status: 422, message: '办案人员尚未声明有无内部人员过问' },
  INTERFERENCE_FINDING: { status: 422, message: '不符合认定条件' },
  // --- issue 9: fault liability ---
  FAULT_STATE: { status: 409, message: '过错责任追究当前环节不允许此操作' },
  FAULT_RECUSAL: { status: 422, message: '调查人员不符合回避规定' },
  FAULT_FINDING: { status: 422, message: '过错责任认定不符合要求' },
  FAULT_MEASURE: { status: 422, message: '处理不得重于告知的拟处理意见' },
  FAULT_DEADLINE: { status: 422, message: '已超过规定期限' },
  // --- issue 8 (end) ---
  // --- issue 5 (end) ---
  NOT_READY: { status: 503, message: '服务尚未就绪' },
  INTERNAL: { status: 500, message: '服务器内部错误，请联系管理员' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** The JSON body of every error response. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** Legal or policy basis of a refusal, shown next to the message. */
  basis?: string;
  /** Rule id of a refusal (recorded in audit payloads too). */
  rule?: string;
  details?: { path: string; message: string }[];
  requestId?: string;
}
