import { Transform, type TransformCallback } from 'node:stream';
import { sm3Hasher } from '../crypto/sm.js';
import { BlobTooLargeError } from './blob-store.js';
import { SNIFF_BYTES, sniffType } from './sniff.js';

/**
 * A pass-through stage that hashes (SM3), counts and sniffs the bytes flowing through it, in the same single pass
 * that writes them, and fails the pipeline as soon as the count passes `maxBytes`. Chunks are passed on as they
 * are (no copy); only the first `SNIFF_BYTES` are kept, for type detection.
 */
export class BlobMeter extends Transform {
  size = 0;
  private readonly hash = sm3Hasher();
  private digest: string | null = null;
  private head: Buffer[] = [];
  private headLength = 0;
  private sniffed: string | null = null;

  constructor(private readonly maxBytes = Number.POSITIVE_INFINITY) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    // Checked before the chunk goes on, so no byte past the limit reaches storage.
    if (this.size + chunk.length > this.maxBytes) return callback(new BlobTooLargeError(this.maxBytes));
    this.size += chunk.length;
    this.hash.update(chunk);
    if (this.headLength < SNIFF_BYTES) {
      // The first chunk may be tiny (a slow client), so collect up to SNIFF_BYTES across chunks.
      const part = chunk.subarray(0, SNIFF_BYTES - this.headLength);
      this.head.push(Buffer.from(part));
      this.headLength += part.length;
    }
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.digest = this.hash.digest('hex');
    this.sniffed = sniffType(Buffer.concat(this.head));
    this.head = [];
    callback();
  }

  /** SM3 of everything that passed, lowercase hex; only after the stream has ended. */
  sm3Hex(): string {
    if (this.digest === null) throw new Error('BlobMeter: the stream has not ended');
    return this.digest;
  }

  /** The sniffed MIME type or null; only after the stream has ended. */
  sniffedType(): string | null {
    if (this.digest === null) throw new Error('BlobMeter: the stream has not ended');
    return this.sniffed;
  }
}
