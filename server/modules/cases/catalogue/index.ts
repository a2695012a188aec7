/**
 * The case catalogue: the 违法行为 catalogue with its proposed discretion bands, the case settings the bureau may
 * change (with effective dates), and the pure penalty predicates built on them.
 */
export * from './types.js';
export { VIOLATION_CATALOGUE_META, VIOLATION_TYPES } from './violations.data.js';
export {
  CASE_SETTINGS_BASIS,
  CaseSettingsNotInForceError,
  DEFAULT_CASE_SETTINGS,
  DEFAULT_CASE_SETTINGS_VERSIONS,
  caseSettingsInForce,
  caseSettingsSchema,
  caseSettingsVersionSchema,
  type CaseSettings,
  type CaseSettingsVersion,
  type HearingThreshold,
  type SettingBasis,
} from './settings-defaults.js';
export * from './penalty.js';
