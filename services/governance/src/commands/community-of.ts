import { notFound } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { Community, type CommunityRow } from '../entities';
import { requireId } from '../rules/ids';

/** The community an id names, or NOT_FOUND (BAD_USER_INPUT for a malformed id). */
export async function communityOf(em: EntityManager, communityId: string, field = 'communityId'): Promise<CommunityRow> {
  const community = await em.findOne(Community, { where: { id: requireId(field, communityId) } });
  if (!community) throw notFound(`no community with id ${communityId}`);
  return community;
}
