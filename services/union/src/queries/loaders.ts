import { In, IsNull } from 'typeorm';
import { groupLoader, perArgs, periodKey, rowLoader, valueLoader, type Database, type MetricsPeriod } from '@nef/kit';
import {
  AgreedMeasureEntity,
  AssistanceCaseEntity,
  CaseStatusChangeEntity,
  ConsentEntity,
  ConsultationEntity,
  MeasureStatusChangeEntity,
  MembershipEntity,
  MembershipEventEntity,
  PlatformAccountEntity,
  PlatformEntity,
  UnionBranchEntity,
  WorkerEntity,
  type AgreedMeasureRow,
  type AssistanceCaseRow,
  type CaseStatusChangeRow,
  type ConsentRow,
  type ConsultationRow,
  type MeasureStatusChangeRow,
  type MembershipEventRow,
  type MembershipRow,
  type PlatformAccountRow,
  type PlatformRow,
  type UnionBranchRow,
  type WorkerRow,
} from '../entities';
import { districtUnionMetrics, emptyUnionMetrics, regionUnionMetrics, type UnionMetrics } from './metrics';

/**
 * Every loader of the service, created per request so nothing is cached across callers. No
 * loader here depends on the request's time: the metrics get their period, already ended at
 * the request's now, from the resolver.
 */
export function createLoaders(db: Database) {
  const m = () => db.manager;
  return {
    /** District metrics for one period: the districts of a request share its five statements. */
    unionMetrics: perArgs(
      (period: MetricsPeriod) => valueLoader<string, UnionMetrics>((codes) => districtUnionMetrics(db, codes, period), emptyUnionMetrics()),
      periodKey,
    ),
    /** Region metrics for one period, by region code at any level: the regions of a request share its two statements. */
    regionUnionMetrics: perArgs(
      (period: MetricsPeriod) => valueLoader<string, UnionMetrics>((codes) => regionUnionMetrics(db, codes, period), emptyUnionMetrics()),
      periodKey,
    ),
    workerById: rowLoader<string, WorkerRow>(
      (ids) => m().find(WorkerEntity, { where: { id: In([...ids]) } }),
      (w) => w.id,
    ),
    accountsByWorker: groupLoader<string, PlatformAccountRow>(
      (workerIds) =>
        m().find(PlatformAccountEntity, { where: { workerId: In([...workerIds]) }, order: { linkedAt: 'ASC', id: 'ASC' } }),
      (a) => a.workerId,
    ),
    membershipByWorker: rowLoader<string, MembershipRow>(
      (workerIds) => m().find(MembershipEntity, { where: { workerId: In([...workerIds]) } }),
      (ms) => ms.workerId,
    ),
    membershipById: rowLoader<string, MembershipRow>(
      (ids) => m().find(MembershipEntity, { where: { id: In([...ids]) } }),
      (ms) => ms.id,
    ),
    eventsByMembership: groupLoader<string, MembershipEventRow>(
      (ids) => m().find(MembershipEventEntity, { where: { membershipId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } }),
      (e) => e.membershipId,
    ),
    branchById: rowLoader<string, UnionBranchRow>(
      (ids) => m().find(UnionBranchEntity, { where: { id: In([...ids]) } }),
      (b) => b.id,
    ),
    platformByCode: rowLoader<string, PlatformRow>(
      (codes) => m().find(PlatformEntity, { where: { code: In([...codes]) } }),
      (pl) => pl.code,
    ),
    consultationById: rowLoader<string, ConsultationRow>(
      (ids) => m().find(ConsultationEntity, { where: { id: In([...ids]) } }),
      (c) => c.id,
    ),
    measuresByConsultation: groupLoader<string, AgreedMeasureRow>(
      (ids) => m().find(AgreedMeasureEntity, { where: { consultationId: In([...ids]) }, order: { position: 'ASC' } }),
      (ms) => ms.consultationId,
    ),
    changesByMeasure: groupLoader<string, MeasureStatusChangeRow>(
      (ids) => m().find(MeasureStatusChangeEntity, { where: { measureId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } }),
      (c) => c.measureId,
    ),
    caseById: rowLoader<string, AssistanceCaseRow>(
      (ids) => m().find(AssistanceCaseEntity, { where: { id: In([...ids]) } }),
      (c) => c.id,
    ),
    /** Consents that stand (not withdrawn), per worker, oldest first. */
    consentsByWorker: groupLoader<string, ConsentRow>(
      (workerIds) => m().find(ConsentEntity, { where: { workerId: In([...workerIds]), revokedAt: IsNull() }, order: { grantedAt: 'ASC', id: 'ASC' } }),
      (c) => c.workerId,
    ),
    /** Every consent, withdrawn ones too, per worker, newest first: what the worker is shown. */
    consentHistoryByWorker: groupLoader<string, ConsentRow>(
      (workerIds) => m().find(ConsentEntity, { where: { workerId: In([...workerIds]) }, order: { grantedAt: 'DESC', id: 'DESC' } }),
      (c) => c.workerId,
    ),
    changesByCase: groupLoader<string, CaseStatusChangeRow>(
      (ids) => m().find(CaseStatusChangeEntity, { where: { caseId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } }),
      (c) => c.caseId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
