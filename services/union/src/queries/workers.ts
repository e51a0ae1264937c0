import { GraphQLError } from 'graphql';
import { MoreThan } from 'typeorm';
import { AuditEntity, decodeCursor, forbidden, type AuditTrail, pageSize, requireDistrictCode, toConnection, type Database, type Principal } from '@nef/kit';
import { PlatformAccountEntity, WorkerEntity, type WorkerRow } from '../entities';
import { MEMBER_STATUS } from '../rules/membership-status';
import type { PhoneCipher } from '../rules/phone-cipher';
import { PHONE_SEARCHES_PER_HOUR, nameSearchSql, workerSearch } from '../rules/worker-search';
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
  audit: AuditTrail,
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
  const search = workerSearch(p, filter.search);
  let phoneHash: string | undefined;
  if (search?.by === 'phone') {
    phoneHash = phones.hash(search.mobile);
    await chargePhoneSearch(db, p);
    qb.andWhere('w.phoneHash = :phoneHash', { phoneHash });
  } else if (search?.by === 'name') {
    qb.andWhere(nameSearchSql('w.name', 'name'), { name: search.pattern });
  }

  const total = await qb.clone().getCount();
  const page = qb.clone().orderBy('w.id', 'ASC').limit(first + 1);
  if (after !== undefined) page.andWhere('w.id > :after', { after });
  const rows: WorkerRow[] = await page.getMany();
  if (phoneHash) {
    // Who looked up which number (by its keyed hash), and whom it found: in the worker's own access log too.
    audit.record({ field: 'Query.workers(search: phone)', subjectType: 'PhoneSearch', subjectId: phoneHash });
    for (const w of rows) audit.record({ field: 'Query.workers(search: phone)', subjectType: 'Worker', subjectId: w.id });
  }
  return toConnection(rows, first, (w) => w.id, total);
}

/**
 * A union key's phone searches in the last hour, read from the audit log that records each:
 * RATE_LIMITED past PHONE_SEARCHES_PER_HOUR. Admin keys are not limited. Searches sent at the
 * same instant are counted once their rows are written, so a burst may pass the limit by the
 * searches in flight.
 */
async function chargePhoneSearch(db: Database, p: Principal): Promise<void> {
  if (p.role === 'admin') return;
  // Audit rows are stamped with the system clock, so the hour is counted on it too.
  const now = new Date();
  const since = new Date(now.getTime() - 3600_000);
  const recent = await db.manager.find(AuditEntity, {
    select: { at: true },
    where: { keyId: p.keyId ?? '', subjectType: 'PhoneSearch', at: MoreThan(since) },
    order: { at: 'ASC' },
    take: PHONE_SEARCHES_PER_HOUR,
  });
  if (recent.length < PHONE_SEARCHES_PER_HOUR) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((recent[0]!.at.getTime() + 3600_000 - now.getTime()) / 1000));
  throw new GraphQLError(`at most ${PHONE_SEARCHES_PER_HOUR} phone searches an hour per key; try again in ${retryAfterSeconds} s`, {
    extensions: { code: 'RATE_LIMITED', reason: 'PHONE_SEARCHES', retryAfterSeconds },
  });
}

/** The id of the worker holding an account on a platform, or null. */
export async function workerIdByAccount(db: Database, platform: string, externalId: string): Promise<string | null> {
  const account = await db.manager.findOne(PlatformAccountEntity, { where: { platformCode: platform, externalId } });
  return account?.workerId ?? null;
}
