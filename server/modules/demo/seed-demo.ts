import type { Role } from '../../../common/roles.js';
import { usccCheckChar } from '../../../common/uscc.js';
import { recordAudit, systemContext } from '../../platform/audit/audit.js';
import { hashPassword } from '../../platform/auth/password.js';
import type { Database } from '../../platform/db/database.js';
import { seedCasesDemo } from '../cases/cases.demo.js';
import { seedHearingsDemo } from '../hearings/hearings.demo.js';
import { seedExecutionDemo } from '../execution/execution.demo.js';
import { orgRepository } from '../org/index.js';
import { iamRepository } from '../iam/iam.repository.js';
// --- issue 4: demo officers and certificates (begin) ---
import { loadConfig } from '../../platform/config.js';
import { todayInShanghai } from '../../kernel/local-date.js';
import { fieldProtectorFor, seedPersonnelDemo } from '../personnel/index.js';
// --- issue 4 (end) ---

/** The shared password of every demo account (demo only; the README says so). */
export const DEMO_PASSWORD = 'Zhifa@2026';

const ENTITY = {
  name: '赤峰市应急管理局',
  // 11 = 机关, 150400 = 赤峰市; the check character is computed per GB 32100-2015.
  uscc: `11150400MB0C12347${usccCheckChar('11150400MB0C12347')}`,
  address: '内蒙古自治区赤峰市松山区临潢大街市政府办公楼',
  legalBasis:
    '《中华人民共和国安全生产法》第十条、第六十二条；《中华人民共和国行政处罚法》第十八条；《赤峰市应急管理局职能配置、内设机构和人员编制规定》',
  phone: '0476-8888000',
};

const UNITS: { name: string; kind: 'section' | 'institution'; code: string; duties: string }[] = [
  { name: '办公室', kind: 'section', code: 'BGS', duties: '文电、会务、机要、档案、信息化' },
  {
    name: '政策法规科',
    kind: 'section',
    code: 'ZCFG',
    duties: '法制审核、行政复议与应诉、执法监督、案卷评查',
  },
  { name: '危险化学品安全监督管理科', kind: 'section', code: 'WHK', duties: '危险化学品安全生产监督管理' },
  { name: '安全生产基础科', kind: 'section', code: 'JCK', duties: '非煤矿山、工贸行业安全生产基础工作' },
  { name: '安全生产综合协调科', kind: 'section', code: 'ZHXT', duties: '安全生产综合协调、统计分析' },
  { name: '规划财务科', kind: 'section', code: 'GHCW', duties: '财务、国有资产、罚没收入对账' },
  { name: '人事科', kind: 'section', code: 'RSK', duties: '干部人事、执法人员资格管理、教育培训' },
  {
    name: '驻局纪检监察组',
    kind: 'section',
    code: 'JJZ',
    duties: '派驻纪检监察，过错责任追究、干预办案登记处理',
  },
  {
    name: '赤峰市应急管理综合行政执法支队',
    kind: 'institution',
    code: 'ZFZD',
    duties: '安全生产行政执法检查与行政处罚',
  },
  { name: '赤峰市应急救援保障中心', kind: 'institution', code: 'JYBZ', duties: '应急救援物资保障' },
];

const POSITIONS: { name: string; isLeadership: boolean }[] = [
  { name: '局长', isLeadership: true },
  { name: '副局长', isLeadership: true },
  { name: '纪检监察组组长', isLeadership: true },
  { name: '科长', isLeadership: true },
  { name: '支队长', isLeadership: true },
  { name: '副科长', isLeadership: false },
  { name: '一级主任科员', isLeadership: false },
  { name: '四级主任科员', isLeadership: false },
  { name: '执法队员', isLeadership: false },
  { name: '科员', isLeadership: false },
  { name: '会计', isLeadership: false },
];

export const DEMO_ACCOUNTS: {
  username: string;
  displayName: string;
  unit: string;
  position: string;
  role: Role;
}[] = [
  { username: 'zhangwei', displayName: '张伟', unit: 'ZFZD', position: '执法队员', role: 'officer' },
  { username: 'liuyang', displayName: '刘洋', unit: 'ZFZD', position: '执法队员', role: 'officer' },
  // An officer whose 执法证 has expired: the case screens refuse to name him (行政处罚法 第四十二条).
  { username: 'chenjie', displayName: '陈杰', unit: 'ZFZD', position: '执法队员', role: 'officer' },
  { username: 'wangqiang', displayName: '王强', unit: 'WHK', position: '科长', role: 'section_head' },
  { username: 'lina', displayName: '李娜', unit: 'ZCFG', position: '一级主任科员', role: 'legal_reviewer' },
  { username: 'zhaomin', displayName: '赵敏', unit: 'BGS', position: '副局长', role: 'leader' },
  { username: 'sunjianguo', displayName: '孙建国', unit: 'BGS', position: '局长', role: 'principal' },
  { username: 'zhoujing', displayName: '周静', unit: 'JJZ', position: '纪检监察组组长', role: 'discipline' },
  // A branch 纪检委员 (过错责任追究制度 第二条): fault investigations need two investigators.
  { username: 'majun', displayName: '马骏', unit: 'BGS', position: '一级主任科员', role: 'discipline' },
  { username: 'wuli', displayName: '吴丽', unit: 'GHCW', position: '会计', role: 'finance' },
  { username: 'sysadmin', displayName: '陈系统', unit: 'BGS', position: '科员', role: 'sysadmin' },
  { username: 'secadmin', displayName: '杨安全', unit: 'BGS', position: '科员', role: 'secadmin' },
  { username: 'auditadmin', displayName: '黄审计', unit: 'ZCFG', position: '科员', role: 'auditadmin' },
];

/**
 * Creates the demo bureau (赤峰市应急管理局, its sections and units, positions, one account per role) in one
 * transaction. Does nothing when an entity exists already. Returns whether it seeded.
 */
export async function seedDemo(database: Database): Promise<boolean> {
  if (await orgRepository.entity(database.db)) return false;
  const hashes = await Promise.all(DEMO_ACCOUNTS.map(() => hashPassword(DEMO_PASSWORD)));
  // --- issue 4: the field key that encrypts the demo officers' ID numbers (none: stored without) ---
  const protector = fieldProtectorFor(database, loadConfig());
  const seeded = await database.transaction(async (tx) => {
    if (await orgRepository.entity(tx)) return false;
    const entity = await orgRepository.insertEntity(tx, ENTITY);
    const unitIds = new Map<string, string>();
    for (const [i, u] of UNITS.entries()) {
      const row = await orgRepository.insertUnit(tx, { ...u, entityId: entity.id, sortOrder: (i + 1) * 10 });
      unitIds.set(u.code, row.id);
    }
    const positionIds = new Map<string, string>();
    const userIds = new Map<string, string>(); // issue 4
    for (const [i, p] of POSITIONS.entries()) {
      const row = await orgRepository.insertPosition(tx, { ...p, sortOrder: (i + 1) * 10 });
      positionIds.set(p.name, row.id);
    }
    for (const [i, a] of DEMO_ACCOUNTS.entries()) {
      const user = await iamRepository.insert(tx, {
        username: a.username,
        displayName: a.displayName,
        unitId: unitIds.get(a.unit) ?? null,
        positionId: positionIds.get(a.position) ?? null,
        phone: `1390476${String(1000 + i).padStart(4, '0')}`,
        passwordHash: hashes[i]!,
        mustChangePassword: false,
      });
      await iamRepository.replaceRoles(tx, user.id, [a.role], null);
      userIds.set(a.username, user.id); // issue 4
      if (a.role === 'leader')
        for (const id of unitIds.values())
          await orgRepository.updateUnit(tx, id, { supervisingLeaderId: user.id });
    }
    // --- issue 4: demo officers and certificates (begin) ---
    const personnel = await seedPersonnelDemo(
      tx,
      { userIds, unitIds, positionIds, protector, today: todayInShanghai(new Date()) },
      systemContext(),
    );
    // --- issue 4 (end) ---
    await recordAudit(tx, systemContext(), {
      action: 'system.seeded',
      objectType: 'law_enforcement_entity',
      objectId: entity.id,
      payload: {
        entity: ENTITY.name,
        units: UNITS.length,
        positions: POSITIONS.length,
        accounts: DEMO_ACCOUNTS.map((a) => a.username),
        personnel, // issue 4
      },
    });
    return true;
  });
  // --- issue 5: demo cases, made through the case commands after the bureau exists ---
  if (seeded) {
    const { hearingCaseId } = await seedCasesDemo(database, loadConfig());
    // --- issue 6: hearing rooms and a hearing on the calendar ---
    await seedHearingsDemo(database, loadConfig(), hearingCaseId);
    // --- issue 7: the collection agreement, receipt books and a fine payable at the bank ---
    await seedExecutionDemo(database, loadConfig());
  }
  return seeded;
}
