import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { Kind, getOperationAST, parse, type DocumentNode, type GraphQLFormattedError, type SelectionSetNode } from 'graphql';
import { ErrorCode, isUnavailableError, unavailableMessage, type Logger } from '@nef/kit';

/**
 * What the client is told when one fetch from a subgraph fails, in place of the one pathless
 * "Internal server error" the gateway would otherwise report for the whole operation.
 *
 * A fetch that fails is answered as if the subgraph had sent GraphQL errors for everything it
 * was asked: one error per root field it carried (path: the field's response name, alias
 * included), or per entity it was to complete (path: `_entities`, index), which the gateway
 * maps back to each entity's place in the client's answer. Only that subgraph's fields are
 * lost; the rest of the answer stands.
 */

type Path = (string | number)[];

/** One fetch as the data source sees it: the subgraph operation and its variables. */
export interface Fetch {
  query?: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  document?: DocumentNode;
}

/** The response paths, inside the subgraph's answer, of everything a fetch was to fill. */
export function fetchedPaths(fetch: Fetch): Path[] {
  const representations = fetch.variables?.representations;
  if (Array.isArray(representations)) return representations.map((_, i) => ['_entities', i]);
  const document = fetch.document ?? (fetch.query ? parse(fetch.query) : undefined);
  const operation = document ? getOperationAST(document, fetch.operationName) : undefined;
  if (!document || !operation) return [];
  const names = new Set<string>();
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== '__typename') names.add(selection.alias?.value ?? selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  visit(operation.selectionSet, new Set());
  return [...names].map((name) => [name]);
}

/** SERVICE_UNAVAILABLE for a subgraph: retryable, naming the domain (public), nothing internal. */
export function unavailableError(service: string, path?: Path): GraphQLFormattedError {
  return {
    message: unavailableMessage(service),
    ...(path ? { path } : {}),
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true, service },
  };
}

/** An unexpected failure of a fetch: the client gets the generic error at each path, the log the cause. */
function internalError(path?: Path): GraphQLFormattedError {
  return { message: 'Internal server error', ...(path ? { path } : {}), extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/** One error per path the fetch was to fill, or one without a path when there is none. */
function perPath(fetch: Fetch, make: (path?: Path) => GraphQLFormattedError): GraphQLFormattedError[] {
  const paths = fetchedPaths(fetch);
  return paths.length > 0 ? paths.map((p) => make(p)) : [make()];
}

/** Codes a subgraph's non-2xx GraphQL answer may pass on to the client as they are. */
const PASSED_ON = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.INTERNAL_SERVER_ERROR,
]);

/** What the data source's HTTP step throws for a non-2xx answer (RemoteGraphQLDataSource.errorFromResponse). */
interface HttpFailure {
  extensions?: { response?: { status?: number; body?: unknown } };
}

/**
 * Errors a subgraph sent in a 2xx answer, made whole: a SERVICE_UNAVAILABLE (its database is
 * down) names the subgraph, and one without a place in the answer (raised before any field
 * ran) stands for every field the fetch carried.
 */
export function completeErrors(service: string, fetch: Fetch, errors: readonly GraphQLFormattedError[]): GraphQLFormattedError[] {
  const entityFetch = Array.isArray(fetch.variables?.representations);
  return errors.flatMap((error) => {
    if (error.extensions?.code !== ErrorCode.SERVICE_UNAVAILABLE) return [error];
    const placed = entityFetch ? typeof error.path?.[1] === 'number' : !!error.path?.length;
    if (!placed) return perPath(fetch, (path) => unavailableError(service, path));
    return [{ ...error, extensions: { ...error.extensions, service: error.extensions.service ?? service } }];
  });
}

/**
 * The answer to give the gateway in place of a fetch that threw: the subgraph's own GraphQL
 * errors when it sent some with a non-2xx status (a 503 from its database being down), or
 * SERVICE_UNAVAILABLE for every field when it could not be reached, dropped the connection,
 * timed out or answered 5xx without GraphQL errors. Anything else is unexpected: logged whole,
 * and INTERNAL_SERVER_ERROR at each path.
 */
export function failedFetchResponse(service: string, fetch: Fetch, err: unknown, log: Logger): GatewayGraphQLResponse {
  const response = (err as HttpFailure).extensions?.response;
  const status = response?.status;
  const body = response?.body as { errors?: unknown; data?: unknown } | undefined;
  const sent = Array.isArray(body?.errors) ? (body.errors as GraphQLFormattedError[]) : undefined;
  if (status !== undefined && sent && sent.length > 0 && sent.every((e) => PASSED_ON.has(String(e.extensions?.code)))) {
    log.warn({ subgraph: service, status, codes: sent.map((e) => e.extensions?.code) }, 'subgraph answered with errors');
    const data = body?.data && typeof body.data === 'object' ? (body.data as Record<string, unknown>) : undefined;
    return { ...(data ? { data } : {}), errors: completeErrors(service, fetch, sent) };
  }
  if ((status !== undefined && status >= 500) || (status === undefined && isUnavailableError(err))) {
    log.warn({ subgraph: service, status, err: status === undefined ? err : undefined }, 'subgraph unavailable');
    return { errors: perPath(fetch, (path) => unavailableError(service, path)) };
  }
  log.error({ subgraph: service, status, err }, 'subgraph fetch failed');
  return { errors: perPath(fetch, internalError) };
}
