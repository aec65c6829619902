import { ConnectionException, DriverException } from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export const ErrorCode = {
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  BadUserInput: 'BAD_USER_INPUT',
  Conflict: 'CONFLICT',
  PreconditionFailed: 'PRECONDITION_FAILED',
  TooComplex: 'TOO_COMPLEX',
  /** Over a rate limit, or the server is too busy for this now: try again after `extensions.retryAfter` seconds. */
  TooManyRequests: 'TOO_MANY_REQUESTS',
  /** A subscription dropped events for this subscriber: refetch what it keeps fresh; it stays open. */
  Resync: 'RESYNC',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'You must be logged in.', extensions?: Record<string, unknown>) {
    super(ErrorCode.Unauthenticated, message, extensions);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You may not do this.') {
    super(ErrorCode.Forbidden, message);
  }
}

/** Also the answer for objects of another office or company: indistinguishable from a missing one. */
export class NotFoundError extends AppError {
  constructor(what: string, id?: string) {
    super(ErrorCode.NotFound, id ? `${what} ${id} was not found.` : `${what} was not found.`);
  }
}

/** `reasons` names the broken rules as codes (`PASSWORD_TOO_SHORT`, …) when the message alone would be prose. */
export class BadUserInputError extends AppError {
  constructor(message: string, field?: string, reasons: string[] = []) {
    super(ErrorCode.BadUserInput, message, {
      ...(field ? { field } : {}),
      ...(reasons.length ? { reasons } : {}),
    });
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(ErrorCode.Conflict, message);
  }
}

export class PreconditionFailedError extends AppError {
  constructor(message: string, reasons: string[] = []) {
    super(ErrorCode.PreconditionFailed, message, reasons.length ? { reasons } : {});
  }
}

export class TooComplexError extends AppError {
  constructor(message: string) {
    super(ErrorCode.TooComplex, message);
  }
}

/**
 * Over a rate limit (login attempts, …) or too busy right now. Over HTTP the response is also a 429
 * with `Retry-After`, so plain HTTP clients and proxies understand it.
 */
export class TooManyRequestsError extends AppError {
  readonly retryAfter: number;

  constructor(message: string, retryAfterSeconds: number) {
    const retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
    super(ErrorCode.TooManyRequests, message, {
      retryAfter,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
    });
    this.retryAfter = retryAfter;
  }
}

/**
 * A subscription event standing for events this subscriber missed (it fell behind, or one change
 * touched more rows than an event lists). The subscription stays open; the client refetches.
 */
export class ResyncError extends AppError {
  constructor() {
    super(
      ErrorCode.Resync,
      'Live events were dropped for this subscription; refetch the data it keeps fresh.',
    );
  }
}

/** Request-level failures graphql-js and Apollo raise before our code runs. */
const requestErrorCodes: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BadUserInput,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BadUserInput,
  BAD_USER_INPUT: ErrorCode.BadUserInput,
  BAD_REQUEST: ErrorCode.BadUserInput,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BadUserInput,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BadUserInput,
};

function rootCause(error: unknown): unknown {
  let cause = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

/**
 * Keeps our own errors and graphql's request errors (parse, validation, variables) with a code of
 * API.md, and masks everything else (database errors, bugs) as INTERNAL_SERVER_ERROR with no detail.
 */
export function maskError(
  formatted: GraphQLFormattedError,
  original: unknown,
  onInternal: (error: unknown) => void,
): GraphQLFormattedError {
  const cause = rootCause(original);
  const { message, locations, path } = formatted;
  if (cause instanceof AppError) {
    // `http` is Apollo's instruction for the response status and headers, not part of the error.
    const { http: _http, ...extensions } = cause.extensions;
    return { message, locations, path, extensions };
  }
  if (cause instanceof GraphQLError && !path) {
    const code =
      requestErrorCodes[String(formatted.extensions?.code ?? '')] ?? ErrorCode.BadUserInput;
    return { message, locations, extensions: { code } };
  }
  onInternal(cause);
  return { message: 'Internal server error.', path, extensions: { code: ErrorCode.Internal } };
}

/**
 * What the log may keep of an unexpected error. A database error's message holds the statement
 * with its parameter values (message bodies, addresses) and its detail holds row values, so of
 * those only the SQLSTATE, the names of what failed and the stack frames are kept.
 */
export function errorForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error))
    return { error: typeof error === 'string' ? error : 'a non-Error value was thrown' };
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '));
  if (isDatabaseError(error)) {
    const { code, table, column, constraint, routine } = error as Error & Record<string, unknown>;
    return {
      error: error.name,
      sqlState: code,
      table,
      column,
      constraint,
      routine,
      stack: frames.join('\n'),
    };
  }
  return { error: error.stack ?? `${error.name}: ${error.message}` };
}

/**
 * SQLSTATEs of a database that cannot answer now: connection failures (08), too many connections or
 * out of resources (53), shutting down or starting (57P01-57P03), a statement cancelled by its
 * timeout (57014).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|53...|57P0[123]|57014)$/;

/** Errors of the pool or the socket rather than of a statement. */
const UNAVAILABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
]);

/**
 * Whether an error means the database could not answer (down, unreachable, saturated, too slow)
 * rather than that the request or the code was wrong: the former is a 503, the latter a 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error instanceof ConnectionException || error.name === 'KnexTimeoutError') return true;
  const { code } = error as Error & { code?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code)))
    return true;
  // pg and the pool say so in words only: a connection lost or never got.
  if (
    /^(Connection terminated|Unable to acquire a connection|Query read timeout)/.test(error.message)
  )
    return true;
  return error.cause !== undefined && error.cause !== error && isDatabaseUnavailable(error.cause);
}

/** A MikroORM driver exception, or a pg error that reached us unwrapped (pg-boss, raw pool use). */
function isDatabaseError(error: Error): boolean {
  return error instanceof DriverException || ('severity' in error && 'routine' in error);
}
