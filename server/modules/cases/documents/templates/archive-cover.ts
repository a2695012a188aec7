import type { BundleEntry, BundleInput, DocSpec, TableCell } from '../../../../platform/docgen/index.js';
import { dateZh } from '../format.js';
import type { ArchiveModel } from '../models.js';

const label = (text: string): TableCell => ({ text, align: 'center' });
const value = (text: string, colSpan = 1): TableCell => ({ text, colSpan });

/**
 * 卷宗封面 of an archived penalty case: the 案卷号, the case, the party, the 承办人, the dates of filing, closing
 * and archiving, the retention period and the page count of the volume (本卷共 N 页: `model.pages`, or the
 * count passed in by the bundle).
 */
export function archiveCover(m: ArchiveModel, totalPages?: number): DocSpec {
  const pages = m.pages ?? totalPages;
  return {
    issuedAt: m.archivedOn,
    header: m.agency.name,
    title: '行政处罚案卷',
    subject: m.caseNo,
    blocks: [
      { kind: 'spacer', lines: 2 },
      {
        kind: 'table',
        columns: [1.3, 2.5, 1.3, 2.5],
        rows: [
          { minLines: 1.5, cells: [label('案卷号'), value(m.archiveNo, 3)] },
          { minLines: 1.5, cells: [label('案件编号'), value(m.caseNo, 3)] },
          { minLines: 2, cells: [label('案由'), value(m.cause, 3)] },
          { minLines: 1.5, cells: [label('当事人'), value(m.partyName, 3)] },
          { minLines: 1.5, cells: [label('承办人'), value(m.handlers.join('、'), 3)] },
          {
            minLines: 1.5,
            cells: [
              label('立案日期'),
              value(dateZh(m.filedOn)),
              label('结案日期'),
              value(dateZh(m.closedOn)),
            ],
          },
          {
            minLines: 1.5,
            cells: [label('归档日期'), value(dateZh(m.archivedOn)), label('保管期限'), value(m.retention)],
          },
          ...(m.compiler ? [{ minLines: 1.5, cells: [label('立卷人'), value(m.compiler, 3)] }] : []),
        ],
      },
      { kind: 'spacer', lines: 1 },
      {
        kind: 'paragraph',
        align: 'center',
        indent: 0,
        text: pages === undefined ? '本卷共　　页' : `本卷共 ${pages} 页`,
      },
    ],
  };
}

/** SM3 in rows of 16 hex digits, so that its column leaves room for the names. */
function digest(sm3: string): string {
  return (sm3.toLowerCase().match(/.{1,16}/g) ?? []).join('\n');
}

/** 证据清单 bound at the end of the volume: each item with its stored file and that file's SM3 digest. */
export function evidenceList(m: ArchiveModel): DocSpec {
  return {
    issuedAt: m.archivedOn,
    header: m.agency.name,
    title: '证据清单',
    subject: m.caseNo,
    blocks: [
      {
        kind: 'table',
        columns: [34, 172, 118, 118],
        headerRows: 1,
        rows: [
          { cells: ['序号', '证据名称', '文件', 'SM3 摘要'].map(label) },
          ...m.evidence.map((e) => ({
            cells: [{ ...label(String(e.seq)) }, { text: e.name }, { text: e.file }, { text: digest(e.sm3) }],
          })),
        ],
      },
      {
        kind: 'paragraph',
        size: 'small',
        indent: 0,
        text:
          '注：SM3 摘要为证据文件存入本系统时按《信息安全技术 SM3密码杂凑算法》（GB/T 32905—2016）计算的杂凑值，' +
          '可用以核验文件自存入后未被改动。',
      },
    ],
  };
}

/**
 * The case file as a bundle for `renderPdfBundle`: this cover (with the page count filled in), the 卷内目录, the
 * documents in the order given, and the evidence list when there is evidence.
 */
export function archiveBundleInput(m: ArchiveModel, entries: BundleEntry[]): BundleInput {
  return {
    cover: (total) => archiveCover(m, total),
    tocTitle: '卷内目录',
    tocHeader: m.agency.name,
    entries,
    appendix: m.evidence.length ? [evidenceList(m)] : [],
  };
}
