import { AUDIT_ACTION_LABELS } from '../../../../common/audit-actions';

/** What the audited objects are, in Chinese. Unknown types show as-is. */
export const OBJECT_TYPE_LABELS: Record<string, string> = {
  user: '账号',
  security_policy: '安全策略',
  law_enforcement_entity: '执法主体',
  org_unit: '科室/单位',
  position: '职务',
  audit_trail: '审计日志',
  notification: '提醒',
};

const MODULE_LABELS: Record<string, string> = {
  auth: '登录与会话',
  account: '账号',
  security: '安全策略',
  org: '组织机构',
  audit: '审计',
  system: '系统',
  notification: '工作台',
};

export function actionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

export function objectTypeLabel(t: string): string {
  return OBJECT_TYPE_LABELS[t] ?? t;
}

/** The action filter: one group per module, each with "all of this module" (a prefix the server understands). */
export function actionOptions() {
  const byModule = new Map<string, string[]>();
  for (const action of Object.keys(AUDIT_ACTION_LABELS)) {
    const mod = action.split('.')[0]!;
    byModule.set(mod, [...(byModule.get(mod) ?? []), action]);
  }
  return [...byModule].map(([mod, actions]) => {
    const label = MODULE_LABELS[mod] ?? mod;
    return {
      label,
      title: label,
      options: [
        { label: `${label}：全部`, value: `${mod}.` },
        ...actions.map((a) => ({ label: actionLabel(a), value: a })),
      ],
    };
  });
}
