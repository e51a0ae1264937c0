import { isAdmin, type Principal } from '@nef/kit';

/** Admins and union operators: they keep the registry, so they see every worker and whole phones. */
export function isUnionStaff(p: Principal): boolean {
  return isAdmin(p) || (p.role === 'operator' && p.domain === 'union');
}

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

/** Who did something, for history rows: role, platform or domain, key id. */
export function actorOf(p: Principal): string {
  return [p.role, p.platform ?? p.domain, p.keyId].filter((s): s is string => !!s).join(':').slice(0, 120);
}

/**
 * A history row's actor as shown to the caller: union staff see the key id that acted; others
 * see only the kind of actor (e.g. `partner:MEITUAN`, `operator:union`), since key ids are
 * the union's audit data, not the partners'.
 */
export function actorFor(p: Principal, actor: string): string {
  if (isUnionStaff(p)) return actor;
  const parts = actor.split(':');
  // actorOf writes role[:platform-or-domain][:keyId]; only partners and operators have the middle part.
  return (parts[0] === 'partner' || parts[0] === 'operator' ? parts.slice(0, 2) : parts.slice(0, 1)).join(':');
}
