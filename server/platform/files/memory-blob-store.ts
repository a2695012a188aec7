import { Readable, Writable } from 'node:stream';
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

/**
 * A `BlobStore` in memory, FOR TESTS ONLY (unit tests of the code that calls a store). Unlike the real stores it
 * buffers every blob whole, so it must never back a server: one body-camera video would take gigabytes of heap.
 * Otherwise it behaves the same: generated keys, SM3, sniffing, `maxBytes`, nothing kept from a failed upload.
 */
export class MemoryBlobStore implements BlobStore {
  private readonly blobs = new Map<string, Buffer>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async put(source: Readable, opts: PutOptions = {}): Promise<StoredBlob> {
    const meter = new BlobMeter(opts.maxBytes);
    const chunks: Buffer[] = [];
    const collect = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
    });
    await pipeline(source, meter, collect);
    const key = newBlobKey(this.now());
    this.blobs.set(key, Buffer.concat(chunks));
    return { key, size: meter.size, sm3: meter.sm3Hex(), sniffedType: meter.sniffedType() };
  }

  async open(key: string, range?: ByteRange): Promise<Readable> {
    const data = this.get(key);
    if (range) assertByteRange(range);
    const bytes = range ? data.subarray(range.start, range.end + 1) : data;
    return Readable.from([bytes], { objectMode: false });
  }

  async stat(key: string): Promise<{ size: number } | null> {
    assertBlobKey(key);
    const data = this.blobs.get(key);
    return data ? { size: data.length } : null;
  }

  /** The stored bytes, for assertions in tests. */
  get(key: string): Buffer {
    assertBlobKey(key);
    const data = this.blobs.get(key);
    if (!data) throw new BlobNotFoundError(key);
    return data;
  }

  /** Number of stored blobs, for assertions in tests (e.g. nothing kept from a failed upload). */
  get count(): number {
    return this.blobs.size;
  }
}
