import { AssistanceCaseEntity, CaseStatusChangeEntity } from './assistance-case';
import { AgreedMeasureEntity, ConsultationEntity, MeasureStatusChangeEntity } from './consultation';
import { MembershipEntity, MembershipEventEntity } from './membership';
import { PlatformEntity } from './platform';
import { PlatformAccountEntity } from './platform-account';
import { DistrictCountEntity, JoinDayEntity } from './rollups';
import { UnionBranchEntity } from './union-branch';
import { WorkerEntity } from './worker';

export * from './assistance-case';
export * from './consultation';
export * from './membership';
export * from './platform';
export * from './platform-account';
export * from './rollups';
export * from './union-branch';
export * from './worker';

export const entities = [
  PlatformEntity,
  WorkerEntity,
  PlatformAccountEntity,
  UnionBranchEntity,
  MembershipEntity,
  MembershipEventEntity,
  ConsultationEntity,
  AgreedMeasureEntity,
  MeasureStatusChangeEntity,
  AssistanceCaseEntity,
  CaseStatusChangeEntity,
  DistrictCountEntity,
  JoinDayEntity,
];
