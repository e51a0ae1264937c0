import path from 'node:path';
import type { Env } from '@nef/kit';
import type { ApiKeys } from '../keys';
import { TrustedDocuments } from './manifest';

/** gateway/trusted-documents: where `npm run operations:publish` stores manifests by default. */
export const DEFAULT_TRUSTED_DOCUMENTS_DIR = path.resolve(__dirname, '..', '..', 'trusted-documents');

export interface TrustedDocumentsSettings {
  /** Bound keys run only their manifest's operations: in production, or with TRUSTED_DOCUMENTS=enforce. */
  enforce: boolean;
  dir: string;
  documents: TrustedDocuments;
  /** Ids of keys neither bound to a manifest nor free-form: they run free-form, and the gateway warns at start. */
  unbound: string[];
}

/**
 * Reads TRUSTED_DOCUMENTS_DIR and checks the keys against it: a key bound to a manifest that
 * is not published stops the start (or a SIGHUP reload). With TRUSTED_DOCUMENTS=enforce every
 * key must also be bound or free-form.
 */
export function loadTrustedDocuments(env: Env, keys: ApiKeys): TrustedDocumentsSettings {
  const mode = env.str('TRUSTED_DOCUMENTS');
  if (mode !== undefined && mode !== 'enforce') throw new Error(`TRUSTED_DOCUMENTS must be "enforce" or unset, got "${mode}"`);
  const dir = path.resolve(env.str('TRUSTED_DOCUMENTS_DIR') ?? DEFAULT_TRUSTED_DOCUMENTS_DIR);
  const documents = TrustedDocuments.fromDirectory(dir);
  const unbound: string[] = [];
  for (const entry of keys.entries()) {
    if (entry.operations !== undefined && !documents.has(entry.operations)) {
      throw new Error(
        `API key "${entry.id}" is bound to operations "${entry.operations}", which are not published in ${dir} (npm run operations:publish -- --client ${entry.operations} ...)`,
      );
    }
    if (entry.operations === undefined && !entry.freeForm) unbound.push(entry.id);
  }
  if (mode === 'enforce' && unbound.length > 0) {
    throw new Error(`TRUSTED_DOCUMENTS=enforce: API keys ${unbound.map((id) => `"${id}"`).join(', ')} need "operations" (a manifest) or "freeForm": true`);
  }
  return { enforce: mode === 'enforce' || env.production, dir, documents, unbound };
}
