import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sm3Hex } from '../crypto/sm.js';
import { BlobNotFoundError, BlobTooLargeError } from './blob-store.js';
import { DirectoryBlobStore, verifyBlob } from './directory-blob-store.js';
import { listFiles, PatternStream, patternSlice } from './test-streams.js';

const MB = 1024 * 1024;

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

let root: string;
let store: DirectoryBlobStore;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'zhifa-blobs-'));
  store = new DirectoryBlobStore(root, () => new Date('2025-03-09T12:00:00Z'));
});

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

describe('DirectoryBlobStore', () => {
  it('stores a blob under a generated yyyy/mm/uuid key with its size, SM3 and sniffed type', async () => {
    const body = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('现场检查笔录'.repeat(1000))]);
    const blob = await store.put(Readable.from([body.subarray(0, 3), body.subarray(3)]));
    expect(blob.key).toMatch(/^2025\/03\/[0-9a-f-]{36}$/);
    expect(blob.size).toBe(body.length);
    expect(blob.sm3).toBe(sm3Hex(body));
    expect(blob.sniffedType).toBe('application/pdf');
    expect(await readAll(await store.open(blob.key))).toEqual(body);
    expect(await store.stat(blob.key)).toEqual({ size: body.length });
    expect(await listFiles(root)).toEqual([blob.key]);
  });

  it('computes the GB/T 32905 SM3 test vector "abc"', async () => {
    const blob = await store.put(Readable.from([Buffer.from('abc')]));
    expect(blob.sm3).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(blob.sm3).toBe(sm3Hex('abc'));
  });

  it('writes files readable by the owner only', async () => {
    if (process.platform === 'win32') return;
    const blob = await store.put(Readable.from([Buffer.from('x')]));
    const stat = await fs.stat(path.join(root, blob.key));
    expect(stat.mode & 0o777).toBe(0o600);
  });

  it('stores an empty upload', async () => {
    const blob = await store.put(Readable.from([], { objectMode: false }));
    expect(blob).toMatchObject({ size: 0, sm3: sm3Hex(''), sniffedType: null });
  });

  it(
    'streams 1 GB with correct size and SM3 while RSS grows less than 64 MB',
    { timeout: 120_000 },
    async () => {
      const total = 1024 * MB;
      // Warm up code paths and stream buffers so that the baseline is not their first allocation.
      await store.put(new PatternStream(8 * MB));
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 25);
      const source = new PatternStream(total);
      const started = performance.now();
      try {
        const blob = await store.put(source);
        const seconds = (performance.now() - started) / 1000;
        peak = Math.max(peak, process.memoryUsage().rss);
        const growth = (peak - before) / MB;
        console.info(
          `[blob-store] 1 GiB put: ${(total / MB / seconds).toFixed(0)} MB/s (${seconds.toFixed(1)} s, ` +
            `generator and store each hash SM3), peak RSS growth ${growth.toFixed(1)} MB`,
        );
        expect(blob.size).toBe(total);
        expect(blob.sm3).toBe(source.sm3());
        expect((await fs.stat(path.join(root, blob.key))).size).toBe(total);
        expect(growth).toBeLessThan(64);
      } finally {
        clearInterval(sampler);
      }
    },
  );

  it('rejects past maxBytes with BlobTooLargeError and leaves no file', async () => {
    const source = new PatternStream(10 * MB);
    const err = await store.put(source, { maxBytes: 3 * MB + 5 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BlobTooLargeError);
    expect(err).toMatchObject({ maxBytes: 3 * MB + 5, statusCode: 413 });
    expect(source.destroyed).toBe(true);
    expect(await listFiles(root)).toEqual([]);
  });

  it('accepts a blob of exactly maxBytes', async () => {
    const blob = await store.put(new PatternStream(MB), { maxBytes: MB });
    expect(blob.size).toBe(MB);
  });

  it('propagates the error of a failing source and leaves no file', async () => {
    const failure = new Error('client aborted');
    const err = await store
      .put(new PatternStream(10 * MB, { bytes: 2 * MB, error: failure }))
      .catch((e: unknown) => e);
    expect(err).toBe(failure);
    expect(await listFiles(root)).toEqual([]);
  });

  it('reads byte ranges', async () => {
    const blob = await store.put(new PatternStream(5 * MB));
    const cases = [
      { start: 0, end: 0 },
      { start: 3, end: 70_000 },
      { start: 65_535, end: 65_536 },
      { start: 5 * MB - 10, end: 5 * MB - 1 },
    ];
    for (const range of cases)
      expect(await readAll(await store.open(blob.key, range))).toEqual(patternSlice(range.start, range.end));
  });

  it('rejects malformed keys and ranges, and reports unknown keys', async () => {
    await expect(store.open('../etc/passwd')).rejects.toThrow(TypeError);
    await expect(store.stat('2025/03/../../x')).rejects.toThrow(TypeError);
    const missing = '2025/03/00000000-0000-4000-8000-000000000000';
    expect(await store.stat(missing)).toBeNull();
    await expect(store.open(missing)).rejects.toBeInstanceOf(BlobNotFoundError);
    const blob = await store.put(Readable.from([Buffer.from('abc')]));
    await expect(store.open(blob.key, { start: 2, end: 1 })).rejects.toThrow(RangeError);
    expect(await text(await store.open(blob.key, { start: 1, end: 99 }))).toBe('bc');
  });

  it('verifies a stored blob and detects a changed byte', async () => {
    const blob = await store.put(new PatternStream(3 * MB));
    expect(await verifyBlob(store, blob.key, blob.sm3)).toEqual({ ok: true, size: 3 * MB, sm3: blob.sm3 });
    const handle = await fs.open(path.join(root, blob.key), 'r+');
    await handle.write(Buffer.from([0x42]), 0, 1, 2 * MB);
    await handle.close();
    const tampered = await verifyBlob(store, blob.key, blob.sm3);
    expect(tampered.ok).toBe(false);
    expect(tampered.size).toBe(3 * MB);
  });
});
