import { bumpDataVersions, lockOne, newId, type Database, type WorkerPrivacy } from '@nef/kit';
import { In, IsNull, Not, type EntityManager, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import { cachePolicy } from '../cache';
import {
  Community,
  GatePass,
  GatePassRequest,
  Participation,
  PointsAccount,
  PointsEntry,
  Redemption,
  Report,
  ReportPhoto,
  Reward,
  VolunteerActivity,
  VolunteerConfirmation,
  VolunteerRole,
} from '../entities';
import { exportWorker, ownedSubjects } from '../queries/worker-export';
import { CLOSED_DESCRIPTION, CLOSED_PASS_REASON, CLOSED_REPORTER_ID, releasesPlace } from '../rules/worker-closure';
import { photoStore, type PhotoStore } from '../storage/photo-store';
import { isUnopened, lockAccount } from './append-points-entry';
import { cancelLocked } from './cancel-redemption';

/** What closing did, per kind of record. */
export interface ClosedCounts {
  [kind: string]: number;
  reportsAnonymised: number;
  reportPhotosDeleted: number;
  pointsAccountsAnonymised: number;
  pointsEntriesAnonymised: number;
  vouchersCancelled: number;
  redemptionsAnonymised: number;
  volunteerRolesEnded: number;
  volunteerRolesAnonymised: number;
  activityPlacesReleased: number;
  participationsAnonymised: number;
  confirmationsAnonymised: number;
  gatePassesRevoked: number;
  gatePassesAnonymised: number;
  gatePassRequestsDeleted: number;
}

const IN_CHUNK = 500;

/** Applies `patch` to the rows with these ids, a slice of ids per statement. */
async function updateIds<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  ids: readonly string[],
  patch: Parameters<EntityManager['update']>[2],
  also: FindOptionsWhere<T> = {},
  key = 'id',
): Promise<void> {
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    await em.update(entity, { ...also, [key]: In(ids.slice(i, i + IN_CHUNK)) } as FindOptionsWhere<T>, patch);
  }
}

/**
 * The worker's rows of a table, locked for the rest of the transaction (`FOR UPDATE` on MySQL,
 * by an index that starts with the worker column): a locking read sees the latest commit, and
 * the rows cannot change under the close. SQLite's transactions take turns: a plain read there.
 */
function lockWorkerRows<T extends ObjectLiteral>(em: EntityManager, db: Database, entity: EntityTarget<T>, property: keyof T & string, workerId: string): Promise<T[]> {
  const qb = em.createQueryBuilder(entity, 'x').where(`x.${property} = :workerId`, { workerId });
  if (db.lockMode) qb.setLock(db.lockMode);
  return qb.getMany();
}

/** The rows' ids, sorted, so that locks are always taken in the same order. */
const sortedIds = (ids: Iterable<string>) => [...new Set(ids)].sort();

/**
 * Closes a worker's account in governance (PIPL art. 47), in one transaction. Per table:
 *
 * - reports: kept as public hazard records (category, place, district and street, status and
 *   dates, points paid, the city's ticket and resolution note, the public history), because the
 *   report counts, resolution times and points paid that dashboards publish add up from them
 *   and the hazard is the city's to follow. What they said of the reporter goes: the reporter
 *   becomes CLOSED_REPORTER_ID (rules/worker-closure.ts), the description is replaced, the
 *   reviewer's private note, the platform, the retry key and the linked photo URLs are cleared.
 * - report photos: deleted, rows and bytes. A photo of a hazard can show faces, number plates
 *   or the reporter's own home; the report's category and place are the public fact, the
 *   picture is not needed for it. The bytes go through the photo store (`close` below).
 * - points: the ledger is kept, moved to a fresh id with the account row, so that its sum still
 *   equals the balance, every entry's running balance still follows, and the points paid and
 *   spent stay in the books. The figures published on points (governance_day_totals and the
 *   rows it is read beside) do not read the ledger at all and are untouched. Operators' notes
 *   are cleared, and so are the report ids paid for (REPORT_ACCEPTED references), which would
 *   lead from the ledger back to the worker's reports and their places. An account the worker
 *   never used is removed.
 * - vouchers: an ISSUED one is cancelled as cancelRedemption does (refund, stock back, metrics
 *   less it), since nobody can use it any more; then all the worker's redemptions move to the
 *   ledger's id, as points spent on the district's rewards are published, and the client's
 *   retry key becomes the redemption's own id.
 * - volunteer roles: a role held is ended now, as endVolunteerRole does; all roles move to the
 *   ledger's id, because the active-volunteer counts count distinct workers over roles and
 *   confirmed attendance together.
 * - volunteer sign-ups: a place in an activity not yet started is given back (the sign-up is
 *   deleted, the activity's count goes down, under the activity's lock as sign-ups take it);
 *   the others, and the confirmations the metrics count, move to the ledger's id.
 * - gate passes: a valid pass is revoked (its code must open no gate for whoever holds it
 *   now); all the worker's passes move to the ledger's id without the name and platform, and
 *   a revocation reason (which may tell about the holder) is replaced. They are kept because
 *   the communities' entry logs name them.
 * - gate registrations: deleted: they hold the worker's name, and nothing counts them.
 *
 * Locks, in the order the service's commands take them: first the worker's points account
 * (every points write of the worker takes it, so the ledger, vouchers and confirmations are the
 * close's alone until it commits), then the communities of the worker's passes and
 * registrations (as the gate commands do, so no approval writes the worker's name onto a pass
 * the close has just cleared), then the worker's rows, then each voucher's reward and each
 * released activity. A write of the same worker that comes after the close's locks waits and
 * then finds nothing of the worker's: it starts afresh, as for a new worker. On MySQL a close
 * racing such a write may deadlock; the database then rolls one of them back whole and runs
 * it again (Database.transaction).
 */
export async function closeWorkerRecords(db: Database, workerId: string, now: Date): Promise<{ counts: ClosedCounts; photoKeys: string[] }> {
  return db.transaction(async (em) => {
    const counts: ClosedCounts = {
      reportsAnonymised: 0,
      reportPhotosDeleted: 0,
      pointsAccountsAnonymised: 0,
      pointsEntriesAnonymised: 0,
      vouchersCancelled: 0,
      redemptionsAnonymised: 0,
      volunteerRolesEnded: 0,
      volunteerRolesAnonymised: 0,
      activityPlacesReleased: 0,
      participationsAnonymised: 0,
      confirmationsAnonymised: 0,
      gatePassesRevoked: 0,
      gatePassesAnonymised: 0,
      gatePassRequestsDeleted: 0,
    };
    // One per closing: what the rows that must stay name instead of the worker.
    const stand = newId();

    const account = await lockAccount(em, db, workerId);

    const gateCommunities = async () =>
      sortedIds([
        ...(await em.find(GatePass, { select: { communityId: true }, where: { workerId } })).map((g) => g.communityId),
        ...(await em.find(GatePassRequest, { select: { communityId: true }, where: { workerId } })).map((r) => r.communityId),
      ]);
    const locked = new Set<string>();
    const lockCommunities = async (ids: string[]) => {
      for (const id of ids.filter((c) => !locked.has(c))) {
        await lockOne(em, db, Community, { id });
        locked.add(id);
      }
    };
    await lockCommunities(await gateCommunities());

    const reports = await lockWorkerRows(em, db, Report, 'reporterId', workerId);
    const photos = await lockWorkerRows(em, db, ReportPhoto, 'workerId', workerId);
    const redemptions = await lockWorkerRows(em, db, Redemption, 'workerId', workerId);
    const roles = await lockWorkerRows(em, db, VolunteerRole, 'workerId', workerId);
    const passes = await lockWorkerRows(em, db, GatePass, 'workerId', workerId);
    const requests = await lockWorkerRows(em, db, GatePassRequest, 'workerId', workerId);
    // Registered meanwhile at another community: lock it too before touching its rows.
    await lockCommunities(sortedIds([...passes.map((g) => g.communityId), ...requests.map((r) => r.communityId)]));
    // Plain reads. Confirmations are written only under the account lock held above, so none is
    // missed. Sign-ups have no index by worker to lock them by; one committed after this read
    // was made after the close, and stays the worker's as a sign-up of a new worker would.
    const participations = await em.find(Participation, { where: { workerId } });
    const confirmations = await em.find(VolunteerConfirmation, { select: { participationId: true }, where: { workerId } });

    // Vouchers not yet used: cancelled, reward by reward.
    const issued = redemptions.filter((r) => r.status === 'ISSUED').sort((a, b) => (a.rewardId < b.rewardId ? -1 : a.rewardId > b.rewardId ? 1 : 0));
    for (const r of issued) {
      const reward = await lockOne(em, db, Reward, { id: r.rewardId });
      if (!reward) throw new Error(`redemption ${r.id} names a missing reward ${r.rewardId}`);
      await cancelLocked(em, db, reward, r, now);
      counts.vouchersCancelled += 1;
    }

    // Places in activities not yet started go back.
    const activities = new Map(
      (participations.length ? await em.find(VolunteerActivity, { where: { id: In(sortedIds(participations.map((p) => p.activityId))) } }) : []).map((a) => [a.id, a]),
    );
    const released = new Set<string>();
    for (const p of [...participations].sort((a, b) => (a.activityId < b.activityId ? -1 : 1))) {
      const seen = activities.get(p.activityId);
      if (!seen || !releasesPlace(p, seen, now)) continue;
      const activity = await lockOne(em, db, VolunteerActivity, { id: p.activityId });
      const current = await lockOne(em, db, Participation, { id: p.id });
      if (!activity || !current || !releasesPlace(current, activity, now)) continue;
      await em.delete(Participation, { id: current.id });
      await em.update(VolunteerActivity, { id: activity.id }, { participants: activity.participants - 1 });
      released.add(current.id);
    }
    counts.activityPlacesReleased = released.size;

    // Reports stay, without their reporter.
    const reportIds = reports.map((r) => r.id);
    await updateIds(em, Report, reportIds, {
      reporterId: CLOSED_REPORTER_ID,
      reporterPlatform: null,
      idempotencyKey: null,
      description: CLOSED_DESCRIPTION,
      photoUrls: '[]',
      reviewNote: null,
    });
    counts.reportsAnonymised = reportIds.length;

    const photoIds = photos.map((p) => p.id);
    for (let i = 0; i < photoIds.length; i += IN_CHUNK) await em.delete(ReportPhoto, { id: In(photoIds.slice(i, i + IN_CHUNK)) });
    counts.reportPhotosDeleted = photoIds.length;

    // The ledger moves whole (the refunds above included).
    if (isUnopened(account)) {
      await em.delete(PointsAccount, { workerId });
    } else {
      counts.pointsEntriesAnonymised = await em.count(PointsEntry, { where: { workerId } });
      await em.update(PointsEntry, { workerId, reason: 'REPORT_ACCEPTED' }, { reference: null });
      await em.update(PointsEntry, { workerId }, { workerId: stand, note: null });
      await em.update(PointsAccount, { workerId }, { workerId: stand });
      counts.pointsAccountsAnonymised = 1;
    }

    // The retry key was the client's: each redemption's own id keeps (worker, key) unique.
    const redemptionIds = redemptions.map((r) => r.id);
    for (let i = 0; i < redemptionIds.length; i += IN_CHUNK) {
      await em
        .createQueryBuilder()
        .update(Redemption)
        .set({ workerId: stand, idempotencyKey: () => 'id' })
        .where({ id: In(redemptionIds.slice(i, i + IN_CHUNK)) })
        .execute();
    }
    counts.redemptionsAnonymised = redemptions.length;

    const roleIds = roles.map((r) => r.id);
    const held = roles.filter((r) => r.until === null).map((r) => r.id);
    await updateIds(em, VolunteerRole, held, { until: now });
    await updateIds(em, VolunteerRole, roleIds, { workerId: stand, activeKey: null });
    counts.volunteerRolesEnded = held.length;
    counts.volunteerRolesAnonymised = roleIds.length;

    const kept = participations.filter((p) => !released.has(p.id)).map((p) => p.id);
    await updateIds(em, Participation, kept, { workerId: stand });
    counts.participationsAnonymised = kept.length;
    const confirmed = confirmations.map((c) => c.participationId);
    await updateIds(em, VolunteerConfirmation, confirmed, { workerId: stand }, {}, 'participationId');
    counts.confirmationsAnonymised = confirmed.length;

    const passIds = passes.map((g) => g.id);
    const valid = passes.filter((g) => g.revokedAt === null && g.expiresAt.getTime() > now.getTime()).map((g) => g.id);
    await updateIds(em, GatePass, valid, { revokedAt: now });
    await updateIds(em, GatePass, passIds, { revocationReason: CLOSED_PASS_REASON }, { revokedAt: Not(IsNull()) });
    await updateIds(em, GatePass, passIds, { workerId: stand, holderName: null, platform: null });
    counts.gatePassesRevoked = valid.length;
    counts.gatePassesAnonymised = passIds.length;

    const requestIds = requests.map((r) => r.id);
    for (let i = 0; i < requestIds.length; i += IN_CHUNK) await em.delete(GatePassRequest, { id: In(requestIds.slice(i, i + IN_CHUNK)) });
    counts.gatePassRequestsDeleted = requestIds.length;

    return { counts, photoKeys: photos.map((p) => p.storageKey) };
  });
}

/**
 * Governance's part of a worker's rights over their data: the export, the access log's subjects
 * and closing. Closing deletes the photo files through the photo store: those known before the
 * transaction first, so that a failure anywhere leaves rows to find on the next try (a photo
 * row whose bytes are gone is served as 404, as any missing photo), then any uploaded while it
 * ran. Caches of the public report list are told that the data changed.
 */
export function governancePrivacy(store: () => PhotoStore = photoStore): WorkerPrivacy {
  return {
    export: (db, workerId) => exportWorker(db, workerId),
    ownedSubjects,
    async close(db, workerId, now) {
      const before = await db.manager.find(ReportPhoto, { select: { storageKey: true }, where: { workerId } });
      for (const p of before) await store().delete(p.storageKey);
      const { counts, photoKeys } = await closeWorkerRecords(db, workerId, now);
      const deleted = new Set(before.map((p) => p.storageKey));
      for (const key of photoKeys.filter((k) => !deleted.has(k))) await store().delete(key);
      if (Object.values(counts).some((n) => n > 0)) await bumpDataVersions(db, cachePolicy.namespaces);
      return counts;
    },
  };
}
