import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { sm3Hex } from '../crypto/sm.js';
import { BlobNotFoundError, BlobTooLargeError } from './blob-store.js';
import { verifyBlob } from './directory-blob-store.js';
import { MemoryBlobStore } from './memory-blob-store.js';
import { PatternStream } from './test-streams.js';

describe('MemoryBlobStore', () => {
  it('behaves like the directory store for callers under test', async () => {
    const store = new MemoryBlobStore(() => new Date('2024-12-31T23:59:59Z'));
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const blob = await store.put(Readable.from([png]));
    expect(blob).toEqual({
      key: expect.stringMatching(/^2024\/12\/[0-9a-f-]{36}$/) as unknown,
      size: png.length,
      sm3: sm3Hex(png),
      sniffedType: 'image/png',
    });
    expect(store.get(blob.key)).toEqual(png);
    expect(await store.stat(blob.key)).toEqual({ size: png.length });
    expect(await text(await store.open(blob.key, { start: 1, end: 3 }))).toBe('PNG');
    expect(await verifyBlob(store, blob.key, blob.sm3)).toMatchObject({ ok: true });
  });

  it('keeps nothing from an upload over maxBytes or a failing source', async () => {
    const store = new MemoryBlobStore();
    await expect(store.put(new PatternStream(100_000), { maxBytes: 99_999 })).rejects.toBeInstanceOf(
      BlobTooLargeError,
    );
    const failure = new Error('aborted');
    await expect(store.put(new PatternStream(200_000, { bytes: 70_000, error: failure }))).rejects.toBe(
      failure,
    );
    expect(store.count).toBe(0);
  });

  it('reports unknown keys', async () => {
    const store = new MemoryBlobStore();
    const missing = '2025/01/00000000-0000-4000-8000-000000000000';
    expect(await store.stat(missing)).toBeNull();
    await expect(store.open(missing)).rejects.toBeInstanceOf(BlobNotFoundError);
  });
});
