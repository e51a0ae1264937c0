import { badUserInput, conflict, isUniqueViolation, newId, notFound, requireManager, type Database, type Principal } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import {
  Community,
  Participation,
  VolunteerActivity,
  VolunteerRole,
  type CommunityRow,
  type PointsEntryRow,
  type VolunteerActivityRow,
  type VolunteerRoleRow,
} from '../entities';
import { requireGovernance } from './access';
import { appendEntry } from './ledger';
import { recordConfirmation, RollupChanges } from './rollups';
import { districtCode, id, intInRange, text } from './text';
import type { RoleKind } from './vocabulary';

export interface CommunityInput {
  name: string;
  districtCode: string;
  riderFriendly: boolean;
  passValidityDays?: number | null;
}

export function validateCommunity(input: CommunityInput): Omit<CommunityRow, 'id' | 'createdAt'> {
  return {
    name: text(input.name, 'name', 1, 100),
    districtCode: districtCode(input.districtCode, 'districtCode'),
    riderFriendly: input.riderFriendly,
    passValidityDays: intInRange(input.passValidityDays ?? 30, 'passValidityDays', 1, 366),
  };
}

export async function createCommunity(db: Database, p: Principal, input: CommunityInput): Promise<CommunityRow> {
  const fields = validateCommunity(input);
  requireGovernance(p, fields.districtCode);
  const row: CommunityRow = { id: newId(), ...fields, createdAt: new Date() };
  await db.transaction((em) => em.insert(Community, { ...row }));
  return row;
}

async function communityOf(em: EntityManager, communityId: string, field = 'communityId'): Promise<CommunityRow> {
  const community = await em.findOne(Community, { where: { id: id(communityId, field) } });
  if (!community) throw notFound(`no community with id ${communityId}`);
  return community;
}

const activeKeyOf = (workerId: string, communityId: string, role: RoleKind) => `${workerId}:${communityId}:${role}`;

/**
 * Gives a worker a role at a community. Assigning a role the worker already holds there returns
 * the role held (the same `since`), so a retried call does not start a second term.
 */
export async function assignRole(db: Database, p: Principal, args: { workerId: string; communityId: string; role: RoleKind }): Promise<VolunteerRoleRow> {
  const workerId = id(args.workerId, 'workerId');
  const community = await communityOf(db.manager, args.communityId);
  requireManager(p, 'governance', community.districtCode);
  const activeKey = activeKeyOf(workerId, community.id, args.role);
  const held = () => db.manager.findOne(VolunteerRole, { where: { activeKey } });
  const current = await held();
  if (current) return current;
  const row: VolunteerRoleRow = { id: newId(), workerId, communityId: community.id, role: args.role, since: new Date(), until: null, activeKey };
  try {
    await db.transaction((em) => em.insert(VolunteerRole, { ...row }));
    return row;
  } catch (err) {
    if (isUniqueViolation(err)) {
      const winner = await held();
      if (winner) return winner;
    }
    throw err;
  }
}

/** Ends a role now; ending one already ended is CONFLICT. */
export async function endRole(db: Database, p: Principal, roleId: string): Promise<VolunteerRoleRow> {
  id(roleId, 'id');
  return db.transaction(async (em) => {
    const qb = em.createQueryBuilder(VolunteerRole, 'v').where('v.id = :id', { id: roleId });
    if (db.lockMode) qb.setLock(db.lockMode);
    const role = await qb.getOne();
    if (!role) throw notFound(`no volunteer role with id ${roleId}`);
    const community = await communityOf(em, role.communityId);
    requireManager(p, 'governance', community.districtCode);
    if (role.until) throw conflict(`this role already ended at ${role.until.toISOString()}`);
    const patch = { until: new Date(), activeKey: null };
    await em.update(VolunteerRole, { id: role.id }, patch);
    return { ...role, ...patch };
  });
}

export interface ActivityInput {
  title: string;
  communityId?: string | null;
  /** Where an activity without a community takes place (an addition to the contract's input). */
  districtCode?: string | null;
  startsAt: Date;
  hours: number;
  pointsPerParticipant: number;
  capacity: number;
}

export async function createActivity(db: Database, p: Principal, input: ActivityInput): Promise<VolunteerActivityRow> {
  const title = text(input.title, 'title', 1, 100);
  if (!Number.isFinite(input.hours) || input.hours <= 0 || input.hours > 24) {
    throw badUserInput(`hours must be more than 0 and at most 24, got ${input.hours}`, { field: 'hours' });
  }
  const pointsPerParticipant = intInRange(input.pointsPerParticipant, 'pointsPerParticipant', 1, 1000);
  const capacity = intInRange(input.capacity, 'capacity', 1, 10_000);
  const community = input.communityId == null ? null : await communityOf(db.manager, input.communityId);
  const named = input.districtCode == null ? null : districtCode(input.districtCode, 'districtCode');
  if (community && named && named !== community.districtCode) {
    throw badUserInput(`districtCode ${named} differs from the community's district ${community.districtCode}; leave it out`, { field: 'districtCode' });
  }
  const district = community?.districtCode ?? named;
  if (!district) throw badUserInput('name a communityId, or a districtCode for an activity outside any community', { field: 'districtCode' });
  requireGovernance(p, district);
  const row: VolunteerActivityRow = {
    id: newId(),
    title,
    communityId: community?.id ?? null,
    districtCode: district,
    startsAt: input.startsAt,
    hours: input.hours,
    pointsPerParticipant,
    capacity,
    participants: 0,
    createdAt: new Date(),
  };
  await db.transaction((em) => em.insert(VolunteerActivity, { ...row }));
  return row;
}

function lockActivity(em: EntityManager, db: Database, activityId: string): Promise<VolunteerActivityRow | null> {
  const qb = em.createQueryBuilder(VolunteerActivity, 'a').where('a.id = :id', { id: activityId });
  if (db.lockMode) qb.setLock(db.lockMode);
  return qb.getOne();
}

/**
 * Signs a worker up. The activity row is locked, so sign-ups take turns and `participants` never
 * passes `capacity`. Signing up again returns the activity unchanged (idempotent per worker).
 */
export async function joinActivity(db: Database, activityId: string, workerId: string, now = new Date()): Promise<VolunteerActivityRow> {
  id(activityId, 'activityId');
  return db.transaction(async (em) => {
    const activity = await lockActivity(em, db, activityId);
    if (!activity) throw notFound(`no volunteer activity with id ${activityId}`);
    if (await em.findOne(Participation, { where: { activityId, workerId } })) return activity;
    if (activity.startsAt.getTime() <= now.getTime()) {
      throw conflict(`"${activity.title}" started at ${activity.startsAt.toISOString()}: sign-up is closed`);
    }
    if (activity.participants >= activity.capacity) {
      throw conflict(`"${activity.title}" is full: all ${activity.capacity} places are taken`);
    }
    await em.insert(Participation, { id: newId(), activityId, workerId, joinedAt: now, confirmedAt: null, pointsAwarded: null });
    await em.update(VolunteerActivity, { id: activityId }, { participants: activity.participants + 1 });
    return { ...activity, participants: activity.participants + 1 };
  });
}

/**
 * Confirms that a signed-up worker took part, once the activity has started, and pays the
 * activity's points. The ledger reference is the activity id, so confirming again returns the
 * entry already paid instead of paying twice. Admins and governance operators of the district.
 */
export async function confirmParticipation(db: Database, p: Principal, activityId: string, workerId: string, now = new Date()): Promise<PointsEntryRow> {
  id(activityId, 'activityId');
  return db.transaction(async (em) => {
    const activity = await em.findOne(VolunteerActivity, { where: { id: activityId } });
    if (!activity) throw notFound(`no volunteer activity with id ${activityId}`);
    requireManager(p, 'governance', activity.districtCode);
    const qb = em.createQueryBuilder(Participation, 'x').where('x.activityId = :activityId AND x.workerId = :workerId', { activityId, workerId });
    if (db.lockMode) qb.setLock(db.lockMode);
    const participation = await qb.getOne();
    if (!participation) throw conflict(`worker ${workerId} did not sign up for "${activity.title}"`);
    if (activity.startsAt.getTime() > now.getTime()) {
      throw conflict(`"${activity.title}" starts at ${activity.startsAt.toISOString()}: attendance is confirmed once it has started`);
    }
    const { entry } = await appendEntry(em, db, {
      workerId,
      delta: activity.pointsPerParticipant,
      reason: 'ACTIVITY',
      reference: activity.id,
      at: now,
    });
    if (!participation.confirmedAt) {
      await em.update(Participation, { id: participation.id }, { confirmedAt: now, pointsAwarded: entry.delta });
      // After appendEntry, which holds the worker's account lock: confirmations of a worker take turns.
      await recordConfirmation(em, { participationId: participation.id, districtCode: activity.districtCode, workerId, confirmedAt: now, points: entry.delta });
      await new RollupChanges().points(activity.districtCode, now, 'activityPoints', entry.delta).write(em);
    }
    return entry;
  });
}
