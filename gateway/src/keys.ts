import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { DOMAINS, findScopeRegion, type Domain, type Principal } from '@nef/kit';

/** One entry of the API keys file: only the key's SHA-256 is stored, never the key. */
export interface ApiKeyEntry {
  id: string;
  sha256: string;
  role: 'admin' | 'partner' | 'dashboard' | 'operator';
  platform?: string;
  /**
   * Dashboards and operators: the regions the key is limited to, codes of the national catalogue
   * at any level (440000 广东省, 441300 惠州市, 441302 惠城区, 110105015 八里庄街道); the key reads
   * every region inside one of them and nothing else. Absent: no limit.
   */
  regions?: string[];
  /** The older name of `regions`, still read (a list of county codes is a list of regions). */
  districts?: string[];
  domain?: Domain;
  /**
   * The published manifest of trusted documents (see trusted/) this key is bound to: in
   * production it runs only that manifest's operations.
   */
  operations?: string;
  /** Free-form queries allowed (admin tools, the playground): the key is bound to no manifest. */
  freeForm?: boolean;
}

/** A manifest's name: also its file name in TRUSTED_DOCUMENTS_DIR. */
export const MANIFEST_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

const KEY_ROLES = ['admin', 'partner', 'dashboard', 'operator'] as const;

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new random key; printed once by the CLI, then only its hash is kept. */
export function generateKey(): string {
  return `nef_${randomBytes(24).toString('base64url')}`;
}

/** Checks one entry; the message names the entry and what is wrong with it. */
export function validateEntry(raw: unknown, index: number): ApiKeyEntry {
  const where = `API key entry ${index}`;
  if (!raw || typeof raw !== 'object') throw new Error(`${where} is not an object`);
  const e = raw as Record<string, unknown>;
  if (typeof e.id !== 'string' || !e.id) throw new Error(`${where}: "id" must be a non-empty string`);
  const name = `API key "${e.id}"`;
  if (typeof e.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(e.sha256)) {
    throw new Error(`${name}: "sha256" must be the lower-case hex SHA-256 of the key (64 characters)`);
  }
  if (!KEY_ROLES.includes(e.role as ApiKeyEntry['role'])) {
    throw new Error(`${name}: "role" must be one of ${KEY_ROLES.join(', ')}`);
  }
  if (e.role === 'partner' && (typeof e.platform !== 'string' || !/^[A-Z][A-Z0-9_]{1,31}$/.test(e.platform))) {
    throw new Error(`${name}: partners need "platform", an upper-case platform code such as MEITUAN`);
  }
  if (e.role === 'operator' && !DOMAINS.includes(e.domain as Domain)) {
    throw new Error(`${name}: operators need "domain", one of ${DOMAINS.join(', ')}`);
  }
  const regions: string[] = [];
  for (const field of ['regions', 'districts'] as const) {
    const list = e[field];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length === 0) {
      throw new Error(`${name}: "${field}" must be a non-empty list of region codes of the national catalogue (e.g. 441300 for 惠州市, 320000 for 江苏省)`);
    }
    for (const code of list) {
      const region = typeof code === 'string' ? findScopeRegion(code) : null;
      if (!region) {
        throw new Error(`${name}: "${field}" must list region codes of the national catalogue (6 digits, 9 for a street, e.g. 441300 for 惠州市); ${JSON.stringify(code)} is not one`);
      }
      if (!regions.includes(region.code)) regions.push(region.code);
    }
  }
  if (e.operations !== undefined && (typeof e.operations !== 'string' || !MANIFEST_NAME.test(e.operations))) {
    throw new Error(`${name}: "operations" must name a published manifest (lower-case letters, digits and "-")`);
  }
  if (e.freeForm !== undefined && typeof e.freeForm !== 'boolean') throw new Error(`${name}: "freeForm" must be true or false`);
  if (e.operations !== undefined && e.freeForm === true) {
    throw new Error(`${name}: a key is either bound to "operations" or "freeForm", not both`);
  }
  return {
    id: e.id,
    sha256: e.sha256,
    role: e.role as ApiKeyEntry['role'],
    ...(e.role === 'partner' ? { platform: e.platform as string } : {}),
    ...(e.role === 'operator' ? { domain: e.domain as Domain } : {}),
    ...(regions.length && (e.role === 'dashboard' || e.role === 'operator') ? { regions } : {}),
    ...(e.operations !== undefined ? { operations: e.operations as string } : {}),
    ...(e.freeForm === true ? { freeForm: true } : {}),
  };
}

/** The keys a gateway accepts, looked up by the hash of the presented key. */
export class ApiKeys {
  private readonly byHash = new Map<string, ApiKeyEntry>();
  private readonly byId = new Map<string, ApiKeyEntry>();

  constructor(entries: ApiKeyEntry[]) {
    const ids = new Set<string>();
    for (const e of entries) {
      if (ids.has(e.id)) throw new Error(`API key id "${e.id}" appears twice`);
      if (this.byHash.has(e.sha256)) throw new Error(`API key "${e.id}" has the same hash as "${this.byHash.get(e.sha256)!.id}"`);
      ids.add(e.id);
      this.byHash.set(e.sha256, e);
      this.byId.set(e.id, e);
    }
  }

  static fromFile(file: string): ApiKeys {
    let parsed: unknown;
    try {
      parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      throw new Error(`cannot read API keys file ${file}: ${(err as Error).message}`);
    }
    if (!Array.isArray(parsed)) throw new Error(`API keys file ${file} must hold a JSON array of entries`);
    return new ApiKeys(parsed.map(validateEntry));
  }

  get size(): number {
    return this.byHash.size;
  }

  /** Every entry, in the file's order. */
  entries(): ApiKeyEntry[] {
    return [...this.byId.values()];
  }

  /** The entry of a key id (a principal's `keyId`). */
  entry(id: string): ApiKeyEntry | undefined {
    return this.byId.get(id);
  }

  hashes(): string[] {
    return [...this.byHash.keys()];
  }

  /** The principal of a presented key, or undefined when no entry matches. */
  principalFor(key: string): Principal | undefined {
    const e = this.byHash.get(hashKey(key));
    if (!e) return undefined;
    return {
      role: e.role,
      keyId: e.id,
      ...(e.platform ? { platform: e.platform } : {}),
      ...(e.domain ? { domain: e.domain } : {}),
      ...((e.regions ?? e.districts) ? { districts: [...(e.regions ?? []), ...(e.districts ?? [])] } : {}),
    };
  }
}
