import { badUserInput, forbidden } from './errors';
import type { Domain, Principal } from './principal';
import { canReadRegionMetrics, keyCovers } from './region-scope';

/**
 * Who may do what, as plain predicates over the principal. Each subgraph combines these with
 * what it alone knows (the union, for instance, knows which platforms a worker is on).
 */

export const isAdmin = (p: Principal) => p.role === 'admin';

/**
 * An operator of this domain, and, when a district is named, one whose key's regions cover it
 * (a Huizhou city key covers every Huizhou county).
 */
export function isOperatorOf(p: Principal, domain: Domain, districtCode?: string | null): boolean {
  if (p.role !== 'operator' || p.domain !== domain) return false;
  return districtCode == null || keyCovers(p, districtCode);
}

/** Admins, and operators of the domain (limited to their districts when a district is named). */
export function canManage(p: Principal, domain: Domain, districtCode?: string | null): boolean {
  return isAdmin(p) || isOperatorOf(p, domain, districtCode);
}

export function requireManager(p: Principal, domain: Domain, districtCode?: string | null): void {
  if (canManage(p, domain, districtCode)) return;
  if (p.role === 'operator' && p.domain === domain) {
    throw forbidden(
      `this operator key is limited to regions ${p.districts?.join(', ')}; ${districtCode} is outside them`,
      `此运营方密钥仅限地区${p.districts?.join('、')}，${districtCode}不在其内`,
    );
  }
  throw forbidden(`only admins and ${domain} operators may do this`);
}

/**
 * Whether the caller may read one worker's personal data held by a domain: admins, the
 * domain's operators, and the partner acting for exactly that worker.
 */
export function canReadWorker(p: Principal, domain: Domain, workerId: string): boolean {
  if (isAdmin(p) || (p.role === 'operator' && p.domain === domain)) return true;
  return p.role === 'partner' && p.workerId === workerId;
}

export function requireWorkerReadable(p: Principal, domain: Domain, workerId: string): void {
  if (!canReadWorker(p, domain, workerId)) {
    throw forbidden(
      p.role === 'partner'
        ? 'partners may read only the worker they act for (X-Acting-Worker)'
        : "this role may not read a worker's personal data",
    );
  }
}

/**
 * The worker a mutation with an optional `workerId` acts on. Partners act for their acting
 * worker (naming another one is FORBIDDEN); admins and the domain's operators must name one.
 */
export function targetWorker(p: Principal, domain: Domain, workerId: string | null | undefined): string {
  if (p.role === 'partner') {
    if (!p.workerId) {
      throw badUserInput('act for a worker: send X-Acting-Worker with the worker’s account id on your platform');
    }
    if (workerId && workerId !== p.workerId) {
      throw forbidden('partners may act only for the worker named in X-Acting-Worker');
    }
    return p.workerId;
  }
  if (canManage(p, domain)) {
    if (!workerId) throw badUserInput('workerId is required', { field: 'workerId' });
    return workerId;
  }
  throw forbidden(`only partners acting for a worker, ${domain} operators and admins may do this`);
}

/**
 * Whether the caller may read a district's aggregated metrics: admins, dashboards and the
 * domain's operators, each limited to the districts their key lists (none listed: all).
 * Partners and anonymous callers see no metrics.
 */
export function canReadDistrictMetrics(p: Principal, domain: Domain, districtCode: string): boolean {
  // A district is a county-level region: the same rule.
  return canReadRegionMetrics(p, domain, districtCode);
}

export function requireDistrictMetrics(p: Principal, domain: Domain, districtCode: string): void {
  if (canReadDistrictMetrics(p, domain, districtCode)) return;
  throw forbidden(
    p.role === 'dashboard' || p.role === 'operator'
      ? `this key may not read metrics of district ${districtCode}`
      : 'district metrics are for dashboards, operators and admins',
  );
}
