/** Test helpers for rendered documents: text of a PDF through poppler, one entry of a DOCX zip. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * The text of a PDF (or of one page) as poppler's pdftotext reads it, all whitespace removed: justified lines come
 * out with gaps.
 */
export function pdfText(pdf: Buffer, page?: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
    return execFileSync('pdftotext', ['-enc', 'UTF-8', ...pages, file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      '',
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The lines of a PDF page as poppler lays them out physically (pdftotext -layout), whitespace removed from each and
 * empty lines dropped: a table row reads across its cells, where `pdfText` may read a table column by column.
 */
export function pdfLines(pdf: Buffer, page: number): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    const args = ['-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'];
    return execFileSync('pdftotext', args, { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.replace(/\s+/g, ''))
      .filter((l) => l.length > 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Number of pages, from the page tree. */
export function pdfPageCount(pdf: Buffer): number {
  const m = /\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString('latin1'));
  if (!m) throw new Error('no page tree');
  return Number(m[1]);
}

/** One file of a zip (a DOCX), found through the central directory. */
export function zipEntry(zip: Buffer, name: string): Buffer | null {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const entry = zip.toString('utf8', p + 46, p + 46 + nameLen);
    if (entry === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 0 ? Buffer.from(data) : zlib.inflateRawSync(data);
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  return null;
}
