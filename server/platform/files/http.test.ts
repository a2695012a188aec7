import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandler } from '../http/errors.js';
import { BlobTooLargeError, type StoredBlob } from './blob-store.js';
import { DirectoryBlobStore } from './directory-blob-store.js';
import {
  cleanFileName,
  contentDisposition,
  parseRangeHeader,
  rawUploadParser,
  sendBlob,
  uploadedFileName,
  uploadSource,
} from './http.js';
import { listFiles, PatternStream, patternSlice } from './test-streams.js';

const MB = 1024 * 1024;
const BIG = 300 * MB;

interface Evidence extends StoredBlob {
  fileName: string | null;
}

let root: string;
let app: FastifyInstance;
let port: number;
const evidence = new Map<string, Evidence>();
/** The store's put() of the latest upload, so tests can see how it settled even when the client got no answer. */
let lastPut: Promise<StoredBlob> | null = null;

async function buildTestApp(store: DirectoryBlobStore): Promise<FastifyInstance> {
  const server = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  registerErrorHandler(server);
  // The way an upload route registers the parser: inside its own plugin, so other routes keep JSON only.
  await server.register(async (uploads) => {
    uploads.addContentTypeParser('application/octet-stream', rawUploadParser);
    const upload = async (request: FastifyRequest) => {
      const { source, maxBytes } = uploadSource(request);
      lastPut = store.put(source, { maxBytes });
      const blob = await lastPut;
      const record = { ...blob, fileName: uploadedFileName(request) };
      evidence.set(blob.key.split('/')[2]!, record);
      return record;
    };
    uploads.post('/evidence', { bodyLimit: 400 * MB }, upload);
    uploads.post('/small', { bodyLimit: MB }, upload);
  });
  server.post('/json-only', async () => ({ ok: true }));
  server.get<{ Params: { id: string }; Querystring: { inline?: string } }>(
    '/evidence/:id',
    async (request, reply) => {
      const record = evidence.get(request.params.id);
      if (!record) return reply.code(404).send();
      return sendBlob(reply, store, {
        key: record.key,
        size: record.size,
        fileName: record.fileName,
        mime: record.sniffedType,
        rangeHeader: request.headers.range,
        disposition: request.query.inline ? 'inline' : 'attachment',
      });
    },
  );
  return server;
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  sm3: string;
}

/** One request over a fresh connection; the answer's body is kept only when small, always hashed. */
function call(
  method: string,
  url: string,
  opts: { headers?: http.OutgoingHttpHeaders; body?: Readable; abortAfter?: number } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path: url, headers: opts.headers, agent: false },
      (res) => {
        const hash = crypto.createHash('sm3');
        const kept: Buffer[] = [];
        let length = 0;
        res.on('data', (chunk: Buffer) => {
          hash.update(chunk);
          length += chunk.length;
          if (length <= 4 * MB) kept.push(chunk);
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(kept),
            sm3: hash.digest('hex'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (!opts.body) {
      req.end();
      return;
    }
    const body = opts.body;
    if (opts.abortAfter !== undefined) {
      let sent = 0;
      const limit = opts.abortAfter;
      body.on('data', (chunk: Buffer) => {
        sent += chunk.length;
        if (sent >= limit) req.destroy(new Error('client gave up'));
      });
    }
    // Errors surface through req's 'error' handler; pipeline only has to stream with backpressure.
    pipeline(body, req).catch(() => {});
  });
}

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'zhifa-blob-http-'));
  app = await buildTestApp(new DirectoryBlobStore(root));
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await app?.close();
  await fs.rm(root, { recursive: true, force: true });
});

describe('upload and download over HTTP', () => {
  let uploaded: Evidence;
  let expectedSm3: string;

  it('streams a 300 MB upload into the store', { timeout: 60_000 }, async () => {
    const source = new PatternStream(BIG);
    const answer = await call('POST', '/evidence', {
      headers: {
        'content-type': 'application/octet-stream',
        'content-length': BIG,
        'x-file-name': encodeURIComponent('D:\\执法记录仪\\现场检查 2025-03-09.mp4'),
      },
      body: source,
    });
    expect(answer.status).toBe(200);
    uploaded = JSON.parse(answer.body.toString()) as Evidence;
    expectedSm3 = source.sm3();
    expect(uploaded).toMatchObject({ size: BIG, sm3: expectedSm3, fileName: '现场检查 2025-03-09.mp4' });
    expect(await listFiles(root)).toEqual([uploaded.key]);
  });

  it('serves a byte range with 206 and Content-Range', async () => {
    const id = uploaded.key.split('/')[2]!;
    const answer = await call('GET', `/evidence/${id}`, { headers: { range: 'bytes=100000000-100000999' } });
    expect(answer.status).toBe(206);
    expect(answer.headers).toMatchObject({
      'content-range': `bytes 100000000-100000999/${BIG}`,
      'content-length': '1000',
      'accept-ranges': 'bytes',
      'content-type': 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'content-disposition':
        'attachment; filename="_ 2025-03-09.mp4"; ' +
        "filename*=UTF-8''%E7%8E%B0%E5%9C%BA%E6%A3%80%E6%9F%A5%202025-03-09.mp4",
    });
    expect(answer.body).toEqual(patternSlice(100_000_000, 100_000_999));
  });

  it('serves a suffix range, and 416 past the end', async () => {
    const id = uploaded.key.split('/')[2]!;
    const tail = await call('GET', `/evidence/${id}`, { headers: { range: 'bytes=-70000' } });
    expect(tail.status).toBe(206);
    expect(tail.headers['content-range']).toBe(`bytes ${BIG - 70_000}-${BIG - 1}/${BIG}`);
    expect(tail.body).toEqual(patternSlice(BIG - 70_000, BIG - 1));
    const past = await call('GET', `/evidence/${id}`, { headers: { range: `bytes=${BIG}-` } });
    expect(past.status).toBe(416);
    expect(past.headers['content-range']).toBe(`bytes */${BIG}`);
    expect(past.body.length).toBe(0);
  });

  it('answers HEAD with the headers only', async () => {
    const id = uploaded.key.split('/')[2]!;
    const head = await call('HEAD', `/evidence/${id}`);
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(BIG));
    expect(head.body.length).toBe(0);
  });

  it('streams the whole blob back unchanged', { timeout: 60_000 }, async () => {
    const id = uploaded.key.split('/')[2]!;
    const whole = await call('GET', `/evidence/${id}`);
    expect(whole.status).toBe(200);
    expect(whole.headers['content-length']).toBe(String(BIG));
    expect(whole.sm3).toBe(expectedSm3);
  });

  it('serves a sniffed image inline only when asked, and never an unknown type', async () => {
    const jpeg = Buffer.concat([Buffer.from('ffd8ffe000104a464946', 'hex'), Buffer.alloc(100)]);
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    const sent: string[] = [];
    for (const body of [jpeg, html]) {
      const answer = await call('POST', '/small', {
        headers: { 'content-type': 'application/octet-stream', 'x-file-name': 'photo.jpg' },
        body: Readable.from([body]),
      });
      sent.push((JSON.parse(answer.body.toString()) as Evidence).key.split('/')[2]!);
    }
    const image = await call('GET', `/evidence/${sent[0]}?inline=1`);
    expect(image.headers).toMatchObject({
      'content-type': 'image/jpeg',
      'content-disposition': 'inline; filename="photo.jpg"',
    });
    const page = await call('GET', `/evidence/${sent[1]}?inline=1`);
    expect(page.headers).toMatchObject({
      'content-type': 'application/octet-stream',
      'content-disposition': 'attachment; filename="photo.jpg"',
    });
  });

  it('refuses a declared Content-Length over bodyLimit with 413 before reading the body', async () => {
    const before = await listFiles(root);
    lastPut = null;
    const answer = await call('POST', '/small', {
      headers: { 'content-type': 'application/octet-stream', 'content-length': 50 * MB },
      body: new PatternStream(50 * MB),
    }).catch((err: unknown) => err);
    // The server answers at once and closes; depending on timing the client sees the 413 or a reset socket.
    if (!(answer instanceof Error)) expect((answer as Answer).status).toBe(413);
    expect(lastPut).toBeNull();
    expect(await listFiles(root)).toEqual(before);
  });

  it('cuts a chunked upload at bodyLimit and keeps no file', async () => {
    const before = await listFiles(root);
    lastPut = null;
    await call('POST', '/small', {
      headers: { 'content-type': 'application/octet-stream', 'transfer-encoding': 'chunked' },
      body: new PatternStream(20 * MB),
    }).catch((err: unknown) => err);
    await expect(lastPut).rejects.toBeInstanceOf(BlobTooLargeError);
    expect(await listFiles(root)).toEqual(before);
  });

  it('keeps no file from an upload the client aborts', async () => {
    const before = await listFiles(root);
    lastPut = null;
    const answer = await call('POST', '/evidence', {
      headers: { 'content-type': 'application/octet-stream', 'content-length': 100 * MB },
      body: new PatternStream(100 * MB),
      abortAfter: 20 * MB,
    }).catch((err: unknown) => err);
    expect(answer).toBeInstanceOf(Error);
    await waitFor(() => lastPut !== null);
    await expect(lastPut).rejects.toThrow();
    expect(await listFiles(root)).toEqual(before);
  });

  it('refuses compressed bodies, and keeps the parser off routes outside its plugin', async () => {
    const gzip = await call('POST', '/small', {
      headers: { 'content-type': 'application/octet-stream', 'content-encoding': 'gzip' },
      body: Readable.from([Buffer.from('x')]),
    });
    expect(gzip.status).toBe(415);
    const other = await call('POST', '/json-only', {
      headers: { 'content-type': 'application/octet-stream' },
      body: Readable.from([Buffer.from('x')]),
    });
    expect(other.status).toBe(415);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

describe('parseRangeHeader', () => {
  const size = 1000;
  it.each([
    [undefined, null],
    ['bytes=0-99', { start: 0, end: 99 }],
    ['bytes=900-', { start: 900, end: 999 }],
    ['bytes=-100', { start: 900, end: 999 }],
    ['bytes=-5000', { start: 0, end: 999 }],
    ['bytes=990-5000', { start: 990, end: 999 }],
    ['Bytes = 5 - 5', { start: 5, end: 5 }],
    ['bytes=999-999', { start: 999, end: 999 }],
    ['bytes=1000-', 'unsatisfiable'],
    ['bytes=1000-1001', 'unsatisfiable'],
    ['bytes=-0', 'unsatisfiable'],
    ['bytes=99999999999999999999-', 'unsatisfiable'],
    ['bytes=5-4', null],
    ['bytes=-', null],
    ['bytes=0-1,5-6', null],
    ['items=0-1', null],
    ['bytes=a-b', null],
  ] as const)('%s', (header, expected) => {
    expect(parseRangeHeader(header, size)).toEqual(expected);
  });

  it('finds nothing to serve in an empty blob', () => {
    expect(parseRangeHeader('bytes=0-', 0)).toBe('unsatisfiable');
    expect(parseRangeHeader('bytes=-1', 0)).toBe('unsatisfiable');
  });
});

describe('file names', () => {
  const request = (name: string | undefined) =>
    ({ headers: name === undefined ? {} : { 'x-file-name': name } }) as unknown as FastifyRequest;

  it.each([
    [encodeURIComponent('询问笔录.pdf'), '询问笔录.pdf'],
    [encodeURIComponent('C:\\Users\\张三\\照片.jpg'), '照片.jpg'],
    [encodeURIComponent('../../etc/passwd'), 'passwd'],
    [encodeURIComponent('evil\u202egpj.exe'), 'evilgpj.exe'],
    [encodeURIComponent('a\r\nSet-Cookie: x.jpg'), 'aSet-Cookie: x.jpg'],
    [Buffer.from('现场.jpg').toString('latin1'), '现场.jpg'],
    ['%E7%8E', null],
    [encodeURIComponent('..'), null],
    [encodeURIComponent('dir/'), null],
    ['', null],
    [undefined, null],
    ['%'.repeat(3000), null],
  ])('X-File-Name %# -> %s', (header, expected) => {
    expect(uploadedFileName(request(header))).toBe(expected);
  });

  it('cuts long names but keeps the extension', () => {
    const name = cleanFileName(`${'长'.repeat(500)}.mp4`)!;
    expect(Array.from(name)).toHaveLength(200);
    expect(name.endsWith('长.mp4')).toBe(true);
  });

  it.each([
    ['attachment', null, 'attachment'],
    ['inline', 'scan.pdf', 'inline; filename="scan.pdf"'],
    ['attachment', '照片.jpg', `attachment; filename="file.jpg"; filename*=UTF-8''%E7%85%A7%E7%89%87.jpg`],
    [
      'attachment',
      `it's "100%" (1).pdf`,
      `attachment; filename="it's _100__ (1).pdf"; filename*=UTF-8''it%27s%20%22100%25%22%20%281%29.pdf`,
    ],
  ] as const)('Content-Disposition %s %s', (type, name, expected) => {
    expect(contentDisposition(type, name)).toBe(expected);
  });
});
