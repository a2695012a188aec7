export { BASIS } from './basis.js';
export { evidenceRefusals, MIN_ACCOUNT_CHARS, type Refusal, type RegisterEvidenceInput } from './evidence.js';
export {
  GENESIS,
  registerHash,
  chainProblems,
  chainMonths,
  digestUpTo,
  digestMismatches,
  type ChainedRegister,
  type ChainLink,
} from './chain.js';
export { findingMeasure, countsTowardsRepeat, registerMatches } from './findings.js';
export { sealedFrom, type Person, type Unit } from './seal.js';
export { DEFAULT_SETTINGS, SETTINGS_META } from './settings.js';
export { registerStage, withinProtection } from './stage.js';
