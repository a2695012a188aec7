import { describe, expect, it } from 'vitest';
import type { DocumentKind } from '../../../../common/contracts/cases.js';
import { renderDocx, renderPdfBundle } from '../../../platform/docgen/index.js';
import { pdfLines, pdfPageCount, pdfText, zipEntry } from '../../../platform/docgen/test-helpers.js';
import { bundleEntry, DOCUMENT_KINDS } from './registry.js';
import { SAMPLE_ARCHIVE, SAMPLE_MODELS } from './samples.js';
import { archiveBundleInput, archiveCover, evidenceList } from './templates/archive-cover.js';

const KINDS = [
  'filing_approval',
  'penalty_notice',
  'penalty_decision',
  'payment_deferral_decision',
  'closing_approval',
] as const satisfies readonly DocumentKind[];

/** Each kind with its own sample model (generic, so the model's type follows the kind). */
const entryOf = <K extends DocumentKind>(kind: K) => bundleEntry(kind, SAMPLE_MODELS[kind]);
const entries = () => KINDS.map(entryOf);

describe('archived case file', () => {
  it('binds cover, contents, documents and evidence list, the cover stating the page count', async () => {
    const { pdf, pages, starts, appendixStarts } = await renderPdfBundle(
      archiveBundleInput(SAMPLE_ARCHIVE, entries()),
    );
    expect(pdfPageCount(pdf)).toBe(pages);
    expect(appendixStarts).toEqual([pages]);

    const cover = pdfText(pdf, 1);
    for (const phrase of [
      '行政处罚案卷',
      '案卷号赤应急档〔2027〕3号',
      '案件编号赤应急案〔2026〕12号',
      '当事人赤峰某化工有限公司',
      '承办人李某、王某',
      '保管期限长期',
      '立卷人李某',
      `本卷共${pages}页`,
    ])
      expect(cover).toContain(phrase);
    expect(cover).toContain('赤峰某化工有限公司未取得危险化学品经营许可证经营危险化学品案');
    expect(cover).toMatch(/立案日期2026年10月14日/);
    expect(cover).toMatch(/归档日期2027年3月10日/);

    const toc = pdfLines(pdf, 2);
    expect(toc).toContain('卷内目录');
    expect(toc).toContain('1立案审批表赤应急立〔2026〕12号202610133');
    expect(toc).toContain(`3行政处罚决定书赤应急罚〔2026〕12号20261124${starts[2]}`);
    expect(toc).toContain(`5结案审批表20270302${starts[4]}`);
    expect(toc).toContain(`6证据清单20270310${pages}`);

    KINDS.forEach((k, i) => expect(pdfText(pdf, starts[i])).toContain(DOCUMENT_KINDS[k].name));
    const list = pdfText(pdf, pages);
    expect(list).toContain('证据清单');
    expect(list).toContain('SM3摘要');
    expect(list).toContain('现场照片（12张）.zip');
    // The whole digest is printed, in rows of sixteen.
    expect(list).toContain('5108deb71ee1d00d8e14ad48f2ddee3dca264528a5ae802ac5a682ee11ecc0d7');
  }, 30_000);

  it('renders the same case file to the same bytes', async () => {
    const a = await renderPdfBundle(archiveBundleInput(SAMPLE_ARCHIVE, entries()));
    const b = await renderPdfBundle(archiveBundleInput(SAMPLE_ARCHIVE, entries()));
    expect(a.pdf.equals(b.pdf)).toBe(true);
  }, 30_000);

  it('prints the page count given in the model, or a blank for it', () => {
    expect(archiveCover({ ...SAMPLE_ARCHIVE, pages: 57 }, 24).blocks).toContainEqual(
      expect.objectContaining({ text: '本卷共 57 页' }),
    );
    expect(archiveCover(SAMPLE_ARCHIVE).blocks).toContainEqual(
      expect.objectContaining({ text: '本卷共　　页' }),
    );
  });

  it('leaves the evidence list out when the case has no evidence file', () => {
    const input = archiveBundleInput({ ...SAMPLE_ARCHIVE, evidence: [] }, entries());
    expect(input.appendix).toEqual([]);
  });

  it('renders the cover and the evidence list as DOCX too', async () => {
    for (const spec of [archiveCover(SAMPLE_ARCHIVE, 24), evidenceList(SAMPLE_ARCHIVE)]) {
      const xml = zipEntry(await renderDocx(spec), 'word/document.xml')?.toString('utf8') ?? '';
      expect(xml).toContain(spec.title);
    }
  });
});
