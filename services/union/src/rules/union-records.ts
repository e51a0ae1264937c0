import type { Principal } from '@nef/kit/rules';
import { platformOfActor } from './history-actor';
import { isUnionStaff } from './union-staff';

/**
 * What a partner sees of the union's records about the worker it acts for (PIPL: each platform
 * sees what was made through it or what the worker shared with it):
 * - assistance cases opened through it, and the others only when the worker gave it
 *   SHARE_UNION_RECORDS; never a case raised against itself, whoever opened it;
 * - free-text reasons of membership changes made through it, the others only when shared.
 * Union staff see everything.
 */
export interface PartnerView {
  platform: string;
  /** The worker gave this platform SHARE_UNION_RECORDS. */
  shared: boolean;
}

/** Whether a record made by `actor` is the partner's to read in full. */
export function madeThroughOrShared(view: PartnerView, actor: string): boolean {
  return view.shared || platformOfActor(actor) === view.platform;
}

/** Whether a partner may read a case: its worker's, not raised against it, and made through it or shared. */
export function partnerSeesCase(view: PartnerView, c: { openedBy: string; againstPlatform?: string | null }): boolean {
  if (c.againstPlatform === view.platform) return false;
  return madeThroughOrShared(view, c.openedBy);
}

/** A membership change's reason as the caller may read it. */
export function reasonFor(p: Principal, view: PartnerView | null, actor: string, reason: string | null): string | null {
  if (reason == null || isUnionStaff(p)) return reason;
  if (!view) return null;
  return madeThroughOrShared(view, actor) ? reason : null;
}
