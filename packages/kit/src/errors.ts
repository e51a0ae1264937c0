import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { isRetryableLockError, isUnavailableError } from './db/failures';
import { withChinese } from './i18n';

/**
 * The stable `extensions.code` values a caller can meet. Clients branch on these,
 * so they never change meaning; messages may be reworded.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  CONFLICT: 'CONFLICT',
  /** A service or its database is down, slow or busy: nothing was done; the same request may be sent again. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
};

/** Codes after which the same request may succeed if sent again: `extensions.retryable` is true. */
const RETRYABLE = new Set<ErrorCode>([ErrorCode.SERVICE_UNAVAILABLE]);

/**
 * An expected error: it reaches the caller with its code and message unchanged. `zh`, when
 * given, is the same message in Simplified Chinese, read by callers who prefer Chinese
 * (`Accept-Language`; see i18n.ts); without it they read a sentence for the code and the
 * English in `extensions.detail`.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>, zh?: string) {
    const status = HTTP_STATUS[code];
    super(message, {
      extensions: {
        code,
        ...(RETRYABLE.has(code) ? { retryable: true } : {}),
        ...details,
        ...(status ? { http: { status } } : {}),
        ...(zh !== undefined ? withChinese(zh) : {}),
      },
    });
  }
}

// Each factory takes the message in English and, optionally last, the same in Chinese.
export const badUserInput = (message: string, details?: Record<string, unknown>, zh?: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, details, zh);
export const notFound = (message: string, zh?: string) => new AppError(ErrorCode.NOT_FOUND, message, undefined, zh);
export const forbidden = (message: string, zh?: string) => new AppError(ErrorCode.FORBIDDEN, message, undefined, zh);
export const unauthenticated = (message: string, zh?: string) => new AppError(ErrorCode.UNAUTHENTICATED, message, undefined, zh);
export const conflict = (message: string, zh?: string) => new AppError(ErrorCode.CONFLICT, message, undefined, zh);
/** Nothing was done because a service or its database is unavailable; retryable. `service` names the domain when known. */
export const serviceUnavailable = (message: string, details?: { service?: string }, zh?: string) =>
  new AppError(ErrorCode.SERVICE_UNAVAILABLE, message, details, zh);

/**
 * Codes that pass through the error formatter as they are: ours, and the ones Apollo Server
 * and the gateway raise for malformed requests (parse, validation, variable coercion).
 */
const PASS_THROUGH = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_NOT_TRUSTED',
  'OPERATION_RESOLUTION_FAILURE',
  'RATE_LIMITED',
  'OPERATION_LIMIT_EXCEEDED',
]);

export const GENERIC_MESSAGE = 'Internal server error';

/** What a caller reads when a service, or its database, cannot answer; the cause stays in the log. */
export const unavailableMessage = (service?: string) => `the ${service ? `${service} ` : ''}service is unavailable; try again shortly`;

/** True when the formatted error carries one of the codes a client is meant to see. */
export function isExpectedCode(code: unknown): boolean {
  return typeof code === 'string' && PASS_THROUGH.has(code);
}

/**
 * Builds Apollo Server's `formatError`: expected errors keep their code and message (without
 * stack traces); a database that cannot answer (down, dropped, busy, or a lock conflict that
 * outlived the transaction's retries: see db/failures.ts) is SERVICE_UNAVAILABLE, retryable,
 * with `service` when given; anything else is INTERNAL_SERVER_ERROR with a generic message.
 * Both of the latter are logged whole, so no SQL, stack, file path or value reaches the client.
 * A validation error caused by a value a scalar refused is BAD_USER_INPUT, as the same value
 * sent in a variable is.
 */
export function createErrorFormatter(log: Logger, opts: { dropExtensions?: string[]; service?: string } = {}) {
  const drop = new Set(['stacktrace', 'exception', ...(opts.dropExtensions ?? [])]);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let code = formatted.extensions?.code;
    if (code === 'GRAPHQL_VALIDATION_FAILED' && isRefusedValue(error)) code = ErrorCode.BAD_USER_INPUT;
    if (isExpectedCode(code)) {
      const extensions = Object.fromEntries(Object.entries(formatted.extensions ?? {}).filter(([k]) => !drop.has(k)));
      return { ...formatted, extensions: { ...extensions, code } };
    }
    const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    if (isUnavailableError(original) || isRetryableLockError(original)) {
      log.error({ err: original, path: formatted.path }, 'database unavailable');
      return {
        message: unavailableMessage(opts.service),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true, ...(opts.service ? { service: opts.service } : {}) },
      };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error');
    return {
      message: GENERIC_MESSAGE,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/**
 * A validation error whose cause is a scalar refusing a literal (the kit's DateTime, a Float
 * out of range): the rule reported the scalar's own BAD_USER_INPUT error, which Apollo Server
 * keeps as the original.
 */
function isRefusedValue(error: unknown): boolean {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  return original instanceof GraphQLError && original.extensions.code === ErrorCode.BAD_USER_INPUT;
}
