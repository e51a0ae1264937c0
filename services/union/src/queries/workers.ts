import type { SelectQueryBuilder } from 'typeorm';
import { badUserInput, decodeCursor, forbidden, pageSize, toConnection, type Principal } from '@nef/kit';
import { workerScope } from '../domain/access';
import { asMobile, type PhoneCipher } from '../domain/phone';
import { requireDistrictCode } from '../domain/validation';
import { WorkerEntity, type WorkerRow } from '../entities';
import type { Database } from '@nef/kit';

export interface WorkerFilter {
  district?: string | null;
  occupation?: string | null;
  platform?: string | null;
  member?: boolean | null;
  search?: string | null;
}

export const MAX_SEARCH = 50;

/** `LIKE :q ESCAPE '!'` pattern for a substring: `!`, `%` and `_` in the text match themselves. */
export function likeSubstring(text: string): string {
  return `%${text.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

/**
 * The registry as a keyset-paginated list (id order, which is registration order since ids
 * are UUIDv7). Union staff list everyone; a partner only workers holding an account on its
 * platform, which is then the platform condition. Other callers are FORBIDDEN. A search by a
 * whole number compares the keyed hash, never the ciphertext.
 */
export async function listWorkers(
  db: Database,
  phones: PhoneCipher,
  p: Principal,
  args: { filter?: WorkerFilter | null; first?: number | null; after?: string | null },
) {
  const scope = workerScope(p);
  if (scope.kind === 'none') throw forbidden("this role may not list workers' personal data");
  const first = pageSize(args.first);
  const after = decodeCursor(args.after);
  const filter = args.filter ?? {};
  let platform = filter.platform ?? null;
  if (scope.kind === 'platform') {
    if (platform != null && platform !== scope.platform) {
      throw forbidden(`partners list only workers on their own platform (${scope.platform}); leave platform out`);
    }
    platform = scope.platform;
  }

  const qb = db.manager.createQueryBuilder(WorkerEntity, 'w');
  if (filter.district != null) qb.andWhere('w.districtCode = :district', { district: requireDistrictCode(filter.district, 'district') });
  if (filter.occupation != null) qb.andWhere('w.occupation = :occupation', { occupation: filter.occupation });
  if (platform != null) {
    qb.andWhere('EXISTS (SELECT 1 FROM platform_accounts pa WHERE pa.worker_id = w.id AND pa.platform_code = :platform)', { platform });
  }
  if (filter.member != null) {
    const active = "EXISTS (SELECT 1 FROM memberships m WHERE m.worker_id = w.id AND m.status = 'ACTIVE')";
    qb.andWhere(filter.member ? active : `NOT ${active}`);
  }
  applySearch(qb, phones, filter.search);

  const total = await qb.clone().getCount();
  const page = qb.clone().orderBy('w.id', 'ASC').limit(first + 1);
  if (after !== undefined) page.andWhere('w.id > :after', { after });
  const rows: WorkerRow[] = await page.getMany();
  return toConnection(rows, first, (w) => w.id, total);
}

function applySearch(qb: SelectQueryBuilder<WorkerRow>, phones: PhoneCipher, search: string | null | undefined): void {
  const text = search?.trim() ?? '';
  if (text === '') return;
  if ([...text].length > MAX_SEARCH) throw badUserInput(`search must be at most ${MAX_SEARCH} characters`, { field: 'search' });
  const mobile = asMobile(text);
  if (mobile) {
    qb.andWhere('w.phoneHash = :phoneHash', { phoneHash: phones.hash(mobile) });
  } else if (/^\d{4}$/.test(text)) {
    qb.andWhere('w.phoneLast4 = :last4', { last4: text });
  } else {
    qb.andWhere("LOWER(w.name) LIKE :name ESCAPE '!'", { name: likeSubstring(text) });
  }
}
