import type { Database } from '@nef/kit';
import { In, type EntityManager, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import {
  Community,
  GateEntry,
  GatePass,
  GatePassRequest,
  Participation,
  PointsAccount,
  PointsEntry,
  Redemption,
  Report,
  ReportPhoto,
  ReportUpdate,
  Reward,
  VolunteerActivity,
  VolunteerRole,
} from '../entities';
import { photoPath } from '../rules/photo';

/** Ids per IN list: well inside every engine's limit on parameters. */
const IN_CHUNK = 500;

/** Rows whose `property` is one of `ids`, a slice of ids per statement. */
async function findIn<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, property: keyof T & string, ids: readonly string[]): Promise<T[]> {
  const unique = [...new Set(ids)];
  const out: T[] = [];
  for (let i = 0; i < unique.length; i += IN_CHUNK) {
    out.push(...(await em.find(entity, { where: { [property]: In(unique.slice(i, i + IN_CHUNK)) } as FindOptionsWhere<T> })));
  }
  return out;
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));

/**
 * Everything governance holds about a worker (PIPL art. 45), one list per kind of record, with
 * the names that make the ids meaningful (the reward's title, the community's name, the
 * activity's title). A photo is listed by where the API serves it, never by its storage key;
 * reviewers' key ids and guards' device ids are the staff's, not the worker's, and are left out.
 * Some fifteen statements whatever the number of rows.
 */
export async function exportWorker(db: Database, workerId: string): Promise<Record<string, unknown>> {
  const em = db.manager;
  const [accounts, entries, reports, photos, redemptions, roles, participations, passes, requests] = await Promise.all([
    em.find(PointsAccount, { where: { workerId } }),
    em.find(PointsEntry, { where: { workerId }, order: { createdAt: 'ASC', id: 'ASC' } }),
    em.find(Report, { where: { reporterId: workerId }, order: { submittedAt: 'ASC', id: 'ASC' } }),
    em.find(ReportPhoto, { where: { workerId }, order: { uploadedAt: 'ASC', id: 'ASC' } }),
    em.find(Redemption, { where: { workerId }, order: { redeemedAt: 'ASC', id: 'ASC' } }),
    em.find(VolunteerRole, { where: { workerId }, order: { since: 'ASC', id: 'ASC' } }),
    em.find(Participation, { where: { workerId }, order: { joinedAt: 'ASC', id: 'ASC' } }),
    em.find(GatePass, { where: { workerId }, order: { issuedAt: 'ASC', id: 'ASC' } }),
    em.find(GatePassRequest, { where: { workerId }, order: { submittedAt: 'ASC', id: 'ASC' } }),
  ]);
  const [history, rewards, activities, entryLog] = await Promise.all([
    findIn(em, ReportUpdate, 'reportId', reports.map((r) => r.id)),
    findIn(em, Reward, 'id', redemptions.map((r) => r.rewardId)),
    findIn(em, VolunteerActivity, 'id', participations.map((p) => p.activityId)),
    findIn(em, GateEntry, 'passId', passes.map((p) => p.id)),
  ]);
  const communityIds = [
    ...roles.map((r) => r.communityId),
    ...passes.map((p) => p.communityId),
    ...requests.map((r) => r.communityId),
    ...activities.flatMap((a) => (a.communityId ? [a.communityId] : [])),
    ...entryLog.map((e) => e.communityId),
  ];
  const communities = byId(await findIn(em, Community, 'id', communityIds));
  const communityName = (id: string | null) => (id ? (communities.get(id)?.name ?? null) : null);
  const rewardById = byId(rewards);
  const activityById = byId(activities);

  return {
    pointsAccounts: accounts.map((a) => ({ balance: a.balance, updatedAt: iso(a.updatedAt) })),
    pointsEntries: entries.map((e) => ({
      id: e.id,
      delta: e.delta,
      reason: e.reason,
      balanceAfter: e.balanceAfter,
      reference: e.reference,
      note: e.note,
      createdAt: iso(e.createdAt),
    })),
    reports: reports.map((r) => ({
      id: r.id,
      category: r.category,
      description: r.description,
      location: { lat: r.lat, lng: r.lng, crs: 'WGS84' },
      districtCode: r.districtCode,
      streetCode: r.streetCode ?? null,
      photoUrls: JSON.parse(r.photoUrls) as string[],
      status: r.status,
      duplicateOf: r.duplicateOf,
      submittedThrough: r.reporterPlatform,
      idempotencyKey: r.idempotencyKey,
      submittedAt: iso(r.submittedAt),
      reviewedAt: iso(r.reviewedAt),
      reviewNote: r.reviewNote,
      resolvedAt: iso(r.resolvedAt),
      resolutionNote: r.resolutionNote,
      externalRef: r.externalRef,
      pointsAwarded: r.pointsAwarded,
    })),
    reportHistory: history
      .sort((a, b) => (a.reportId === b.reportId ? a.seq - b.seq : a.reportId < b.reportId ? -1 : 1))
      .map((u) => ({ reportId: u.reportId, seq: u.seq, kind: u.kind, status: u.status, publicNote: u.publicNote, at: iso(u.at) })),
    reportPhotos: photos.map((p) => ({
      id: p.id,
      reportId: p.reportId,
      contentType: p.contentType,
      bytes: p.bytes,
      path: photoPath(p.id),
      uploadedAt: iso(p.uploadedAt),
    })),
    redemptions: redemptions.map((r) => {
      const reward = rewardById.get(r.rewardId);
      return {
        id: r.id,
        rewardId: r.rewardId,
        rewardTitle: reward?.title ?? null,
        stationId: reward?.stationId ?? null,
        districtCode: r.districtCode,
        pointsSpent: r.pointsSpent,
        voucherCode: r.voucherCode,
        status: r.status,
        redeemedAt: iso(r.redeemedAt),
        usedAt: iso(r.usedAt),
        cancelledAt: iso(r.cancelledAt),
      };
    }),
    volunteerRoles: roles.map((r) => ({
      id: r.id,
      communityId: r.communityId,
      communityName: communityName(r.communityId),
      role: r.role,
      since: iso(r.since),
      until: iso(r.until),
    })),
    volunteerParticipations: participations.map((p) => {
      const a = activityById.get(p.activityId);
      return {
        id: p.id,
        activityId: p.activityId,
        activityTitle: a?.title ?? null,
        communityId: a?.communityId ?? null,
        communityName: communityName(a?.communityId ?? null),
        districtCode: a?.districtCode ?? null,
        startsAt: iso(a?.startsAt),
        hours: a?.hours ?? null,
        joinedAt: iso(p.joinedAt),
        confirmedAt: iso(p.confirmedAt),
        pointsAwarded: p.pointsAwarded,
      };
    }),
    gatePasses: passes.map((g) => ({
      id: g.id,
      code: g.code,
      communityId: g.communityId,
      communityName: communityName(g.communityId),
      holderName: g.holderName,
      platform: g.platform,
      issuedAt: iso(g.issuedAt),
      expiresAt: iso(g.expiresAt),
      revokedAt: iso(g.revokedAt),
      revocationReason: g.revocationReason,
    })),
    gatePassRequests: requests.map((r) => ({
      id: r.id,
      communityId: r.communityId,
      communityName: communityName(r.communityId),
      holderName: r.holderName,
      platform: r.platform,
      status: r.status,
      submittedAt: iso(r.submittedAt),
      decidedAt: iso(r.decidedAt),
      refusalReason: r.refusalReason,
      passId: r.passId,
    })),
    gateEntries: entryLog
      .sort((a, b) => a.checkedAt.getTime() - b.checkedAt.getTime() || (a.id < b.id ? -1 : 1))
      .map((e) => ({ id: e.id, passId: e.passId, communityId: e.communityId, communityName: communityName(e.communityId), result: e.result, checkedAt: iso(e.checkedAt) })),
  };
}

/**
 * The worker's records that the audit log names as subjects: their reports (each read of
 * Report.reporter is recorded against the report). Read before closing, which detaches them.
 */
export async function ownedSubjects(db: Database, workerId: string): Promise<string[]> {
  const rows = await db.manager.find(Report, { select: { id: true }, where: { reporterId: workerId } });
  return rows.map((r) => r.id);
}
