import {
  // issue 4: personnel menu icons
  IdcardOutlined,
  SafetyOutlined,
  SolutionOutlined,
  ApartmentOutlined,
  AuditOutlined,
  CalculatorOutlined,
  CalendarOutlined,
  FieldTimeOutlined,
  DesktopOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  // --- issue 5: cases menu icons (begin) ---
  BookOutlined,
  CheckSquareOutlined,
  FileAddOutlined,
  FolderOpenOutlined,
  NumberOutlined,
  ThunderboltOutlined,
  ToolOutlined,
  // --- issue 5 (end) ---
  // --- issue 6: hearings (begin) ---
  ScheduleOutlined,
  BankOutlined,
  FundOutlined,
  // --- issue 6: hearings (end) ---
  // --- issue 7: execution (begin) ---
  AccountBookOutlined,
  ContainerOutlined,
  MoneyCollectOutlined,
  PieChartOutlined,
  // --- issue 7 (end) ---
  // --- issue 8: interference register (begin) ---
  ContactsOutlined,
  ExceptionOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  InsuranceOutlined,
  LineChartOutlined,
  NodeIndexOutlined,
  ProfileOutlined,
  SettingOutlined,
  // --- issue 8 (end) ---
  // --- issue 9: fault liability (begin) ---
  AlertOutlined,
  BarChartOutlined,
  ControlOutlined,
  FlagOutlined,
  ReconciliationOutlined,
  // --- issue 9 (end) ---
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../../../common/roles';

export interface MenuEntry {
  path: string;
  label: string;
  icon: ReactNode;
  /** The permission that opens the page (any one of a list); null: every logged-in user. */
  permission: Permission | readonly Permission[] | null;
}

/**
 * The menu, in display order. An entry appears only when its module exists (it is listed here) and the
 * session grants its permission, so no item leads to a refusal or to nothing.
 */
export const MENU: readonly MenuEntry[] = [
  { path: '/workbench', label: '工作台', icon: <DesktopOutlined />, permission: 'workbench.view' },
  // --- issue 5: cases (begin) ---
  { path: '/case-sources', label: '案源登记', icon: <FileAddOutlined />, permission: 'case.view' },
  { path: '/cases', label: '案件管理', icon: <FolderOpenOutlined />, permission: 'case.view' },
  { path: '/case-approvals', label: '待办审批', icon: <CheckSquareOutlined />, permission: 'case.view' },
  { path: '/simple-cases/new', label: '当场处罚', icon: <ThunderboltOutlined />, permission: 'case.handle' },
  {
    path: '/form-books',
    label: '当场处罚决定书编号',
    icon: <NumberOutlined />,
    permission: ['case.handle', 'case.configure'],
  },
  { path: '/violation-types', label: '违法行为目录', icon: <BookOutlined />, permission: 'case.view' },
  { path: '/case-settings', label: '案件设置', icon: <ToolOutlined />, permission: 'case.configure' },
  // --- issue 5 (end) ---
  // --- issue 6: hearings (begin) ---
  { path: '/hearings', label: '听证日程', icon: <ScheduleOutlined />, permission: 'hearing.view' },
  { path: '/hearings/stats', label: '听证统计', icon: <FundOutlined />, permission: 'hearing.view' },
  { path: '/hearings/rooms', label: '听证室', icon: <BankOutlined />, permission: 'hearing.arrange' },
  // --- issue 6: hearings (end) ---
  // --- issue 7: execution, closing and archive (begin) ---
  { path: '/fines', label: '罚款执行', icon: <MoneyCollectOutlined />, permission: 'fine.view' },
  { path: '/fines/stats', label: '罚没款统计', icon: <PieChartOutlined />, permission: 'fine.view' },
  { path: '/finance', label: '财务对账', icon: <AccountBookOutlined />, permission: 'fine.collect' },
  { path: '/archives', label: '案卷归档', icon: <ContainerOutlined />, permission: 'case.view' },
  // --- issue 7 (end) ---
  // --- issue 8: 干预登记 (内部人员干预执法办案记录和责任追究制度) (begin) ---
  // The menu is flat: the module's entries stand together. The register book's list is scoped by the server.
  {
    path: '/interference/registers',
    label: '干预登记簿',
    icon: <FileProtectOutlined />,
    permission: [
      'interference.record',
      'interference.instruct',
      'interference.oversee',
      'interference.inspect',
    ],
  },
  {
    path: '/interference/supervision',
    label: '监督指导记录复核',
    icon: <FileSearchOutlined />,
    permission: 'interference.oversee',
  },
  {
    path: '/interference/findings',
    label: '不记录认定',
    icon: <ExceptionOutlined />,
    permission: 'interference.oversee',
  },
  {
    path: '/interference/protection',
    label: '记录人保护',
    icon: <InsuranceOutlined />,
    permission: ['interference.oversee', 'interference.record'],
  },
  {
    path: '/interference/reports',
    label: '月度报告',
    icon: <ProfileOutlined />,
    permission: 'interference.report',
  },
  { path: '/dossiers', label: '廉政档案和执法档案', icon: <ContactsOutlined />, permission: 'dossier.view' },
  {
    path: '/interference/stats',
    label: '干预登记统计',
    icon: <LineChartOutlined />,
    permission: 'interference.stats',
  },
  {
    path: '/interference/chain',
    label: '登记簿校验',
    icon: <NodeIndexOutlined />,
    permission: ['interference.inspect', 'interference.oversee'],
  },
  {
    path: '/interference/settings',
    label: '干预登记设置',
    icon: <SettingOutlined />,
    permission: 'interference.oversee',
  },
  // --- issue 8 (end) ---
  // --- issue 9: 行政执法过错责任追究 (begin) ---
  { path: '/fault/matters', label: '过错线索与追究', icon: <AlertOutlined />, permission: 'fault.view' },
  { path: '/fault/leads/new', label: '登记过错线索', icon: <FlagOutlined />, permission: 'fault.refer' },
  // Every business user may be accused (or register a lead): calendar.view is held by all business roles and by
  // none of the three administrators, who handle no enforcement (三员分立).
  {
    path: '/fault/mine',
    label: '我的过错追究',
    icon: <ReconciliationOutlined />,
    permission: 'calendar.view',
  },
  { path: '/fault/stats', label: '过错统计', icon: <BarChartOutlined />, permission: 'fault.stats' },
  { path: '/fault/settings', label: '过错追究设置', icon: <ControlOutlined />, permission: 'fault.handle' },
  // --- issue 9 (end) ---
  // --- issue 4: personnel (begin) ---
  { path: '/personnel', label: '执法人员管理', icon: <IdcardOutlined />, permission: 'personnel.view' },
  {
    path: '/personnel-check',
    label: '执法资格核验',
    icon: <SafetyOutlined />,
    permission: 'personnel.check',
  },
  { path: '/my-certificate', label: '我的执法证', icon: <SolutionOutlined />, permission: 'personnel.self' },
  // --- issue 4 (end) ---
  { path: '/deadlines', label: '我的期限', icon: <FieldTimeOutlined />, permission: 'calendar.view' },
  {
    path: '/calendar/calculator',
    label: '期限计算器',
    icon: <CalculatorOutlined />,
    permission: 'calendar.view',
  },
  { path: '/calendar/year', label: '工作日历', icon: <CalendarOutlined />, permission: 'calendar.view' },
  { path: '/accounts', label: '账号管理', icon: <TeamOutlined />, permission: 'account.read' },
  { path: '/org', label: '组织机构', icon: <ApartmentOutlined />, permission: null },
  {
    path: '/security',
    label: '安全策略',
    icon: <SafetyCertificateOutlined />,
    permission: 'security.configure',
  },
  { path: '/audit', label: '审计日志', icon: <AuditOutlined />, permission: 'audit.read' },
];

export function menuFor(abilities: readonly Permission[]): MenuEntry[] {
  // --- issue 5: an entry may open for any one of several permissions (begin) ---
  return MENU.filter(
    (m) =>
      m.permission === null ||
      (typeof m.permission === 'string' ? [m.permission] : m.permission).some((p) => abilities.includes(p)),
  );
  // --- issue 5 (end) ---
}
