import type { TestSubgraph } from '@nef/kit/testing';
import {
  AgreedMeasureEntity,
  AssistanceCaseEntity,
  CaseStatusChangeEntity,
  ConsultationEntity,
  DistrictCountEntity,
  JoinDayEntity,
  MeasureStatusChangeEntity,
  MembershipEntity,
  MembershipEventEntity,
  PlatformAccountEntity,
  PlatformEntity,
  StreetCountEntity,
  StreetJoinDayEntity,
  UnionBranchEntity,
  WorkerEntity,
} from '../../src/entities';
import { phones } from '../../src/settings';

/**
 * Every table the generators write, rollups included, in a comparable order: the phone as it
 * decrypts, since each encryption draws its own IV. The city and national generator tests
 * compare two databases (or two runs) with it.
 */
export async function snapshot(sg: TestSubgraph) {
  const m = sg.db.manager;
  const byId = { order: { id: 'ASC' as const } };
  const workers = await m.find(WorkerEntity, byId);
  return {
    platforms: await m.find(PlatformEntity, { order: { code: 'ASC' } }),
    branches: await m.find(UnionBranchEntity, byId),
    workers: workers.map(({ phoneEnc, ...w }) => ({ ...w, phone: phones.decrypt(phoneEnc) })),
    accounts: await m.find(PlatformAccountEntity, byId),
    memberships: await m.find(MembershipEntity, byId),
    events: await m.find(MembershipEventEntity, byId),
    cases: await m.find(AssistanceCaseEntity, byId),
    caseChanges: await m.find(CaseStatusChangeEntity, byId),
    consultations: await m.find(ConsultationEntity, byId),
    measures: await m.find(AgreedMeasureEntity, byId),
    measureChanges: await m.find(MeasureStatusChangeEntity, byId),
    counts: await m.find(DistrictCountEntity, { order: { districtCode: 'ASC', metric: 'ASC', label: 'ASC' } }),
    days: await m.find(JoinDayEntity, { order: { districtCode: 'ASC', day: 'ASC' } }),
    streetCounts: await m.find(StreetCountEntity, { order: { streetCode: 'ASC', metric: 'ASC', label: 'ASC' } }),
    streetDays: await m.find(StreetJoinDayEntity, { order: { streetCode: 'ASC', day: 'ASC' } }),
  };
}
