import fp from 'fastify-plugin';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, RateLimitedError, ValidationError, type FieldProblem } from '../../domain/errors';
import type { Lang } from '../../i18n/lang';
import { hasMessage, translate } from '../i18n/messages';

/**
 * Every error leaves the API as RFC 9457 problem+json, translated into the caller's
 * language; validation errors name each offending field in `errors[].path`.
 */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  instance?: string;
  errors?: Array<{ path: string; message: string; code: string }>;
}

interface ZodIssueParams {
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
  values?: unknown[];
  keys?: string[];
  [k: string]: unknown;
}

/** Maps one zod issue to a message key and params. */
function zodIssueToProblem(path: string, keyword: string, message: string, params: ZodIssueParams): FieldProblem {
  if (message.startsWith('errors.') && hasMessage(message)) return { path, code: message, params: params as never };
  switch (keyword) {
    case 'invalid_type':
      return /received undefined|received null/.test(message)
        ? { path, code: 'errors.required' }
        : { path, code: 'errors.invalidType', params: { expected: String(params.expected ?? '') } };
    case 'too_small':
      if (params.origin === 'string') {
        return Number(params.minimum) <= 1 ? { path, code: 'errors.required' } : { path, code: 'errors.tooShort', params: { minimum: Number(params.minimum) } };
      }
      return { path, code: 'errors.tooSmall', params: { minimum: Number(params.minimum) } };
    case 'too_big':
      return params.origin === 'string'
        ? { path, code: 'errors.tooLong', params: { maximum: Number(params.maximum) } }
        : { path, code: 'errors.tooBig', params: { maximum: Number(params.maximum) } };
    case 'invalid_format':
      if (params.format === 'email') return { path, code: 'errors.invalidEmail' };
      if (params.format === 'url') return { path, code: 'errors.invalidUrl' };
      return { path, code: 'errors.invalidFormat' };
    case 'invalid_value':
      return { path, code: 'errors.invalidEnum', params: { options: (params.values ?? []).join(', ') } };
    case 'unrecognized_keys':
      return { path, code: 'errors.unknownField', params: { keys: (params.keys ?? []).join(', ') } };
    default:
      return { path, code: 'errors.invalid' };
  }
}

export function problem(lang: Lang, status: number, code: string, params: Record<string, unknown> = {}): ProblemBody {
  const detailKey = `${code}.detail`;
  // Codes with a ".detail" text are titles; the others are full sentences under a status title.
  const isSentence = !hasMessage(detailKey);
  return {
    type: status === 500 ? 'about:blank' : `urn:ocop:problem:${code.replace(/^errors\./, '')}`,
    title: translate(lang, isSentence ? titleFor(status) : code, params),
    status,
    detail: translate(lang, isSentence ? code : detailKey, params),
    code,
  };
}

function titleFor(status: number): string {
  switch (status) {
    case 401: return 'errors.unauthorized';
    case 403: return 'errors.forbidden';
    case 404: return 'errors.notFound';
    case 409: return 'errors.conflict';
    case 413: return 'errors.payloadTooLarge';
    case 429: return 'errors.rateLimited';
    default: return 'errors.invalid';
  }
}

export function sendProblem(reply: FastifyReply, body: ProblemBody): FastifyReply {
  return reply.code(body.status).type('application/problem+json; charset=utf-8').send(body);
}

function validationProblem(lang: Lang, problems: FieldProblem[], instance: string): ProblemBody {
  return {
    ...problem(lang, 400, 'errors.validation'),
    instance,
    errors: problems.map((p) => ({ path: p.path, code: p.code, message: translate(lang, p.code, p.params ?? {}) })),
  };
}

function sqlState(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } };
  const code = e?.cause?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === '23505';
}

/**
 * PostgreSQL's "data exception" class (SQLSTATE 22…: a value out of range, text it cannot
 * store, an impossible date): client input that got past validation. Validation should have
 * named the field; this keeps such a gap a 400 instead of a 500.
 */
function isDataException(error: unknown): boolean {
  return /^22[0-9A-Z]{3}$/.test(sqlState(error) ?? '');
}

export const errorsPlugin = fp(async (app: FastifyInstance): Promise<void> => {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const lang = request.lang;
    if (hasZodFastifySchemaValidationErrors(error)) {
      const problems = error.validation.map((v) =>
        zodIssueToProblem(v.instancePath.replace(/^\//, '').replace(/\//g, '.') || (error.validationContext ?? ''), v.keyword, v.message ?? '', v.params as ZodIssueParams),
      );
      return sendProblem(reply, validationProblem(lang, problems, request.url));
    }
    if (error instanceof ValidationError) {
      return sendProblem(reply, validationProblem(lang, error.problems, request.url));
    }
    if (error instanceof AppError) {
      if (error instanceof RateLimitedError) reply.header('retry-after', String(error.retryAfterSeconds));
      return sendProblem(reply, { ...problem(lang, error.status, error.code, error.params), instance: request.url });
    }
    if (isUniqueViolation(error)) {
      // A race past the service's own uniqueness check (double submit): the first write won.
      return sendProblem(reply, { ...problem(lang, 409, 'errors.conflict.duplicate'), instance: request.url });
    }
    if (isDataException(error)) {
      // no SQL or parameters in the log: they hold the client's input
      request.log.warn({ sqlState: sqlState(error), url: request.url }, 'database refused a value that passed validation');
      return sendProblem(reply, { ...problem(lang, 400, 'errors.dataRejected'), instance: request.url });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors: malformed JSON, wrong content type, body too large…
      const body = problem(lang, status, status === 413 ? 'errors.payloadTooLarge' : 'errors.invalid');
      return sendProblem(reply, { ...body, detail: error.message, instance: request.url });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, { ...problem(lang, 500, 'errors.internal'), instance: request.url });
  });

  app.setNotFoundHandler((request, reply) => {
    return sendProblem(reply, { ...problem(request.lang, 404, 'errors.route'), detail: `${request.method} ${request.url}`, instance: request.url });
  });
});
