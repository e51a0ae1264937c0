import { ClientError } from 'graphql-request';

/**
 * The `extensions.code` values the gateway answers with. Clients branch on these; messages may
 * be reworded. NETWORK_ERROR is this client's own: no answer at all (refused, reset, timed out).
 */
export type KnownErrorCode =
  | 'BAD_USER_INPUT' // a value the API refuses; `field` names it when it can
  | 'NOT_FOUND' // no such course, reward, branch...
  | 'FORBIDDEN' // not for this key: another platform's worker, another role's data
  | 'UNAUTHENTICATED' // unknown API key, malformed Authorization header
  | 'CONFLICT' // the state does not allow it: not enough points, course ended, key reused for another reward
  | 'RATE_LIMITED' // the key's bucket is empty: wait retryAfterSeconds
  | 'SERVICE_UNAVAILABLE' // a service (extensions.service) or its database cannot answer now; try again
  | 'OPERATION_LIMIT_EXCEEDED' // the operation is too deep, too wide or costs too much
  | 'OPERATION_NOT_TRUSTED' // the key runs only its published operations, and this is not one of them
  | 'PERSISTED_QUERY_NOT_FOUND' // no published operation has this id (sent by id only)
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'BAD_REQUEST'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR';

/** A known code, or one this client does not know yet (the API may add codes). */
export type ErrorCode = KnownErrorCode | (string & {});

/** One GraphQL error of the response, as the gateway sent it. */
export interface ApiErrorEntry {
  message: string;
  code: ErrorCode;
  path?: readonly (string | number)[];
  extensions: Readonly<Record<string, unknown>>;
}

/**
 * What every PartnerClient method throws: the first error's `extensions.code` as `code`, the
 * seconds to wait when RATE_LIMITED, the field a BAD_USER_INPUT names, and every error the
 * response carried.
 */
export class PartnerApiError extends Error {
  override readonly name = 'PartnerApiError';
  /** `extensions.code` of the first error (the one to branch on). */
  readonly code: ErrorCode;
  /** Every error of the response, in order. */
  readonly errors: readonly ApiErrorEntry[];
  /** HTTP status of the response; undefined when none came back. */
  readonly status: number | undefined;
  /** RATE_LIMITED: seconds until the bucket holds enough again (extensions or Retry-After). */
  readonly retryAfterSeconds: number | undefined;
  /** BAD_USER_INPUT: the input field refused, when the API names it (e.g. "phone"). */
  readonly field: string | undefined;
  /** The operation that failed, e.g. "RedeemReward". */
  readonly operation: string;

  constructor(init: {
    message: string;
    code: ErrorCode;
    operation: string;
    errors?: readonly ApiErrorEntry[];
    status?: number;
    retryAfterSeconds?: number;
    field?: string;
    cause?: unknown;
  }) {
    super(init.message, { cause: init.cause });
    this.code = init.code;
    this.operation = init.operation;
    this.errors = init.errors ?? [];
    this.status = init.status;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.field = init.field;
  }

  /**
   * `extensions.reason` of the first error, when the API gives one: a finer code within `code`,
   * e.g. CONSENT_REQUIRED (FORBIDDEN: register through requestWorkerConsent), CODE_WRONG (with
   * `extensions.attemptsLeft`), CODE_EXPIRED, CODE_USED, CODES_PER_PHONE (RATE_LIMITED).
   */
  get reason(): string | undefined {
    const reason = this.errors[0]?.extensions.reason;
    return typeof reason === 'string' ? reason : undefined;
  }

  /** Every distinct code of the response (a partial failure across subgraphs can carry several). */
  get codes(): ErrorCode[] {
    return this.errors.length > 0 ? [...new Set(this.errors.map((e) => e.code))] : [this.code];
  }

  /**
   * Worth trying again, unchanged: no answer came back, the gateway or a service behind it was
   * unavailable (SERVICE_UNAVAILABLE, `extensions.retryable`), or the key's rate limit asks to
   * wait (a finite retryAfterSeconds). Retrying a mutation is safe here because every mutation
   * of this client is idempotent (see README), except requestWorkerConsent, where each retry
   * sends the worker another code.
   */
  get retryable(): boolean {
    if (this.code === 'RATE_LIMITED') return this.retryAfterSeconds !== undefined;
    if (this.code === 'NETWORK_ERROR' || this.code === 'SERVICE_UNAVAILABLE') return true;
    if (this.errors[0]?.extensions.retryable === true) return true;
    return this.status === 502 || this.status === 503 || this.status === 504;
  }

  /** Turns whatever graphql-request (or fetch) threw into a PartnerApiError. */
  static from(err: unknown, operation: string): PartnerApiError {
    if (err instanceof PartnerApiError) return err;
    if (err instanceof ClientError) return PartnerApiError.fromResponse(err.response, operation, err);
    // fetch failed: connection refused or reset, DNS, or the request's timeout.
    const message = err instanceof Error ? err.message : String(err);
    return new PartnerApiError({ message: `${operation}: ${message}`, code: 'NETWORK_ERROR', operation, cause: err });
  }

  /** The error of a response that came back with GraphQL errors, or with an HTTP error status. */
  static fromResponse(response: GraphQLResponseLike, operation: string, cause?: unknown): PartnerApiError {
    const errors = errorEntries(response.errors);
    const first = errors[0];
    const code = first?.code ?? codeOfStatus(response.status);
    const retryAfter = numberOf(first?.extensions.retryAfterSeconds) ?? numberOf(response.headers?.get('retry-after'));
    const field = typeof first?.extensions.field === 'string' ? first.extensions.field : undefined;
    return new PartnerApiError({
      message: `${operation}: ${first?.message ?? `HTTP ${response.status}`}`,
      code,
      operation,
      errors,
      status: response.status,
      ...(retryAfter !== undefined ? { retryAfterSeconds: retryAfter } : {}),
      ...(field !== undefined ? { field } : {}),
      ...(cause !== undefined ? { cause } : {}),
    });
  }
}

/** What PartnerApiError.fromResponse reads of a response. */
export interface GraphQLResponseLike {
  status: number;
  headers?: Headers;
  errors?: readonly GraphQLErrorLike[];
}

/** One GraphQL error as it travels in a response. */
export interface GraphQLErrorLike {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Readonly<Record<string, unknown>>;
}

/** The errors of a response, each with its code (INTERNAL_SERVER_ERROR when it carries none). */
export function errorEntries(errors: readonly GraphQLErrorLike[] | undefined): ApiErrorEntry[] {
  return (errors ?? []).map((e) => {
    const extensions = e.extensions ?? {};
    return {
      message: e.message,
      code: typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR',
      ...(e.path ? { path: e.path } : {}),
      extensions,
    };
  });
}

function codeOfStatus(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'INTERNAL_SERVER_ERROR';
  return 'BAD_REQUEST';
}

function numberOf(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}
