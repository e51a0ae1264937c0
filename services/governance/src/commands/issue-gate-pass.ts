import { conflict, lockOne, newId, notFound, type Database } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { Community, GatePass, type CommunityRow, type GatePassRow } from '../entities';
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
    return issueOrExtend(em, community, workerId, now, null);
  });
}

/**
 * Inside a transaction that holds the community row locked: extends the worker's valid pass
 * there (same code) or issues a new one. With a registration, the pass carries the name and
 * platform the worker registered with (the newest registration wins on an extended pass).
 */
export async function issueOrExtend(
  em: EntityManager,
  community: CommunityRow,
  workerId: string,
  now: Date,
  holder: { holderName: string; platform: string | null } | null,
): Promise<GatePassRow> {
  if (!community.riderFriendly) {
    throw conflict(`${community.name} is not a rider-friendly community: it issues no gate passes`);
  }
  const current = await em
    .createQueryBuilder(GatePass, 'g')
    .where('g.communityId = :communityId AND g.workerId = :workerId', { communityId: community.id, workerId })
    .orderBy('g.expiresAt', 'DESC')
    .addOrderBy('g.id', 'DESC')
    .limit(1)
    .getOne();
  const plan = planIssue(current, community.passValidityDays, now);
  if (plan.kind === 'extend') {
    const patch: Partial<GatePassRow> = { expiresAt: plan.expiresAt, ...(holder ?? {}) };
    await em.update(GatePass, { id: current!.id }, patch);
    return { ...current!, ...patch };
  }
  const row: GatePassRow = {
    id: newId(),
    code: newPassCode(),
    workerId,
    communityId: community.id,
    issuedAt: now,
    expiresAt: plan.expiresAt,
    holderName: holder?.holderName ?? null,
    platform: holder?.platform ?? null,
    revokedAt: null,
    revocationReason: null,
  };
  await em.insert(GatePass, { ...row });
  return row;
}
