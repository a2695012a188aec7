/**
 * Case evidence files (photos, PDFs, 执法记录仪 audio and video), streamed and stored with their SM3 and size.
 * Import from here; `blob-meter.ts` and `test-streams.ts` are internals.
 */
export {
  assertBlobKey,
  BlobNotFoundError,
  BlobTooLargeError,
  type BlobStore,
  type ByteRange,
  type PutOptions,
  type StoredBlob,
} from './blob-store.js';
export { DirectoryBlobStore, verifyBlob, type BlobVerification } from './directory-blob-store.js';
export { MemoryBlobStore } from './memory-blob-store.js';
export { SNIFF_BYTES, sniffType } from './sniff.js';
export {
  cleanFileName,
  contentDisposition,
  MAX_FILE_NAME,
  parseRangeHeader,
  rawUploadParser,
  sendBlob,
  uploadedFileName,
  UploadRejectedError,
  uploadSource,
  type SendBlobOptions,
} from './http.js';
