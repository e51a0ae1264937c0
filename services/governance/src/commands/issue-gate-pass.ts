import { conflict, lockOne, newId, notFound, type Database } from '@nef/kit';
import { Community, GatePass, type GatePassRow } from '../entities';
import { newPassCode, planIssue } from '../rules/gate-pass';
import { requireId } from '../rules/ids';

/**
 * issueGatePass: issues (or extends) a worker's pass at a rider-friendly community
 * (rules/gate-pass.ts). The community row is locked so two issuances for the same worker cannot
 * both create a pass; the worker keeps at most one valid pass per community.
 */
export async function issueGatePass(db: Database, communityId: string, workerId: string, now: Date): Promise<GatePassRow> {
  requireId('communityId', communityId);
  return db.transaction(async (em) => {
    const community = await lockOne(em, db, Community, { id: communityId });
    if (!community) throw notFound(`no community with id ${communityId}`);
    if (!community.riderFriendly) {
      throw conflict(`${community.name} is not a rider-friendly community: it issues no gate passes`);
    }
    const current = await em
      .createQueryBuilder(GatePass, 'g')
      .where('g.communityId = :communityId AND g.workerId = :workerId', { communityId, workerId })
      .orderBy('g.expiresAt', 'DESC')
      .limit(1)
      .getOne();
    const plan = planIssue(current, community.passValidityDays, now);
    if (plan.kind === 'extend') {
      await em.update(GatePass, { id: current!.id }, { expiresAt: plan.expiresAt });
      return { ...current!, expiresAt: plan.expiresAt };
    }
    const row: GatePassRow = { id: newId(), code: newPassCode(), workerId, communityId, issuedAt: now, expiresAt: plan.expiresAt };
    await em.insert(GatePass, { ...row });
    return row;
  });
}
