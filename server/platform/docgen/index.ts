/**
 * Official-document (文书) rendering: a template builds a `DocSpec`, and `renderPdf` / `renderDocx` turn it into
 * the sealed record (PDF, byte-stable for hashing) or the editable working copy (DOCX).
 *
 *   const pdf = await renderPdf(spec);          // Buffer, starts with %PDF
 *   const docx = await renderDocx(spec);        // Buffer, a zip
 *   const { pdf, starts } = await renderPdfBundle({ cover, tocTitle: '卷内目录', entries }); // the 卷宗
 *   log.info({ font: resolveFonts().source });  // 'system-noto-cjk' | 'npm-noto-serif-sc'
 */
export {
  chineseDate,
  plainText,
  type Align,
  type Block,
  type DocSpec,
  type Field,
  type FieldsBlock,
  type HeadingBlock,
  type ParagraphBlock,
  type RichText,
  type Run,
  type SealBlock,
  type SignatureLine,
  type SignaturesBlock,
  type SpacerBlock,
  type TableBlock,
  type TableCell,
  type TableRow,
} from './doc-spec.js';
export { renderPdf, DocLayoutError, type RenderPdfOptions } from './render-pdf.js';
export { renderDocx } from './render-docx.js';
export { renderPdfBundle, type BundleEntry, type BundleInput, type RenderedBundle } from './bundle.js';
export {
  resolveFonts,
  type FontFace,
  type FontLookup,
  type FontSource,
  type ResolvedFonts,
} from './fonts.js';
