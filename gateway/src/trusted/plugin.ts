import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { Counter, type Registry } from 'prom-client';
import { withChinese, type GraphQLParams, type Logger } from '@nef/kit';
import type { GatewayContext } from '../context';
import type { ApiKeys } from '../keys';
import { sha256 } from './manifest';
import type { TrustedDocumentsSettings } from './settings';

/** Text sent by a key bound to a manifest that does not hold it. */
export const NOT_TRUSTED = 'OPERATION_NOT_TRUSTED';
/** An id no manifest the key may use holds (Apollo's code, so APQ clients fall back to the text). */
export const NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND';

/** The name of a text's first operation, when the text starts with one. */
const FIRST_NAME = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

/** Apollo Server keeps persisted queries under this prefix in its cache. */
const APQ_PREFIX = 'apq:';

/**
 * Apollo Server's persisted query cache, answered from the published manifests: an id resolves
 * to its text whichever manifest holds it (whether the caller's key may run it is decided by
 * trustedDocumentsScreen below, before Apollo Server looks it up). Nothing a caller sends is ever stored, so automatic persisted queries
 * cannot grow the gateway's memory: an unknown id is PERSISTED_QUERY_NOT_FOUND.
 */
export function trustedDocumentsCache(settings: () => TrustedDocumentsSettings) {
  return {
    async get(key: string): Promise<string | undefined> {
      const id = key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key;
      return settings().documents.findAnywhere(id)?.body;
    },
    async set(): Promise<void> {},
    async delete(): Promise<boolean> {
      return false;
    },
  };
}

/**
 * Holds a key bound to a manifest (`operations` in the keys file) to that manifest's
 * operations, sent by id or as the exact text, when enforcing (production, or
 * TRUSTED_DOCUMENTS=enforce): anything else is refused before Apollo Server parses it, 400 with
 * OPERATION_NOT_TRUSTED (text) or PERSISTED_QUERY_NOT_FOUND (an id alone). Outside production a
 * bound key may still send other operations: they run, and are counted. Free-form keys, keys
 * bound to nothing and callers without a key are not held to a manifest.
 */
export function trustedDocumentsScreen(opts: {
  settings: () => TrustedDocumentsSettings;
  keys: () => ApiKeys;
  registry: Registry;
  log: Logger;
  /** Counts (and charges) a refusal per key and operation; the kit counts it in graphql_errors_total. */
  onRefused: (context: GatewayContext, operationName: string | undefined, code: string) => void;
}): (context: GatewayContext, request: GraphQLParams) => GraphQLError | undefined {
  const outside = new Counter({
    name: 'gateway_untrusted_operations_total',
    help: 'Operations outside the manifest their API key is bound to: refused (enforcing) or allowed (development)',
    labelNames: ['key', 'outcome'],
    registers: [opts.registry],
  });
  return (context, request) => {
    const keyId = context.principal.keyId;
    const manifest = keyId ? opts.keys().entry(keyId)?.operations : undefined;
    if (!keyId || !manifest) return undefined;
    const text = typeof request.query === 'string' && request.query !== '' ? request.query : undefined;
    const sentId = (request.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
    // With both, Apollo Server checks that the id is the text's.
    const id = text !== undefined ? sha256(text) : typeof sentId === 'string' ? sentId : undefined;
    // Neither text nor id: Apollo Server answers BAD_REQUEST.
    if (id === undefined) return undefined;
    const settings = opts.settings();
    if (settings.documents.find(manifest, id)) return undefined;
    if (!settings.enforce) {
      outside.inc({ key: keyId, outcome: 'allowed' });
      return undefined;
    }
    outside.inc({ key: keyId, outcome: 'refused' });
    const code = text === undefined ? NOT_FOUND : NOT_TRUSTED;
    // Named for /metrics without parsing what is refused: the name given, or the text's first.
    const operationName = typeof request.operationName === 'string' ? request.operationName : text !== undefined ? FIRST_NAME.exec(text)?.[1] : undefined;
    opts.log.info({ keyId, manifest, id, operationName, code }, 'operation outside the key’s manifest refused');
    opts.onRefused(context, operationName, code);
    return new GraphQLError(
      text === undefined
        ? 'PersistedQueryNotFound'
        : `this API key runs only the operations published in its manifest "${manifest}": send one of them, by id (extensions.persistedQuery.sha256Hash) or as its exact text`,
      {
        extensions: {
          code,
          http: { status: 400 },
          ...withChinese(
            text === undefined
              ? '未找到该持久化操作（PersistedQueryNotFound）'
              : `此API密钥只能执行其清单"${manifest}"中已发布的操作：请按id（extensions.persistedQuery.sha256Hash）或原文发送其中之一`,
          ),
        },
      },
    );
  };
}

/**
 * Answers persisted-query mistakes as requests refused before they ran: an id no manifest holds
 * (Apollo Server says 200), and an id that is not the text's or an unknown version (Apollo
 * Server raises them without a code, which would read as an internal error).
 */
export function persistedQueryErrorsPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(ctx) {
          for (const e of ctx.errors) {
            const http = e.extensions.http as { status?: number } | undefined;
            if (e.extensions.code === undefined && http?.status === 400 && ctx.request.extensions?.persistedQuery) {
              (e.extensions as Record<string, unknown>).code = 'BAD_REQUEST';
            }
          }
        },
        async willSendResponse(ctx) {
          const body = ctx.response.body;
          if (body.kind === 'single' && !body.singleResult.data && body.singleResult.errors?.[0]?.extensions?.code === NOT_FOUND) {
            ctx.response.http.status = 400;
          }
        },
      };
    },
  };
}
