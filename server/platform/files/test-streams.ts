import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { sm3Hasher } from '../crypto/sm.js';

/*
 * Test support only (imported by the *.test.ts files here): large generated streams whose bytes can be recomputed
 * at any offset, so that gigabyte tests need neither a gigabyte buffer nor a fixture file.
 */

export const PATTERN_CHUNK = 64 * 1024;

/** Chunk `index` of the pattern: its index in the first 4 bytes, then one byte value that varies per chunk. */
export function patternChunk(index: number, length = PATTERN_CHUNK): Buffer {
  // A fresh buffer per chunk, never a reused one: a store that kept chunks would then show up in RSS.
  const chunk = Buffer.allocUnsafe(length).fill((index * 31 + 7) & 0xff);
  const tag = Buffer.alloc(4);
  tag.writeUInt32BE(index >>> 0);
  tag.copy(chunk, 0, 0, Math.min(4, length));
  return chunk;
}

/** Bytes `start..end` (inclusive) of the pattern. */
export function patternSlice(start: number, end: number): Buffer {
  const parts: Buffer[] = [];
  for (let i = Math.floor(start / PATTERN_CHUNK); i * PATTERN_CHUNK <= end; i++) {
    const chunk = patternChunk(i);
    const from = Math.max(start - i * PATTERN_CHUNK, 0);
    const to = Math.min(end - i * PATTERN_CHUNK + 1, PATTERN_CHUNK);
    parts.push(chunk.subarray(from, to));
  }
  return Buffer.concat(parts);
}

/**
 * A Readable producing `total` bytes of the pattern on demand (respecting backpressure: a chunk is made only when
 * the consumer asks), hashing them with SM3 as it goes; `sm3()` is the expected digest once it has ended.
 * Optionally fails with `failAfter`'s error once that many bytes have been produced.
 */
export class PatternStream extends Readable {
  private produced = 0;
  private index = 0;
  private readonly hash = sm3Hasher();
  private digest: string | null = null;

  constructor(
    private readonly total: number,
    private readonly failAfter?: { bytes: number; error: Error },
  ) {
    super({ highWaterMark: PATTERN_CHUNK });
  }

  override _read(): void {
    if (this.failAfter && this.produced >= this.failAfter.bytes) {
      this.destroy(this.failAfter.error);
      return;
    }
    if (this.produced >= this.total) {
      this.digest = this.hash.digest('hex');
      this.push(null);
      return;
    }
    const chunk = patternChunk(this.index++, Math.min(PATTERN_CHUNK, this.total - this.produced));
    this.produced += chunk.length;
    this.hash.update(chunk);
    this.push(chunk);
  }

  /** SM3 of everything produced; only after the end. */
  sm3(): string {
    if (this.digest === null) throw new Error('PatternStream has not ended');
    return this.digest;
  }
}

/** Every file under `root`, relative paths, temporary files included. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}
