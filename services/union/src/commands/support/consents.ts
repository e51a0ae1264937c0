import { In, IsNull, type EntityManager } from 'typeorm';
import { newId } from '@nef/kit';
import { ConsentEntity } from '../../entities';
import { consentRow } from '../../rules/consent';

/**
 * Marks the consents a worker gave a platform before as superseded by the one about to be
 * recorded, which says what stands now. Called under the worker's row lock; reads them first and
 * updates by primary key, so that no range of the consents index is locked (concurrent
 * confirmations for different workers would otherwise wait on each other at its end).
 */
export async function supersedeConsents(em: EntityManager, workerId: string, platform: string, now: Date): Promise<void> {
  const standing = await em.find(ConsentEntity, { select: { id: true }, where: { workerId, platformCode: platform, revokedAt: IsNull() } });
  if (standing.length) await em.update(ConsentEntity, { id: In(standing.map((c) => c.id)) }, { revokedAt: now, revokedBy: 'superseded' });
}

/**
 * Records a consent the worker has just given a platform, in the caller's transaction under the
 * worker's row lock: the ones given to that platform before are marked superseded first, so that
 * one consent per platform stands.
 */
export async function recordConsent(
  em: EntityManager,
  c: { workerId: string; platformCode: string; scopes: string; method: string; challengeId?: string | null; grantedBy: string },
  now: Date,
): Promise<void> {
  await supersedeConsents(em, c.workerId, c.platformCode, now);
  await em.insert(ConsentEntity, consentRow({ id: newId(), ...c, grantedAt: now }));
}
