/**
 * The penalty-case 文书: typed view models, a template per form, and `render(kind, model, 'pdf' | 'docx')`.
 * Layout and fonts live in platform/docgen.
 */
export {
  DOCUMENT_KINDS,
  buildSpec,
  bundleEntry,
  documentNumber,
  render,
  type DocumentFormat,
  type DocumentKindInfo,
  type DocumentModels,
} from './registry.js';
export type * from './models.js';
export { yuan, capitalYuan, dateZh, dateTimeZh, timeRangeZh, countZh } from './format.js';
export { archiveBundleInput, archiveCover, evidenceList } from './templates/archive-cover.js';
export { CLOSING_BASIS_2015 } from './templates/closing-approval.js';
