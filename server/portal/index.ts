/**
 * The public portal: read-only, without login, its own encapsulated plugin under /api/portal. It reads the
 * personnel module through its index only and publishes what 行政执法公示 allows: the officers holding a
 * certificate in force, and the status of a certificate number (with a QR code for the card). Rate-limited
 * per client address; nothing here reads or writes a session.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import {
  CertificateNumberParams,
  PublicOfficerPage,
  PublicOfficerQuery,
  VerificationResult,
} from '../../common/contracts/portal.js';
import { todayInShanghai } from '../kernel/local-date.js';
import { access } from '../platform/auth/access.js';
import type { Database } from '../platform/db/database.js';
import { AppError } from '../platform/http/errors.js';
import { publicOfficers, verifyCertificate } from '../modules/personnel/index.js';

export interface PortalOptions {
  database: Database;
  /** Requests per client address per minute, per route (default 120). */
  rateLimitPerMinute?: number;
}

const tags = ['公众门户'];
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-fA-F:]+\](:\d{1,5})?$/;

export const portalPlugin: FastifyPluginAsyncZod<PortalOptions> = async (app, opts) => {
  const db = opts.database.db;
  const config = {
    access: access.public(),
    rateLimit: { max: opts.rateLimitPerMinute ?? 120, timeWindow: 60_000 },
  };

  app.get(
    '/api/portal/officers',
    {
      config,
      schema: {
        tags,
        summary: '行政执法人员公示（持有效证件的人员）',
        querystring: PublicOfficerQuery,
        response: { 200: PublicOfficerPage },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return publicOfficers(db, request.query, todayInShanghai(new Date()));
    },
  );

  app.get(
    '/api/portal/certificates/:number',
    {
      config,
      schema: {
        tags,
        summary: '执法证件核验（有效、暂扣、吊销、注销、过期或查无此证）',
        params: CertificateNumberParams,
        response: { 200: VerificationResult },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-cache');
      return verifyCertificate(db, request.params.number, todayInShanghai(new Date()));
    },
  );

  /** The verification address of a certificate, on the host the request came to (the public site). */
  async function verifyUrl(request: { protocol: string; host: string }, number: string): Promise<string> {
    if (!HOST.test(request.host)) throw new AppError('BAD_REQUEST', '请求的主机名无效');
    const r = await verifyCertificate(db, number, todayInShanghai(new Date()));
    if (r.status === 'unknown') throw new AppError('NOT_FOUND', '未查询到该证件编号');
    return `${request.protocol}://${request.host}/portal/verify/${encodeURIComponent(r.number)}`;
  }

  app.get(
    '/api/portal/certificates/:number/qr.svg',
    {
      config,
      schema: { tags, summary: '证件核验二维码（SVG）', params: CertificateNumberParams },
    },
    async (request, reply) => {
      const url = await verifyUrl(request, request.params.number);
      const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return reply
        .header('content-type', 'image/svg+xml; charset=utf-8')
        .header('cache-control', 'public, max-age=3600')
        .send(svg);
    },
  );

  app.get(
    '/api/portal/certificates/:number/qr.png',
    {
      config,
      schema: { tags, summary: '证件核验二维码（PNG）', params: CertificateNumberParams },
    },
    async (request, reply) => {
      const url = await verifyUrl(request, request.params.number);
      const png = await QRCode.toBuffer(url, {
        type: 'png',
        errorCorrectionLevel: 'M',
        margin: 2,
        width: 360,
      });
      return reply
        .header('content-type', 'image/png')
        .header('cache-control', 'public, max-age=3600')
        .send(png);
    },
  );
};
