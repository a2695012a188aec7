import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BlobMeter } from './blob-meter.js';
import {
  assertBlobKey,
  assertByteRange,
  BlobNotFoundError,
  newBlobKey,
  type BlobStore,
  type ByteRange,
  type PutOptions,
  type StoredBlob,
} from './blob-store.js';

const isNotFound = (err: unknown): boolean => (err as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Blobs as files under a root folder (the caller passes `DATA_DIR/blobs`): `<root>/yyyy/mm/<uuid>`, mode 0600.
 *
 * An upload is written to a temporary file `.<uuid>.part` in the same folder as its final name, hashed and counted
 * on the way (one pass), fsynced, then renamed. The rename is atomic within one file system, so a reader (or a
 * crash) sees either the whole blob or nothing; temporary names can never be opened as keys. A failed upload
 * removes its temporary file. Only a crash mid-upload can leave one; it is never served, and an operator may sweep
 * `.*.part` files older than a day.
 */
export class DirectoryBlobStore implements BlobStore {
  /**
   * @param root folder holding the blobs; created on first write.
   * @param now clock for the `yyyy/mm` key prefix (injected for tests).
   */
  constructor(
    private readonly root: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async put(source: Readable, opts: PutOptions = {}): Promise<StoredBlob> {
    const key = newBlobKey(this.now());
    const file = this.fileFor(key);
    const dir = path.dirname(file);
    await fsp.mkdir(dir, { recursive: true, mode: 0o700 });
    const tmp = path.join(dir, `.${crypto.randomUUID()}.part`);
    const meter = new BlobMeter(opts.maxBytes);
    // 'wx': never reuse an existing file. `flush`: fsync before close, so that the rename below publishes bytes
    // that are on disk, not only in the page cache.
    const out = fs.createWriteStream(tmp, { flags: 'wx', mode: 0o600, flush: true });
    try {
      // pipeline() respects backpressure end to end: when the disk is slower than the client, the write stream's
      // buffer fills, the meter stops reading, and the socket is paused (TCP window closes) instead of the upload
      // piling up in memory. It also destroys every stage on any error (an aborted request, the size limit).
      await pipeline(source, meter, out);
      await fsp.rename(tmp, file);
    } catch (err) {
      // Nothing of a failed upload stays behind. Wait for the descriptor to close first (Windows cannot unlink an
      // open file); not with events.once, which would reject on the destroyed stream's 'error' and skip the rm.
      if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
      await fsp.rm(tmp, { force: true });
      throw err;
    }
    await syncDirectory(dir);
    return { key, size: meter.size, sm3: meter.sm3Hex(), sniffedType: meter.sniffedType() };
  }

  async open(key: string, range?: ByteRange): Promise<Readable> {
    const file = this.fileFor(key);
    if (range) assertByteRange(range);
    // Open the descriptor first so that a missing blob rejects here rather than as a later stream error.
    let handle: fsp.FileHandle;
    try {
      handle = await fsp.open(file, 'r');
    } catch (err) {
      if (isNotFound(err)) throw new BlobNotFoundError(key);
      throw err;
    }
    return handle.createReadStream(range ? { start: range.start, end: range.end } : {});
  }

  async stat(key: string): Promise<{ size: number } | null> {
    try {
      const stat = await fsp.stat(this.fileFor(key));
      return { size: stat.size };
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  private fileFor(key: string): string {
    assertBlobKey(key);
    return path.join(this.root, ...key.split('/'));
  }
}

/** Makes the rename itself durable. Not possible on every platform (Windows cannot open a folder): best effort. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(dir, 'r');
    await handle.sync();
  } catch {
    // The blob is complete either way; only its durability across a power cut is weaker.
  } finally {
    await handle?.close();
  }
}

/** The outcome of `verifyBlob`. */
export interface BlobVerification {
  ok: boolean;
  size: number;
  sm3: string;
}

/**
 * Reads a blob back from any `BlobStore` and re-hashes it, streaming, against the SM3 recorded when it was stored:
 * the integrity check of the whole-process record (全过程记录). Rejects with `BlobNotFoundError` when it is
 * missing, which is itself an integrity failure.
 */
export async function verifyBlob(
  store: BlobStore,
  key: string,
  expectedSm3: string,
): Promise<BlobVerification> {
  const meter = new BlobMeter();
  await pipeline(await store.open(key), meter, async (hashed: AsyncIterable<Buffer>) => {
    for await (const _ of hashed);
  });
  const sm3 = meter.sm3Hex();
  return { ok: sm3 === expectedSm3.toLowerCase(), size: meter.size, sm3 };
}
