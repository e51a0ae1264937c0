/**
 * Sends operations by id, as trusted documents (Apollo's persisted queries): the body carries
 * `extensions.persistedQuery.sha256Hash`, the SHA-256 of the text, instead of the text itself.
 * The ids are those `npm run manifest` writes to persisted-query-manifest.json and
 * `npm run partner-client:publish` publishes to the gateway: both hash the text graphql-request
 * sends, `print(document)` of the generated documents.
 */
import { createHash } from 'node:crypto';

/**
 * - `id-then-text` (default): by id; when the gateway answers PERSISTED_QUERY_NOT_FOUND (the
 *   operation is not published yet), once more with the text, which runs only if the key may
 *   send it (outside production, or a free-form key);
 * - `id-only`: by id, never the text;
 * - `text`: the text, as any GraphQL client does (a production gateway runs it for a bound key
 *   only when it is exactly a published operation).
 */
export type DocumentMode = 'id-then-text' | 'id-only' | 'text';

export const documentId = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A fetch that turns graphql-request's JSON POSTs into requests by id, per `mode`. */
export function persistedQueryFetch(base: typeof fetch, mode: DocumentMode): typeof fetch {
  if (mode === 'text') return base;
  return async (input, init) => {
    const payload = typeof init?.body === 'string' && init.method === 'POST' ? parsed(init.body) : undefined;
    if (!payload || typeof payload.query !== 'string') return base(input, init);
    const { query, ...rest } = payload;
    const extensions = { ...(rest.extensions as object | undefined), persistedQuery: { version: 1, sha256Hash: documentId(query) } };
    const byId = await base(input, { ...init, body: JSON.stringify({ ...rest, extensions }) });
    if (mode === 'id-only' || !(await saysNotFound(byId.clone()))) return byId;
    // As Apollo's clients do: the text with its id, which the gateway checks against each other.
    return base(input, { ...init, body: JSON.stringify({ ...rest, query, extensions }) });
  };
}

function parsed(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

async function saysNotFound(response: Response): Promise<boolean> {
  try {
    const body = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
    return body.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') ?? false;
  } catch {
    return false;
  }
}
