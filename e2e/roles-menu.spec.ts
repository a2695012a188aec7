import { assert, expectCount, login, menuLabels, type TestCase } from './harness.js';

const ALL = [
  '工作台',
  // --- issue 5: cases (begin) ---
  '案源登记',
  '案件管理',
  '待办审批',
  '当场处罚',
  '当场处罚决定书编号',
  '违法行为目录',
  '案件设置',
  // --- issue 5 (end) ---
  // --- issue 6: hearings (begin) ---
  '听证日程',
  '听证统计',
  '听证室',
  // --- issue 6 (end) ---
  // --- issue 7: execution, closing and archive (begin) ---
  '罚款执行',
  '罚没款统计',
  '财务对账',
  '案卷归档',
  // --- issue 7 (end) ---
  // --- issue 8: the interference register (begin) ---
  '干预登记簿',
  '监督指导记录复核',
  '不记录认定',
  '记录人保护',
  '月度报告',
  '廉政档案和执法档案',
  '干预登记统计',
  '登记簿校验',
  '干预登记设置',
  // --- issue 8 (end) ---
  // --- issue 9: fault liability (begin) ---
  '过错线索与追究',
  '登记过错线索',
  '我的过错追究',
  '过错统计',
  '过错追究设置',
  // --- issue 9 (end) ---
  '执法人员管理',
  '执法资格核验',
  '我的执法证',
  '我的期限',
  '期限计算器',
  '工作日历',
  '账号管理',
  '组织机构',
  '安全策略',
  '审计日志',
] as const;
const CALENDAR = ['我的期限', '期限计算器', '工作日历'];
// --- issue 5: cases (begin) ---
/** Every case reader: sources, cases and the approval to-dos. */
const CASE_READ = ['案源登记', '案件管理', '待办审批'];
/** Officers and section heads also handle: the on-the-spot penalty and their pre-numbered forms. */
const CASE_HANDLE = [...CASE_READ, '当场处罚', '当场处罚决定书编号', '违法行为目录'];
/** The legal reviewers keep the forms, the catalogue and the settings. */
const CASE_CONFIGURE = [...CASE_READ, '当场处罚决定书编号', '违法行为目录', '案件设置'];
/** Leaders, the 主要负责人 and 纪检 read cases and the catalogue; the approvers decide from their to-dos. */
const CASE_VIEW = [...CASE_READ, '违法行为目录'];
/** Roles that read the roster: section head, legal reviewer, leaders, discipline. */
const ROSTER = ['执法人员管理', '执法资格核验', '我的执法证', ...CALENDAR, '组织机构'];
// --- issue 6: hearings (begin) ---
/** The hearing calendar and statistics (hearing.view): the enforcement staff and the overseers. */
const HEARING_VIEW = ['听证日程', '听证统计'];
/** Those who arrange hearings (hearing.arrange: legal reviewers, leaders, the principal) also keep the rooms. */
const HEARING_ARRANGE = [...HEARING_VIEW, '听证室'];
// --- issue 6 (end) ---
// --- issue 7: execution, closing and archive (begin) ---
/** Fines (fine.view) and the archive (case.view): every case reader; they come right after the hearing entries. */
const EXECUTION = ['罚款执行', '罚没款统计', '案卷归档'];
// --- issue 7 (end) ---
// --- issue 8: the interference register, right after the execution entries (begin) ---
/** Recorders keep their own registers and may report retaliation. */
const RECORDER = ['干预登记簿', '记录人保护'];
/** 纪检 run the whole register. */
const DISCIPLINE = [
  '干预登记簿',
  '监督指导记录复核',
  '不记录认定',
  '记录人保护',
  '月度报告',
  '廉政档案和执法档案',
  '干预登记统计',
  '登记簿校验',
  '干预登记设置',
];
// --- issue 8 (end) ---
// --- issue 9: fault liability, right after the interference entries (begin) ---
/** Every business user follows the matters where he is accused or registered the lead (not the administrators). */
const FAULT_MINE = ['我的过错追究'];
/** Those who refer leads (fault.refer): section heads, the legal section, the leaders and 纪检. */
const FAULT_REFER = ['登记过错线索', ...FAULT_MINE];
/** The legal section also reads the statistics (fault.stats). */
const FAULT_LEGAL = [...FAULT_REFER, '过错统计'];
/** The leaders and the 主要负责人 read every matter (fault.view) and the statistics. */
const FAULT_LEADERSHIP = ['过错线索与追究', ...FAULT_REFER, '过错统计'];
/** 纪检 run the matters and keep the settings (fault.handle). */
const FAULT_DISCIPLINE = [...FAULT_LEADERSHIP, '过错追究设置'];
// --- issue 9 (end) ---
const OFFICER = [
  '工作台',
  ...CASE_HANDLE,
  ...HEARING_VIEW,
  ...EXECUTION,
  ...RECORDER,
  ...FAULT_MINE,
  '执法资格核验',
  '我的执法证',
  ...CALENDAR,
  '组织机构',
];
// --- issue 5 (end) ---
// issue 7: finance follows the fines and keeps the 财务对账 desk.
// issue 9: and, as every business user, the fault matters that concern her.
const FINANCE = [
  '工作台',
  '罚款执行',
  '罚没款统计',
  '财务对账',
  ...FAULT_MINE,
  '我的执法证',
  ...CALENDAR,
  '组织机构',
];

/** Every demo account, its role's label in the header, and exactly the menu its role opens. */
const CASES: { username: string; name: string; role: string; menu: string[] }[] = [
  { username: 'zhangwei', name: '张伟', role: '执法人员', menu: OFFICER },
  { username: 'liuyang', name: '刘洋', role: '执法人员', menu: OFFICER },
  // --- issue 5: cases (begin) ---
  // issue 6: the hearing entries come right after 案件设置; issue 7: the execution entries after them.
  {
    username: 'wangqiang',
    name: '王强',
    role: '科室负责人',
    menu: [
      '工作台',
      ...CASE_HANDLE,
      ...HEARING_VIEW,
      ...EXECUTION,
      ...RECORDER,
      '干预登记统计',
      ...FAULT_REFER,
      ...ROSTER,
    ],
  },
  {
    username: 'lina',
    name: '李娜',
    role: '法制审核人员',
    menu: [
      '工作台',
      ...CASE_CONFIGURE,
      ...HEARING_ARRANGE,
      ...EXECUTION,
      '干预登记统计',
      ...FAULT_LEGAL,
      ...ROSTER,
    ],
  },
  {
    username: 'zhaomin',
    name: '赵敏',
    role: '分管局领导',
    menu: [
      '工作台',
      ...CASE_VIEW,
      ...HEARING_ARRANGE,
      ...EXECUTION,
      '干预登记统计',
      ...FAULT_LEADERSHIP,
      ...ROSTER,
    ],
  },
  {
    username: 'sunjianguo',
    name: '孙建国',
    role: '主要负责人',
    menu: [
      '工作台',
      ...CASE_VIEW,
      ...HEARING_ARRANGE,
      ...EXECUTION,
      '干预登记簿',
      '月度报告',
      '廉政档案和执法档案',
      '干预登记统计',
      ...FAULT_LEADERSHIP,
      ...ROSTER,
    ],
  },
  {
    username: 'zhoujing',
    name: '周静',
    role: '纪检监察',
    menu: [
      '工作台',
      ...CASE_VIEW,
      ...HEARING_VIEW,
      ...EXECUTION,
      ...DISCIPLINE,
      ...FAULT_DISCIPLINE,
      ...ROSTER,
    ],
  },
  // --- issue 5 (end) ---
  { username: 'wuli', name: '吴丽', role: '财务人员', menu: FINANCE },
  { username: 'sysadmin', name: '陈系统', role: '系统管理员', menu: ['工作台', '账号管理', '组织机构'] },
  {
    username: 'secadmin',
    name: '杨安全',
    role: '安全管理员',
    menu: ['工作台', '账号管理', '组织机构', '安全策略'],
  },
  {
    username: 'auditadmin',
    name: '黄审计',
    role: '审计管理员',
    menu: ['工作台', '干预登记簿', '登记簿校验', '组织机构', '审计日志'],
  },
];

export const tests: TestCase[] = CASES.map((c) => ({
  name: `${c.role} ${c.username} sees exactly ${c.menu.join('、')}`,
  async run({ page, shot }) {
    await login(page, c.username);
    const labels = await menuLabels(page);
    for (const item of c.menu) assert.ok(labels.includes(item), `menu lacks ${item}: ${labels.join(',')}`);
    for (const item of ALL.filter((i) => !c.menu.includes(i)))
      assert.ok(!labels.includes(item), `menu must not show ${item}: ${labels.join(',')}`);
    assert.deepEqual(labels, c.menu);
    assert.equal((await page.getByTestId('user-name').innerText()).trim(), c.name);
    assert.ok(
      (await page.getByTestId('user-roles').innerText()).includes(c.role),
      'header shows the role label',
    );
    // Every menu entry opens a page (no refusal, no 404).
    for (const item of c.menu) {
      // Anchored at the end: 「当场处罚」 is also the start of 「当场处罚决定书编号」, and the name begins with the
      // icon's label (issue 5).
      await page
        .getByRole('navigation', { name: '主菜单' })
        .getByRole('menuitem', { name: new RegExp(`${item}$`) })
        .click();
      await page.getByRole('heading', { level: 4, name: item }).waitFor();
      // issue 6: the highlighted entry is the one opened, also when another entry's path prefixes it
      // (/hearings/stats under /hearings).
      const selected = page.getByRole('navigation', { name: '主菜单' }).locator('.ant-menu-item-selected');
      await expectCount(selected, 1, `one menu entry is highlighted on ${item}`);
      assert.match((await selected.innerText()).trim(), new RegExp(`^${item}$`), `${item} is highlighted`);
    }
    if (['zhangwei', 'sysadmin', 'secadmin', 'auditadmin'].includes(c.username)) {
      await page
        .getByRole('navigation', { name: '主菜单' })
        .getByRole('menuitem', { name: '工作台' })
        .click();
      await page.getByRole('heading', { level: 4, name: '工作台' }).waitFor();
      await shot(`workbench-${c.username}`);
    }
  },
}));
