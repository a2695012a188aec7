import { describe, expect, it } from 'vitest';
import type { DocSpec } from './doc-spec.js';
import { renderDocx } from './render-docx.js';
import { zipEntry } from './test-helpers.js';

const SPEC: DocSpec = {
  issuedAt: '2026-11-24',
  header: '赤峰市应急管理局',
  title: '送达回证',
  number: { text: '赤应急送〔2026〕3号' },
  blocks: [
    { kind: 'fields', rows: [{ label: '受送达人', value: '赤峰某化工有限公司' }] },
    {
      kind: 'table',
      columns: [1, 3],
      rows: [
        { cells: [{ text: '当事人', rowSpan: 2 }, { text: '赤峰某化工有限公司' }] },
        { cells: [{ text: '地址：赤峰市红山区' }] },
        { minLines: 3, cells: [{ text: '备注' }, { text: '', footer: '签名：　　　　' }] },
      ],
    },
    { kind: 'signatures', lines: [{ label: '受送达人签名' }] },
    { kind: 'seal', agency: '赤峰市应急管理局', date: '2026-11-24', mark: '（印章）' },
  ],
};

describe('renderDocx', () => {
  it('writes a Word document with the content, Chinese font names and page numbers', async () => {
    const docx = await renderDocx(SPEC);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const xml = zipEntry(docx, 'word/document.xml')!.toString('utf8');
    for (const text of [
      '赤峰市应急管理局',
      '送达回证',
      '赤应急送〔2026〕3号',
      '受送达人：赤峰某化工有限公司',
      '二〇二六年十一月二十四日',
    ])
      expect(xml).toContain(text);
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).toContain('w:vMerge');
    const footer = zipEntry(docx, 'word/footer1.xml')!.toString('utf8');
    expect(footer).toContain('NUMPAGES');
  });
});
