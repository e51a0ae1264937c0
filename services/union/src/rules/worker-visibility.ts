import { forbidden, type Principal } from '@nef/kit/rules';
import { isUnionStaff } from './union-staff';

/**
 * Which workers a caller may see (PIPL minimisation): union staff, any; a partner, those
 * holding an account on its own platform; anyone else (anonymous, dashboards, other
 * domains' operators), no one.
 */
export type WorkerScope = { kind: 'all' } | { kind: 'platform'; platform: string } | { kind: 'none' };

export function workerScope(p: Principal): WorkerScope {
  if (isUnionStaff(p)) return { kind: 'all' };
  if (p.role === 'partner' && p.platform) return { kind: 'platform', platform: p.platform };
  return { kind: 'none' };
}

/** Whether the caller may see a worker who holds accounts on `workerPlatforms`. */
export function canSeeWorker(p: Principal, workerPlatforms: readonly string[]): boolean {
  const scope = workerScope(p);
  switch (scope.kind) {
    case 'all':
      return true;
    case 'platform':
      return workerPlatforms.includes(scope.platform);
    case 'none':
      return false;
  }
}

export function seesWholePhone(p: Principal): boolean {
  return isUnionStaff(p);
}

/** The platform accounts a caller may see of a visible worker: partners only their own. */
export function visibleAccounts<A extends { platformCode: string }>(p: Principal, accounts: readonly A[]): A[] {
  const scope = workerScope(p);
  if (scope.kind === 'all') return [...accounts];
  if (scope.kind === 'platform') return accounts.filter((a) => a.platformCode === scope.platform);
  return [];
}

/** The refusal of a worker the caller may not read; the same for a missing one where existence must not leak. */
export function workerHidden(p: Principal) {
  return forbidden(
    p.role === 'partner' ? 'partners may read only workers with an account on their own platform' : "this role may not read workers' personal data",
  );
}

/**
 * Course organisers (training operators) meet workers on their rosters, where the training
 * service hands the gateway the worker as an entity. They may resolve such a reference, and see
 * the name masked (`maskName`) and the id, nothing else: no phone, accounts, district, occupation
 * or membership. They still list and look up no workers here (`workerScope` gives them none).
 */
export function seesMaskedNameOnly(p: Principal): boolean {
  return p.role === 'operator' && p.domain === 'training';
}

/** A name with its first character kept and every other character a star (the kit's rule): 王强 -> 王*, 欧阳娜娜 -> 欧***. */
export { maskName } from '@nef/kit/rules';

/** Refuses a field beyond the masked name to a caller who sees only that. */
export function requireMoreThanMaskedName(p: Principal, field: string): void {
  if (seesMaskedNameOnly(p)) throw forbidden(`course organisers see a worker's masked name only, not ${field}`);
}
