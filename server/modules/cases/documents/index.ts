/**
 * The penalty-case 文书: typed view models, a template per form, and `render(kind, model, 'pdf' | 'docx')`.
 * Layout and fonts live in platform/docgen.
 */
export {
  DOCUMENT_KINDS,
  buildSpec,
  documentNumber,
  render,
  type DocumentFormat,
  type DocumentKindInfo,
  type DocumentModels,
} from './registry.js';
export type * from './models.js';
export { yuan, capitalYuan, dateZh, dateTimeZh, timeRangeZh, countZh } from './format.js';
