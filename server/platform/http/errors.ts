import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ERRORS, type ErrorBody, type ErrorCode } from '../../../common/errors.js';

/** A refusal from the catalogue. `basis` names the legal or policy rule; nothing was changed. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly extra: { basis?: string; rule?: string; details?: { path: string; message: string }[] } = {},
  ) {
    super(message ?? ERRORS[code].message);
    this.status = ERRORS[code].status;
  }
}

const FIELD_LABELS: Record<string, string> = {
  username: '用户名',
  password: '密码',
  displayName: '姓名',
  newPassword: '新密码',
  currentPassword: '原密码',
  phone: '手机号',
  unitId: '科室',
  name: '名称',
  code: '编码',
  uscc: '统一社会信用代码',
};

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    const requestId = request.id;
    if (err instanceof AppError) {
      const body: ErrorBody = { code: err.code, message: err.message, requestId, ...err.extra };
      return reply.status(err.status).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => {
        const path = (v.instancePath || '').replace(/^\//, '').replace(/\//g, '.');
        const field = FIELD_LABELS[path.split('.').pop() ?? ''] ?? path;
        return { path, message: field ? `${field}：${v.message ?? ''}` : (v.message ?? '') };
      });
      const body: ErrorBody = {
        code: 'VALIDATION_FAILED',
        message: `${ERRORS.VALIDATION_FAILED.message}：${details.map((d) => d.message).join('；')}`,
        details,
        requestId,
      };
      return reply.status(400).send(body);
    }
    if (isResponseSerializationError(err)) {
      request.log.error({ err }, 'response serialization failed');
      return reply.status(500).send({ code: 'INTERNAL', message: ERRORS.INTERNAL.message, requestId });
    }
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status === 429)
      return reply
        .status(429)
        .send({ code: 'RATE_LIMITED', message: ERRORS.RATE_LIMITED.message, requestId });
    if (status >= 400 && status < 500) {
      // Malformed JSON, unsupported media type, body too large...
      return reply
        .status(status)
        .send({ code: 'BAD_REQUEST', message: `${ERRORS.BAD_REQUEST.message}：${err.message}`, requestId });
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ code: 'INTERNAL', message: ERRORS.INTERNAL.message, requestId });
  });
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ code: 'NOT_FOUND', message: ERRORS.NOT_FOUND.message, requestId: request.id });
  });
}
