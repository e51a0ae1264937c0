import type { SelectQueryBuilder } from 'typeorm';
import { decodeCursor, forbidden, pageSize, requireDistrictCode, toConnection, type Database, type Principal } from '@nef/kit';
import { PlatformAccountEntity, WorkerEntity, type WorkerRow } from '../entities';
import { MEMBER_STATUS } from '../rules/membership-status';
import type { PhoneCipher } from '../rules/phone-cipher';
import { nameSearchSql, workerSearch } from '../rules/worker-search';
import { workerScope } from '../rules/worker-visibility';

export interface WorkerFilter {
  district?: string | null;
  occupation?: string | null;
  platform?: string | null;
  member?: boolean | null;
  search?: string | null;
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
  if (filter.district != null) qb.andWhere('w.districtCode = :district', { district: requireDistrictCode('district', filter.district) });
  if (filter.occupation != null) qb.andWhere('w.occupation = :occupation', { occupation: filter.occupation });
  if (platform != null) {
    qb.andWhere('EXISTS (SELECT 1 FROM platform_accounts pa WHERE pa.worker_id = w.id AND pa.platform_code = :platform)', { platform });
  }
  if (filter.member != null) {
    const member = 'EXISTS (SELECT 1 FROM memberships m WHERE m.worker_id = w.id AND m.status = :memberStatus)';
    qb.andWhere(filter.member ? member : `NOT ${member}`, { memberStatus: MEMBER_STATUS });
  }
  applySearch(qb, phones, filter.search);

  const total = await qb.clone().getCount();
  const page = qb.clone().orderBy('w.id', 'ASC').limit(first + 1);
  if (after !== undefined) page.andWhere('w.id > :after', { after });
  const rows: WorkerRow[] = await page.getMany();
  return toConnection(rows, first, (w) => w.id, total);
}

function applySearch(qb: SelectQueryBuilder<WorkerRow>, phones: PhoneCipher, search: string | null | undefined): void {
  const s = workerSearch(search);
  if (s?.by === 'phone') qb.andWhere('w.phoneHash = :phoneHash', { phoneHash: phones.hash(s.mobile) });
  else if (s?.by === 'last4') qb.andWhere('w.phoneLast4 = :last4', { last4: s.digits });
  else if (s?.by === 'name') qb.andWhere(nameSearchSql('w.name', 'name'), { name: s.pattern });
}

/** The id of the worker holding an account on a platform, or null. */
export async function workerIdByAccount(db: Database, platform: string, externalId: string): Promise<string | null> {
  const account = await db.manager.findOne(PlatformAccountEntity, { where: { platformCode: platform, externalId } });
  return account?.workerId ?? null;
}
