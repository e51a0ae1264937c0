import { badUserInput, requireDistrictMetrics, type Database, type Principal } from '@nef/kit';
import { OPEN_CASE_STATUSES } from '../domain/status-rules';
import { requireDistrictCode } from '../domain/validation';
import { AssistanceCaseEntity, MembershipEntity } from '../entities';

export interface Count {
  key: string;
  count: number;
}

export interface UnionMetrics {
  members: number;
  joined: number;
  byOccupation: Count[];
  byPlatform: Count[];
  openCases: number;
}

/** Largest first, then by key, sorted here so both engines answer alike. */
function sortCounts(rows: { key: string; count: string | number }[]): Count[] {
  return rows
    .map((r) => ({ key: r.key, count: Number(r.count) }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * A district's union figures, from indexed columns only: workers by district_code, memberships
 * by (status, worker_id) and joined_at, accounts by (platform_code, worker_id), cases by
 * (worker_id, status). Five statements whatever the district's size; counts, never rows.
 */
export async function unionMetrics(
  db: Database,
  p: Principal,
  code: string,
  from: Date | null | undefined,
  to: Date | null | undefined,
): Promise<UnionMetrics> {
  requireDistrictCode(code, 'code');
  requireDistrictMetrics(p, 'union', code);
  if (from && to && from.getTime() > to.getTime()) {
    throw badUserInput('from must not be after to', { field: 'from' });
  }
  const m = db.manager;
  const activeMembers = () =>
    m
      .createQueryBuilder(MembershipEntity, 'm')
      .innerJoin('Worker', 'w', 'w.id = m.workerId')
      .where('w.districtCode = :code', { code })
      .andWhere("m.status = 'ACTIVE'");

  const joinedQb = m
    .createQueryBuilder(MembershipEntity, 'm')
    .innerJoin('Worker', 'w', 'w.id = m.workerId')
    .where('w.districtCode = :code', { code });
  if (from) joinedQb.andWhere('m.joinedAt >= :from', { from });
  if (to) joinedQb.andWhere('m.joinedAt < :to', { to });

  const [members, joined, byOccupation, byPlatform, openCases] = await Promise.all([
    activeMembers().getCount(),
    joinedQb.getCount(),
    activeMembers()
      .select('w.occupation', 'key')
      .addSelect('COUNT(*)', 'count')
      .groupBy('w.occupation')
      .getRawMany<{ key: string; count: string }>(),
    activeMembers()
      .innerJoin('PlatformAccount', 'pa', 'pa.workerId = m.workerId')
      .select('pa.platformCode', 'key')
      .addSelect('COUNT(*)', 'count')
      .groupBy('pa.platformCode')
      .getRawMany<{ key: string; count: string }>(),
    m
      .createQueryBuilder(AssistanceCaseEntity, 'c')
      .innerJoin('Worker', 'w', 'w.id = c.workerId')
      .where('w.districtCode = :code', { code })
      .andWhere('c.status IN (:...open)', { open: [...OPEN_CASE_STATUSES] })
      .getCount(),
  ]);
  return { members, joined, byOccupation: sortCounts(byOccupation), byPlatform: sortCounts(byPlatform), openCases };
}
