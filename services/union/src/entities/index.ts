import { AgreedMeasureEntity } from './agreed-measure';
import { AssistanceCaseEntity } from './assistance-case';
import { CaseStatusChangeEntity } from './case-status-change';
import { ConsentEntity } from './consent';
import { ConsultationEntity } from './consultation';
import { DistrictCountEntity } from './district-count';
import { JoinDayEntity } from './join-day';
import { MeasureStatusChangeEntity } from './measure-status-change';
import { MembershipEntity } from './membership';
import { MembershipEventEntity } from './membership-event';
import { PlatformEntity } from './platform';
import { PlatformAccountEntity } from './platform-account';
import { PhoneChallengeEntity } from './phone-challenge';
import { SmsMessageEntity } from './sms-message';
import { StreetCountEntity } from './street-count';
import { StreetJoinDayEntity } from './street-join-day';
import { UnionBranchEntity } from './union-branch';
import { WorkerEntity } from './worker';

export * from './agreed-measure';
export * from './assistance-case';
export * from './case-status-change';
export * from './consent';
export * from './consultation';
export * from './district-count';
export * from './join-day';
export * from './measure-status-change';
export * from './membership';
export * from './membership-event';
export * from './platform';
export * from './platform-account';
export * from './phone-challenge';
export * from './sms-message';
export * from './street-count';
export * from './street-join-day';
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
  StreetCountEntity,
  StreetJoinDayEntity,
  ConsentEntity,
  PhoneChallengeEntity,
  SmsMessageEntity,
];
