/**
 * Manifests of trusted documents, in the format of Apollo's persisted query list manifests
 * (`@apollo/generate-persisted-query-manifest`): each operation is stored under its id, the
 * SHA-256 of its exact text, so a client may send the id alone
 * (`extensions.persistedQuery.sha256Hash`) or the text itself.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { MANIFEST_NAME } from '../keys';

export interface TrustedOperation {
  /** Lower-case hex SHA-256 of `body`, the exact text a client sends. */
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

export interface Manifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: TrustedOperation[];
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Checks a manifest read from JSON: the format, and every id against its body. */
export function validateManifest(raw: unknown, where: string): Manifest {
  const m = raw as Partial<Manifest> | null;
  if (!m || typeof m !== 'object' || m.format !== 'apollo-persisted-query-manifest' || m.version !== 1 || !Array.isArray(m.operations)) {
    throw new Error(`${where}: not a persisted query manifest (format "apollo-persisted-query-manifest", version 1, operations)`);
  }
  const operations = m.operations.map((op: Partial<TrustedOperation>, i) => {
    if (!op || typeof op.body !== 'string' || typeof op.id !== 'string' || typeof op.name !== 'string') {
      throw new Error(`${where}: operation ${i} needs "id", "name" and "body" strings`);
    }
    if (sha256(op.body) !== op.id) throw new Error(`${where}: operation ${op.name} has id ${op.id}, which is not the SHA-256 of its body`);
    const type = op.type ?? 'query';
    if (type !== 'query' && type !== 'mutation' && type !== 'subscription') throw new Error(`${where}: operation ${op.name} has an unknown type "${String(type)}"`);
    return { id: op.id, name: op.name, type, body: op.body };
  });
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}

export function readManifest(file: string): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read manifest ${file}: ${(err as Error).message}`);
  }
  return validateManifest(raw, file);
}

/** The operations of GraphQL source text, each printed with the fragments it uses (as graphql-codegen's documents hold them). */
export function operationsOfSource(source: string, where: string): TrustedOperation[] {
  let doc: DocumentNode;
  try {
    doc = parse(source);
  } catch (err) {
    throw new Error(`${where}: ${(err as Error).message}`);
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of doc.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  return doc.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((op) => {
      if (!op.name) throw new Error(`${where}: every trusted operation needs a name`);
      const body = print({ kind: Kind.DOCUMENT, definitions: [op, ...fragmentsUsed(op, fragments, where)] });
      return { id: sha256(body), name: op.name.value, type: op.operation, body };
    });
}

/** The fragments an operation spreads, directly or through other fragments, in order of first use. */
function fragmentsUsed(root: DefinitionNode, all: Map<string, FragmentDefinitionNode>, where: string): FragmentDefinitionNode[] {
  const used: FragmentDefinitionNode[] = [];
  const seen = new Set<string>();
  const walk = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (seen.has(name)) return;
        const fragment = all.get(name);
        if (!fragment) throw new Error(`${where}: fragment ${name} is used but not defined`);
        seen.add(name);
        used.push(fragment);
        walk(fragment);
      },
    });
  walk(root);
  return used;
}

/** The manifests of a directory: `<name>.json` each, the name being the one API keys are bound to. */
export class TrustedDocuments {
  private readonly manifests = new Map<string, Map<string, TrustedOperation>>();
  private readonly anyById = new Map<string, TrustedOperation>();

  constructor(manifests: Record<string, Manifest>) {
    for (const [name, manifest] of Object.entries(manifests)) {
      const byId = new Map(manifest.operations.map((op) => [op.id, op]));
      this.manifests.set(name, byId);
      for (const op of manifest.operations) this.anyById.set(op.id, op);
    }
  }

  /** Every `<name>.json` of `dir`; an absent directory holds none. A malformed manifest fails the whole load. */
  static fromDirectory(dir: string): TrustedDocuments {
    const manifests: Record<string, Manifest> = {};
    if (fs.existsSync(dir)) {
      for (const file of fs.readdirSync(dir).sort()) {
        const name = file.replace(/\.json$/, '');
        if (name === file || !MANIFEST_NAME.test(name)) continue;
        manifests[name] = readManifest(path.join(dir, file));
      }
    }
    return new TrustedDocuments(manifests);
  }

  names(): string[] {
    return [...this.manifests.keys()];
  }

  has(manifest: string): boolean {
    return this.manifests.has(manifest);
  }

  /** The operation of a manifest with this id, if it holds one. */
  find(manifest: string, id: string): TrustedOperation | undefined {
    return this.manifests.get(manifest)?.get(id);
  }

  /** The operation with this id in any manifest. */
  findAnywhere(id: string): TrustedOperation | undefined {
    return this.anyById.get(id);
  }

  /** Every operation name of every manifest (the names /metrics always labels as they are). */
  operationNames(): Set<string> {
    return new Set([...this.anyById.values()].map((op) => op.name));
  }
}

/**
 * Adds operations to a stored manifest (or replaces its operations with `replace`), sorted by
 * name then id, written to a temporary file and renamed into place: a gateway reading it
 * never sees half a file. Returns what was added and what was dropped.
 */
export function storeManifest(
  dir: string,
  name: string,
  operations: TrustedOperation[],
  opts: { replace?: boolean } = {},
): { added: TrustedOperation[]; removed: TrustedOperation[]; total: number } {
  if (!MANIFEST_NAME.test(name)) throw new Error(`"${name}" is not a manifest name (lower-case letters, digits and "-")`);
  const file = path.join(dir, `${name}.json`);
  const before = fs.existsSync(file) ? readManifest(file).operations : [];
  const known = new Set(before.map((op) => op.id));
  const incoming = new Map(operations.map((op) => [op.id, op]));
  const kept = opts.replace ? before.filter((op) => incoming.has(op.id)) : before;
  const added = [...incoming.values()].filter((op) => !known.has(op.id));
  const removed = before.filter((op) => !kept.includes(op));
  const all = [...kept, ...added].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const manifest: Manifest = { format: 'apollo-persisted-query-manifest', version: 1, operations: all };
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
  fs.renameSync(tmp, file);
  return { added, removed, total: all.length };
}
