import type { Principal } from '@nef/kit/rules';
import { isUnionStaff } from './union-staff';

/** Who did something, for history rows: role, platform or domain, key id. */
export function actorOf(p: Principal): string {
  return [p.role, p.platform ?? p.domain, p.keyId].filter((s): s is string => !!s).join(':').slice(0, 120);
}

/** The platform a history row's actor acted for (`partner:MEITUAN:key` -> MEITUAN); null for anyone else. */
export function platformOfActor(actor: string): string | null {
  const parts = actor.split(':');
  return parts[0] === 'partner' && parts[1] ? parts[1] : null;
}

/**
 * A history row's actor as shown to the caller: union staff see the key id that acted; others
 * see only the kind of actor (e.g. `partner:MEITUAN`, `operator:union`), since key ids are the
 * union's audit data, not the partners'. A partner sees another platform only as `partner`: which
 * other platforms a worker uses is not its business.
 */
export function actorFor(p: Principal, actor: string): string {
  if (isUnionStaff(p)) return actor;
  const parts = actor.split(':');
  if (parts[0] === 'partner' && p.role === 'partner' && parts[1] !== p.platform) return 'partner';
  // actorOf writes role[:platform-or-domain][:keyId]; only partners and operators have the middle part.
  return (parts[0] === 'partner' || parts[0] === 'operator' ? parts.slice(0, 2) : parts.slice(0, 1)).join(':');
}
