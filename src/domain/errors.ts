/**
 * Typed errors thrown by domain modules and services, mapped once to problem+json by the
 * server's error handler. `code` is a message key translated there (vi/en); `params` fill it.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

export interface FieldProblem {
  /** Dotted path of the offending field in the request body or query, e.g. "taxCode". */
  path: string;
  /** Message key, e.g. "errors.taxCode.checksum". */
  code: string;
  params?: Record<string, string | number>;
}

export class ValidationError extends AppError {
  constructor(readonly problems: FieldProblem[]) {
    super(400, 'errors.validation');
  }
}

export class NotFoundError extends AppError {
  constructor(what = 'record') {
    super(404, 'errors.notFound', { what });
  }
}

export class ConflictError extends AppError {
  constructor(code = 'errors.conflict.stale', params: Record<string, string | number> = {}) {
    super(409, code, params);
  }
}

export class UnauthorizedError extends AppError {
  constructor(code = 'errors.unauthorized') {
    super(401, code);
  }
}

export class ForbiddenError extends AppError {
  constructor(code = 'errors.forbidden') {
    super(403, code);
  }
}

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'errors.rateLimited', { seconds: retryAfterSeconds });
  }
}
