/**
 * Roles and permissions of zhifa. Isomorphic: the server enforces them, the SPA only labels them.
 *
 * 三员分立 (GB/T 22239-2019 等保 2.0 第三级 "应对系统管理员、安全管理员、审计管理员进行权限分离"):
 * the three administrator roles exclude each other and every business role.
 */
export const BUSINESS_ROLES = [
  'officer',
  'section_head',
  'legal_reviewer',
  'leader',
  'principal',
  'discipline',
  'finance',
] as const;
export const ADMIN_ROLES = ['sysadmin', 'secadmin', 'auditadmin'] as const;
export const ROLES = [...BUSINESS_ROLES, ...ADMIN_ROLES] as const;

export type BusinessRole = (typeof BUSINESS_ROLES)[number];
export type AdminRole = (typeof ADMIN_ROLES)[number];
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  officer: '执法人员',
  section_head: '科室负责人',
  legal_reviewer: '法制审核人员',
  leader: '分管局领导',
  principal: '主要负责人',
  discipline: '纪检监察',
  finance: '财务人员',
  sysadmin: '系统管理员',
  secadmin: '安全管理员',
  auditadmin: '审计管理员',
};

export function isAdminRole(role: Role): role is AdminRole {
  return (ADMIN_ROLES as readonly string[]).includes(role);
}

/** Coarse permissions checked by the route guard. Record-level checks live in each module's policy. */
export const PERMISSIONS = [
  'workbench.view',
  'account.read',
  'account.manage',
  'org.manage',
  'role.grant',
  'security.configure',
  'audit.read',
  'calendar.view',
  'calendar.maintain',
  // --- issue 4: personnel (begin) ---
  'personnel.self',
  'personnel.view',
  'personnel.manage',
  'personnel.decide',
  'personnel.check',
  // --- issue 4 (end) ---
  // --- issue 5: penalty cases (begin) ---
  'case.view',
  'case.handle',
  'case.approve',
  'case.review',
  'case.configure',
  'hearing.view',
  'hearing.arrange',
  // --- issue 5 (end) ---
  // --- issue 7: fine collection, enforcement, closing, archive (begin) ---
  'fine.view',
  'fine.collect',
  'fine.enforce',
  'fine.approve',
  'archive.manage',
  // --- issue 7 (end) ---
  // --- issue 8: the interference register (begin) ---
  'interference.record',
  'interference.people',
  'interference.instruct',
  'interference.oversee',
  'interference.inspect',
  'interference.report',
  'interference.stats',
  'dossier.view',
  // --- issue 8 (end) ---
  // --- issue 9: 行政执法过错责任追究 (begin) ---
  'fault.refer',
  'fault.view',
  'fault.handle',
  'fault.decide',
  'fault.stats',
  // --- issue 9 (end) ---
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ALL_BUSINESS: readonly Role[] = BUSINESS_ROLES;

/**
 * Which role holds which permission. The system administrator manages accounts and organisation data
 * but reads no case content and no audit trail; the security administrator sets the security policy and
 * grants roles; the audit administrator reads and verifies the audit trail and, as an auditor, the interference
 * register and its chain (System 10 names the audit administrator among its readers), nothing else.
 */
export const PERMISSION_ROLES: Record<Permission, readonly Role[]> = {
  'workbench.view': [...ALL_BUSINESS, 'sysadmin', 'secadmin', 'auditadmin'],
  'account.read': ['sysadmin', 'secadmin'],
  'account.manage': ['sysadmin'],
  'org.manage': ['sysadmin'],
  'role.grant': ['secadmin'],
  'security.configure': ['secadmin'],
  'audit.read': ['auditadmin'],
  'calendar.view': ALL_BUSINESS,
  'calendar.maintain': ['legal_reviewer'],
  // --- issue 4: personnel (begin) ---
  // Own record: every business role. Roster: 政策法规科 keeps it, leaders and 纪检 read it, a section head reads
  // his unit's. Suspension and revocation: the 主要负责人. The three administrators hold none (三员分立).
  'personnel.self': ALL_BUSINESS,
  'personnel.view': ['section_head', 'legal_reviewer', 'leader', 'principal', 'discipline'],
  'personnel.manage': ['legal_reviewer'],
  'personnel.decide': ['principal'],
  'personnel.check': ['officer', 'section_head', 'legal_reviewer', 'leader', 'principal', 'discipline'],
  // --- issue 4 (end) ---
  // --- issue 5: penalty cases (begin) ---
  // Cases are read within a visibility scope (case.policy.ts): handlers, their section head, leaders, legal
  // reviewers and 纪检. Officers and section heads handle; section heads, leaders and the principal approve;
  // the legal reviewers review and keep the catalogue, settings and the pre-numbered forms. Finance and the
  // three administrators read no case content.
  'case.view': ['officer', 'section_head', 'legal_reviewer', 'leader', 'principal', 'discipline'],
  'case.handle': ['officer', 'section_head'],
  'case.approve': ['section_head', 'leader', 'principal'],
  'case.review': ['legal_reviewer'],
  'case.configure': ['legal_reviewer'],
  // Hearings (legal-spec §8): the bureau's hearing calendar is seen by its enforcement staff and overseers;
  // the legal section and the 负责人 arrange hearings (chair, members, room) and decide postponements.
  'hearing.view': ['officer', 'section_head', 'legal_reviewer', 'leader', 'principal', 'discipline'],
  'hearing.arrange': ['legal_reviewer', 'leader', 'principal'],
  // --- issue 5 (end) ---
  // --- issue 7: 罚缴分离 (legal-spec §4), closing and archiving (§2.2 rows 10-11) (begin) ---
  // Finance keeps the money side (agreements, bank reports, payments, receipt books, cash) and sees the fines, not
  // the case files; handlers follow their cases' fines, demand payment and apply to court; the 负责人 approve
  // deferrals, closings and loans; the legal section (法制科) archives case files.
  'fine.view': ['officer', 'section_head', 'legal_reviewer', 'leader', 'principal', 'discipline', 'finance'],
  'fine.collect': ['finance'],
  'fine.enforce': ['officer', 'section_head'],
  'fine.approve': ['leader', 'principal'],
  'archive.manage': ['legal_reviewer'],
  // --- issue 7 (end) ---
  // --- issue 8: 内部人员干预执法办案记录 (legal-spec §12) (begin) ---
  // Case handlers record interference and the 第8条 supervision; the 主要领导 gives the 批示; 纪检 verifies, concludes,
  // finds non-recording and watches over recorders; 纪检 and the audit administrator check the register's chain; the
  // monthly reports are generated by 纪检 or the 主要领导 and signed by the 主要领导.
  // Each register is further sealed per record (interference.policy.ts): never shown to the intervener or his line.
  // Statistics are aggregate only. The personal files (廉政档案、执法档案) are read by 纪检 and the 主要领导.
  'interference.record': ['officer', 'section_head'],
  // The staff list to name an intervener (recorders) or a person found against (纪检).
  'interference.people': ['officer', 'section_head', 'discipline'],
  'interference.instruct': ['principal'],
  'interference.oversee': ['discipline'],
  'interference.inspect': ['discipline', 'auditadmin'],
  'interference.report': ['principal', 'discipline'],
  'interference.stats': ['section_head', 'legal_reviewer', 'leader', 'principal', 'discipline'],
  'dossier.view': ['principal', 'discipline'],
  // --- issue 8 (end) ---
  // --- issue 9: 行政执法过错责任追究 (legal-spec §3) (begin) ---
  // Leads come from the legal section, section heads, leaders and 纪检 (reversals open one by themselves); 纪检
  // (第二条: 纪检委员 with the 派驻纪检监察组) triage, investigate, find and serve; the leadership, through the
  // 主要负责人, decides the measures and the 复核. The accused reach their own matter per record (fault.policy.ts).
  'fault.refer': ['section_head', 'legal_reviewer', 'leader', 'principal', 'discipline'],
  'fault.view': ['leader', 'principal', 'discipline'],
  'fault.handle': ['discipline'],
  'fault.decide': ['principal'],
  'fault.stats': ['legal_reviewer', 'leader', 'principal', 'discipline'],
  // --- issue 9 (end) ---
};

export function permissionsOf(roles: readonly Role[]): Permission[] {
  return PERMISSIONS.filter((p) => PERMISSION_ROLES[p].some((r) => roles.includes(r)));
}

/**
 * Returns the Chinese reason why this role set breaks 三员分立, or null when it is allowed.
 * An administrator role may be held only alone.
 */
export function roleConflict(roles: readonly Role[]): string | null {
  const admins = roles.filter(isAdminRole);
  if (admins.length === 0) return null;
  if (roles.length > 1) {
    const other = roles.find((r) => r !== admins[0]) ?? admins[1];
    return `三员分立：${ROLE_LABELS[admins[0]!]}不得兼任${other ? ROLE_LABELS[other] : '其他角色'}`;
  }
  return null;
}
