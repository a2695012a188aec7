import type { InterferenceSettingsValues } from '../../../../common/contracts/interference.js';

/**
 * The numbers of System 10 the rule leaves to the bureau (legal-spec §12.7, §12.10 [推]); stored with an effective
 * date in `interference_settings`, these defaults apply until then.
 */
export const DEFAULT_SETTINGS: InterferenceSettingsValues = {
  instructionWorkingDays: 3,
  protectionMonths: 24,
  repeatWindowMonths: null,
};

export const SETTINGS_META: { key: keyof InterferenceSettingsValues; label: string; basis: string }[] = [
  {
    key: 'instructionWorkingDays',
    label: '主要领导批示期限（工作日）',
    basis: '第五条要求直接呈报主要领导批示，未规定期限；逾期未批示的提示纪检监察（本局设定）',
  },
  {
    key: 'protectionMonths',
    label: '记录人保护观察期（月）',
    basis: '第六条：如实记录受法律和组织保护，非因法定事由、非经法定程序不得免职、调离等（观察期为本局设定）',
  },
  {
    key: 'repeatWindowMonths',
    label: '「两次以上」的计算期间（月，空为累计）',
    basis: '第十条未规定期间，默认累计计算（本局可设定）',
  },
];
