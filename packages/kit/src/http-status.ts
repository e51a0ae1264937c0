import { ErrorCode } from './errors';

/**
 * The one HTTP status policy of the API, at the gateway and at every subgraph (docs/errors.md
 * states it for clients). Apollo Server decides first; this then corrects what it cannot know:
 *
 * 1. A request refused before it ran keeps its status: 400 (not JSON, parse, validation,
 *    variables, malformed scalars, unsupported operation types, limits), 401 UNAUTHENTICATED,
 *    403 (the key may not call at all), 405 (a mutation over GET), 413 (body too large), 429
 *    RATE_LIMITED.
 * 2. Some data was served (`data` with at least one root field not null): 200, whatever the
 *    errors beside it; each error's `path` says what is missing.
 * 3. No data could be served and every error is SERVICE_UNAVAILABLE: 503 with Retry-After.
 * 4. No data, and an INTERNAL_SERVER_ERROR among the errors: 500.
 * 5. No data, the errors expected ones of the fields (FORBIDDEN, NOT_FOUND, BAD_USER_INPUT from
 *    a resolver, CONFLICT): 200, as GraphQL over HTTP answers an operation that ran. Raised
 *    outside any field (where Apollo Server would say 500), each takes its code's status.
 */

/** Seconds a client is asked to wait before sending again after a 503. */
export const RETRY_AFTER_SECONDS = 5;

/** The status of a request refused as a whole with this code (no field ran). */
export function refusalStatus(code: unknown): number {
  switch (code) {
    case ErrorCode.UNAUTHENTICATED:
      return 401;
    case ErrorCode.FORBIDDEN:
      return 403;
    case ErrorCode.NOT_FOUND:
      return 404;
    case ErrorCode.CONFLICT:
      return 409;
    case 'RATE_LIMITED':
      return 429;
    case ErrorCode.SERVICE_UNAVAILABLE:
      return 503;
    case ErrorCode.INTERNAL_SERVER_ERROR:
    case undefined:
    case null:
      return 500;
    default:
      // BAD_USER_INPUT, BAD_REQUEST, GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, ...
      return 400;
  }
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: readonly { extensions?: { code?: unknown } }[];
}

/** The status an answer gets under the policy above, given the status Apollo Server chose. */
export function graphQLStatus(chosen: number, body: GraphQLBody): number {
  const errors = body.errors ?? [];
  if (errors.length === 0) return chosen;
  if (servedData(body.data)) return 200;
  const codes = errors.map((e) => e.extensions?.code);
  if (codes.every((c) => c === ErrorCode.SERVICE_UNAVAILABLE)) return 503;
  if (codes.some((c) => c === ErrorCode.INTERNAL_SERVER_ERROR || c === undefined)) return 500;
  if (chosen >= 500) return refusalStatus(codes[0]);
  return chosen;
}

/** True when at least one root field of `data` holds a value. */
function servedData(data: GraphQLBody['data']): boolean {
  return !!data && Object.values(data).some((v) => v !== null && v !== undefined);
}
