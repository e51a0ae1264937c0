import type { ApolloServerPlugin } from '@apollo/server';
import {
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Logger } from '../logger';
import { formatVersions, type VersionBook, type Versions } from './versions';

/**
 * What of a service's answers the gateway may keep, and what each write changes. The service
 * states it field by field; everything it does not list (personal data above all) is never
 * cached. A cached answer is dropped when a version it depends on moves, or when it outlives
 * the shortest max age of the fields it holds.
 */
export interface CachePolicy {
  /** The service's data namespaces: one version counter each. */
  namespaces: readonly string[];
  /**
   * Cacheable fields by coordinate (`Station.name`, or `Station.*` for every field of a type
   * not listed on its own): the namespaces the field reads, and how long its answer may be kept
   * in seconds (`minute`: until the current minute ends, for answers that follow the clock at
   * minute precision, such as opening hours). `false` keeps a field out that `Type.*` would let in.
   */
  fields: Readonly<Record<string, { deps: readonly string[]; maxAge: number | 'minute' } | false>>;
  /** The namespaces each mutation changes; a mutation not listed changes all of them. */
  mutations: Readonly<Record<string, readonly string[]>>;
}

/** What a resolver can add for one request: an answer that must not be kept, or only until a time. */
export class CacheHints {
  private until = Infinity;
  private stored = true;

  /** The answer must not be cached (e.g. a period that is not over yet). */
  noStore(): void {
    this.stored = false;
  }

  /** The answer holds only until `at` (e.g. the start of the next session of a course). */
  validUntil(at: Date | number): void {
    const t = typeof at === 'number' ? at : at.getTime();
    if (t < this.until) this.until = t;
  }

  /**
   * Figures over a period are kept only once the period is over (`to` given and past): an open
   * period follows the clock.
   */
  keepOnlyClosedPeriod(to: Date | null | undefined, now = Date.now()): void {
    if (!to || to.getTime() > now) this.stored = false;
  }

  /** Seconds the answer may be kept from `now` given these hints, 0 when it may not be. */
  seconds(now: number): number {
    if (!this.stored) return 0;
    return this.until === Infinity ? Infinity : Math.max(0, Math.floor((this.until - now) / 1000));
  }
}

export const VERSIONS_HEADER = 'x-nef-versions';
export const CACHE_HEADER = 'x-nef-cache';

/** The end of the current minute: when an answer about "now", at minute precision, must be worked out again. */
export function endOfMinute(now = Date.now()): number {
  return now - (now % 60_000) + 60_000;
}

/** How an answer that may be kept says so (`x-nef-cache`): for how long, and on which namespaces. */
export interface CacheHint {
  maxAge: number;
  deps: string[];
}

export function formatCacheHint(hint: CacheHint): string {
  return `max-age=${hint.maxAge}; deps=${hint.deps.join(',')}`;
}

/** The hint an answer carries, or null when it carries none (the answer may not be kept). */
export function parseCacheHint(header: string | null | undefined): CacheHint | null {
  const m = header ? /max-age=(\d+)\s*;\s*deps=([\w,-]*)/.exec(header) : null;
  return m ? { maxAge: Number(m[1]), deps: m[2]!.split(',').filter(Boolean) } : null;
}

interface Analysis {
  kind: 'query' | 'mutation' | 'other';
  /** For queries: every selected field is listed as cacheable. */
  cacheable: boolean;
  deps: string[];
  /** Longest the answer may be kept, in seconds. */
  maxAge: number;
  /** Some field follows the clock at minute precision: keep the answer no later than the minute's end. */
  toMinute: boolean;
  /** For mutations: the namespaces they change. */
  touches: string[];
}

/** Field coordinates of an operation (fragments included), checked against the policy. */
export function analyzeForCache(policy: CachePolicy, schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Analysis {
  if (operation.operation === 'mutation') {
    const touches = new Set<string>();
    for (const sel of operation.selectionSet.selections) {
      if (sel.kind !== 'Field' || sel.name.value === '__typename') continue;
      for (const ns of policy.mutations[sel.name.value] ?? policy.namespaces) touches.add(ns);
    }
    return { kind: 'mutation', cacheable: false, deps: [], maxAge: 0, toMinute: false, touches: [...touches] };
  }
  if (operation.operation !== 'query') return { kind: 'other', cacheable: false, deps: [], maxAge: 0, toMinute: false, touches: [] };
  const deps = new Set<string>();
  let maxAge = Infinity;
  let toMinute = false;
  let cacheable = true;
  const typeInfo = new TypeInfo(schema);
  const fragments = new Set<string>();
  const look = (node: OperationDefinitionNode | DocumentNode['definitions'][number]) =>
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field(field) {
          const name = field.name.value;
          if (name === '__typename') return;
          const parent = typeInfo.getParentType();
          if (!parent) {
            cacheable = false;
            return;
          }
          // The gateway's entity fetches: what they select decides.
          if (parent.name === 'Query' && name === '_entities') return;
          const rule = policy.fields[`${parent.name}.${name}`] ?? policy.fields[`${parent.name}.*`];
          if (!rule) {
            cacheable = false;
            return;
          }
          for (const d of rule.deps) deps.add(d);
          if (rule.maxAge === 'minute') toMinute = true;
          else maxAge = Math.min(maxAge, rule.maxAge);
        },
        FragmentSpread(spread) {
          fragments.add(spread.name.value);
        },
      }),
    );
  look(operation);
  for (const def of document.definitions) {
    if (def.kind === 'FragmentDefinition' && fragments.has(def.name.value)) look(def);
  }
  return { kind: 'query', cacheable: cacheable && maxAge > 0, deps: [...deps], maxAge: maxAge === Infinity ? 3600 : maxAge, toMinute, touches: [] };
}

/**
 * Tells the gateway, on every answer, the service's data versions (`x-nef-versions`) and, when
 * the answer may be kept, for how long and on which namespaces it depends (`x-nef-cache`).
 * Versions are read before the operation runs, so an answer is never tagged newer than its data.
 * After a mutation the versions it changed are moved on, and the answer carries the new ones,
 * so the gateway that sent it drops what it had cached before answering anyone else.
 */
export function cachePlugin(policy: CachePolicy, book: VersionBook, log: Logger): ApolloServerPlugin<{ cache: CacheHints }> {
  const analyses = new WeakMap<DocumentNode, Map<string, Analysis>>();
  const analysisOf = (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Analysis => {
    let byOp = analyses.get(document);
    if (!byOp) analyses.set(document, (byOp = new Map()));
    const key = operation.name?.value ?? '';
    let a = byOp.get(key);
    if (!a) byOp.set(key, (a = analyzeForCache(policy, schema, document, operation)));
    return a;
  };
  return {
    async requestDidStart() {
      let analysis: Analysis | undefined;
      let snapshot: Versions | undefined;
      return {
        async didResolveOperation(ctx) {
          if (!ctx.operation) return;
          analysis = analysisOf(ctx.schema, ctx.document, ctx.operation);
          if (analysis.kind === 'query') snapshot = await book.forAnswer();
        },
        async willSendResponse(ctx) {
          const headers = ctx.response.http.headers;
          const body = ctx.response.body.kind === 'single' ? ctx.response.body.singleResult : undefined;
          if (analysis?.kind === 'mutation') {
            // Nothing changed when the request failed as a whole (no data) or every mutation in
            // it failed (each root field null beside its error): each rolled back.
            if (body && (body.data == null || (body.errors?.length && Object.values(body.data).every((v) => v == null)))) return;
            try {
              headers.set(VERSIONS_HEADER, formatVersions(await book.bump(analysis.touches)));
            } catch (err) {
              log.error({ err }, 'data versions could not be moved on; cached answers may stay until they expire');
            }
            return;
          }
          const versions = snapshot ?? (await book.current().catch(() => undefined));
          if (versions && versions.size > 0) headers.set(VERSIONS_HEADER, formatVersions(versions));
          if (!analysis?.cacheable || !body || body.errors?.length || !snapshot) return;
          const now = Date.now();
          const hinted = ctx.contextValue.cache.seconds(now);
          const minuteLeft = analysis.toMinute ? Math.floor((endOfMinute(now) - now) / 1000) : Infinity;
          const maxAge = Math.min(hinted, analysis.maxAge, minuteLeft);
          if (maxAge > 0) headers.set(CACHE_HEADER, formatCacheHint({ maxAge, deps: analysis.deps }));
        },
      };
    },
  };
}
