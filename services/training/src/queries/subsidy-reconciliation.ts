import { badUserInput, decodeCursor, forbidden, isId, pageSize, requireDistrictCode, scopeCondition, toConnection, type Connection, type Database, type Principal } from '@nef/kit';
import { SubsidyMovement } from '../entities';

export interface SubsidyBranchMonth {
  branchId: string;
  districtCode: string | null;
  month: string;
  grantedCents: number;
  returnedCents: number;
  netCents: number;
  grants: number;
  returns: number;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * A month's grants and returns per union branch (branch id order), from the movements each grant
 * and return wrote. Admins and training operators; an operator limited to regions sees only the
 * branches of the counties inside them (city-level branches, without a district, need a key
 * covering every region: no limits, or the nation).
 */
export async function subsidyReconciliation(
  db: Database,
  p: Principal,
  args: { month: string; district?: string | null; first?: number | null; after?: string | null },
): Promise<Connection<SubsidyBranchMonth>> {
  if (!(p.role === 'admin' || (p.role === 'operator' && p.domain === 'training'))) {
    throw forbidden('subsidy reconciliation is for admins and training operators');
  }
  const month = args.month.trim();
  if (!MONTH.test(month)) throw badUserInput(`month must be YYYY-MM, got "${args.month}"`, { field: 'month' });
  const first = pageSize(args.first);
  const after = decodeCursor(args.after);
  if (after !== undefined && !isId(after)) throw badUserInput('after is not a cursor this API returned', { field: 'after' });
  const qb = db.manager.createQueryBuilder(SubsidyMovement, 'm').where('m.month = :month', { month });
  if (args.district != null) qb.andWhere('m.branch_district_code = :district', { district: requireDistrictCode('district', args.district) });
  if (p.role === 'operator') {
    // A region-limited key sees the branches of the counties inside its regions.
    const scope = scopeCondition(p, { county: 'm.branch_district_code' });
    qb.andWhere(scope.sql, scope.params);
  }
  const total = await qb.clone().select('COUNT(DISTINCT m.branch_id)', 'n').getRawOne<{ n: number | string }>();
  const page = qb
    .clone()
    .select('m.branch_id', 'branchId')
    .addSelect('MAX(m.branch_district_code)', 'districtCode')
    .addSelect('SUM(CASE WHEN m.amount_cents > 0 THEN m.amount_cents ELSE 0 END)', 'granted')
    .addSelect('SUM(CASE WHEN m.amount_cents < 0 THEN -m.amount_cents ELSE 0 END)', 'returned')
    .addSelect('SUM(CASE WHEN m.amount_cents > 0 THEN 1 ELSE 0 END)', 'grants')
    .addSelect('SUM(CASE WHEN m.amount_cents < 0 THEN 1 ELSE 0 END)', 'returns')
    .groupBy('m.branch_id')
    .orderBy('m.branch_id', 'ASC')
    .limit(first + 1);
  if (after !== undefined) page.andWhere('m.branch_id > :after', { after });
  const rows =
    first === 0
      ? []
      : (await page.getRawMany<{ branchId: string; districtCode: string | null; granted: unknown; returned: unknown; grants: unknown; returns: unknown }>()).map(
          (r): SubsidyBranchMonth => ({
            branchId: r.branchId,
            districtCode: r.districtCode ?? null,
            month,
            grantedCents: Number(r.granted ?? 0),
            returnedCents: Number(r.returned ?? 0),
            netCents: Number(r.granted ?? 0) - Number(r.returned ?? 0),
            grants: Number(r.grants ?? 0),
            returns: Number(r.returns ?? 0),
          }),
        );
  return toConnection(rows, first, (r) => r.branchId, Number(total?.n ?? 0));
}
