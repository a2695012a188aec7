import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { BlobTooLargeError, type BlobStore, type ByteRange } from './blob-store.js';

/** A request body the upload routes cannot take. Its `statusCode` reaches the client through the error handler. */
export class UploadRejectedError extends Error {
  readonly code = 'UPLOAD_REJECTED';
  constructor(
    readonly statusCode: 400 | 415,
    message: string,
  ) {
    super(message);
    this.name = 'UploadRejectedError';
  }
}

/**
 * Content-type parser that hands the route the request stream itself: register it, inside the upload routes'
 * own plugin (encapsulation keeps it off every other route), with
 * `app.addContentTypeParser('application/octet-stream', rawUploadParser)`.
 *
 * Why not `parseAs: 'buffer'`: that collects the whole body in memory. Passing the payload through is the
 * Fastify 5 way to stream, but Fastify then enforces no `bodyLimit` itself, so the limit is enforced twice here:
 * a declared Content-Length over the route's `bodyLimit` is refused with 413 before a byte is read, and
 * `uploadSource()` hands the same limit to `BlobStore.put` for chunked or lying clients.
 *
 * A compressed body (`Content-Encoding`) is refused: the store must hash the bytes the officer's device produced.
 * The SPA sends the file as the whole body with `Content-Type: application/octet-stream` (set it explicitly:
 * `fetch` would otherwise send `file.type`, which has no parser here and gets 415) and `X-File-Name`.
 */
export function rawUploadParser(
  request: FastifyRequest,
  payload: IncomingMessage,
  done: (err: Error | null, body?: unknown) => void,
): void {
  const encoding = request.headers['content-encoding'];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
    done(new UploadRejectedError(415, `不支持压缩的上传内容（Content-Encoding: ${encoding}）`));
    return;
  }
  const limit = request.routeOptions.bodyLimit;
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    // Fastify answers a parser error with `Connection: close`, so the unread body is not drained.
    done(new BlobTooLargeError(limit));
    return;
  }
  done(null, payload);
}

/**
 * The upload stream of a route using `rawUploadParser`, with the route's `bodyLimit` as `maxBytes` for
 * `BlobStore.put`: `const { source, maxBytes } = uploadSource(request); await store.put(source, { maxBytes })`.
 * Throws 400 when the request carried no body.
 */
export function uploadSource(request: FastifyRequest): { source: Readable; maxBytes: number } {
  const body = request.body;
  if (!(body instanceof Readable)) throw new UploadRejectedError(400, '未收到上传的文件内容');
  return { source: body, maxBytes: request.routeOptions.bodyLimit };
}

/** Longest file name kept, in characters (the extension is kept when a name is cut). */
export const MAX_FILE_NAME = 200;
const MAX_FILE_NAME_HEADER = 2048;

/**
 * The original file name from the `X-File-Name` header (percent-encoded UTF-8, e.g. `encodeURIComponent(file.name)`),
 * for display and for `Content-Disposition` on download; never a path on disk. Folders are stripped, control and
 * bidirectional-override characters removed, the length limited. Null when absent or undecodable.
 */
export function uploadedFileName(request: FastifyRequest): string | null {
  const raw = request.headers['x-file-name'];
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_FILE_NAME_HEADER) return null;
  let decoded: string;
  try {
    // Node reads header bytes as latin1: a client that sent raw UTF-8 instead of percent-encoding is read back as
    // UTF-8 (strictly, so that garbage becomes null rather than mojibake).
    decoded = /[^\x20-\x7e]/.test(raw)
      ? new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(raw, 'latin1'))
      : decodeURIComponent(raw);
  } catch {
    return null;
  }
  return cleanFileName(decoded);
}

// Control characters (header injection, terminal tricks) and bidirectional overrides ("evil\u202egpj.exe").
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A file name safe to show and to put in a header: last path part, no control or bidi characters, bounded. */
export function cleanFileName(name: string): string | null {
  const base = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const clean = base.replace(UNSAFE_IN_NAME, '').trim();
  if (clean === '' || /^\.+$/.test(clean)) return null;
  const chars = Array.from(clean);
  if (chars.length <= MAX_FILE_NAME) return clean;
  const ext = /\.[^.\s]{1,16}$/.exec(clean)?.[0] ?? '';
  return chars.slice(0, MAX_FILE_NAME - ext.length).join('') + ext;
}

/**
 * Reads a `Range` header against a blob of `size` bytes. Only a single range is served: `bytes=a-b`, `bytes=a-`,
 * `bytes=-n`. Returns the inclusive range, `'unsatisfiable'` (answer 416), or null to serve the whole blob: no
 * header, a syntax error, another unit or several ranges, all of which RFC 9110 (14.2) lets a server ignore.
 */
export function parseRangeHeader(
  header: string | undefined,
  size: number,
): ByteRange | 'unsatisfiable' | null {
  if (header === undefined) return null;
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  if (last !== '' && Number(last) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) };
}

const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i;
// Types a browser may render in the page; anything else (HTML, SVG, unknown) is forced to download so that an
// uploaded file can never run script in our origin.
const INLINE_SAFE = /^(image\/(jpeg|png)|application\/pdf|video\/[\w.+-]+|audio\/[\w.+-]+)$/i;

/**
 * `Content-Disposition` per RFC 6266 with an RFC 5987 UTF-8 name (`filename*=UTF-8''%E7%8E%B0...`) for Chinese
 * names, and a plain ASCII `filename="..."` fallback for old clients.
 */
export function contentDisposition(type: 'inline' | 'attachment', fileName: string | null): string {
  const name = fileName === null ? null : cleanFileName(fileName);
  if (name === null) return type;
  const fallback = asciiFallback(name);
  if (fallback === name) return `${type}; filename="${name}"`;
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

function asciiFallback(name: string): string {
  // '%' too: some browsers percent-decode the plain parameter (RFC 6266 appendix D).
  const ascii = name.replace(/[^\x20-\x7e]+/g, '_').replace(/["\\%]/g, '_');
  const ext = /\.[A-Za-z0-9]{1,16}$/.exec(ascii)?.[0] ?? '';
  const stem = ascii.slice(0, ascii.length - ext.length);
  return /^[_\s.]*$/.test(stem) ? `file${ext}` : ascii;
}

/** What `sendBlob` needs besides the store: the case record's metadata and the request's Range header. */
export interface SendBlobOptions {
  key: string;
  /** The size recorded at upload (the store is not asked again). */
  size: number;
  /** Original name for `Content-Disposition`; null sends none. */
  fileName: string | null;
  /** The sniffed type recorded at upload; null or malformed is served as application/octet-stream. */
  mime: string | null;
  /** `request.headers.range`. */
  rangeHeader: string | undefined;
  /** `inline` is honoured only for images, PDF, audio and video; other types are always `attachment`. */
  disposition: 'inline' | 'attachment';
}

/**
 * Streams a blob as the reply (`return sendBlob(reply, store, {...})` from a handler): 200 with the whole blob,
 * or 206 with `Content-Range` for a single satisfiable `Range` (video seeking, resumed downloads), or 416 with
 * `Content-Range: bytes *\/size`. Sets `Accept-Ranges`, `Content-Length`, `Content-Disposition`,
 * `X-Content-Type-Options: nosniff`, and `Cache-Control: private, no-store` unless the route set its own.
 * A HEAD request gets the headers only. Rejects with `BlobNotFoundError` before any header is sent.
 */
export async function sendBlob(
  reply: FastifyReply,
  store: BlobStore,
  opts: SendBlobOptions,
): Promise<FastifyReply> {
  const { key, size } = opts;
  const range = parseRangeHeader(opts.rangeHeader, size);
  reply.header('accept-ranges', 'bytes');
  reply.header('x-content-type-options', 'nosniff');
  if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'private, no-store');
  if (range === 'unsatisfiable') {
    return reply.code(416).header('content-range', `bytes */${size}`).send();
  }
  const head = reply.request.method === 'HEAD';
  // Opened before the success headers, so that a missing blob goes to the error handler as a clean 500.
  const stream = head ? null : await store.open(key, range ?? undefined);
  const mime = opts.mime !== null && MIME.test(opts.mime) ? opts.mime : 'application/octet-stream';
  const disposition = opts.disposition === 'inline' && INLINE_SAFE.test(mime) ? 'inline' : 'attachment';
  reply.header('content-type', mime);
  reply.header('content-disposition', contentDisposition(disposition, opts.fileName));
  if (range) {
    reply.code(206);
    reply.header('content-range', `bytes ${range.start}-${range.end}/${size}`);
    reply.header('content-length', String(range.end - range.start + 1));
  } else {
    reply.code(200);
    reply.header('content-length', String(size));
  }
  // HEAD gets an empty stream, not an empty body: Fastify's automatic HEAD route would rewrite Content-Length to 0
  // for an empty body, and would read a real stream to the end (2 GB) just to discard it.
  return reply.send(stream ?? Readable.from([]));
}
