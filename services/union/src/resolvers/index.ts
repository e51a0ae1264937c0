import type { Resolvers } from '../generated/resolvers';
import { AgreedMeasure } from './agreed-measure';
import { AssistanceCase } from './assistance-case';
import { CaseStatusChange } from './case-status-change';
import { Consent, PhoneChallenge, SmsMessage } from './consent';
import { Consultation } from './consultation';
import { District } from './district';
import { MeasureStatusChange } from './measure-status-change';
import { Membership } from './membership';
import { MembershipEvent } from './membership-event';
import { Mutation } from './mutation';
import { PlatformAccount } from './platform-account';
import { Region } from './region';
import { Query } from './query';
import { UnionBranch } from './union-branch';
import { Worker } from './worker';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Worker,
  Membership,
  MembershipEvent,
  PlatformAccount,
  UnionBranch,
  Consultation,
  AgreedMeasure,
  MeasureStatusChange,
  AssistanceCase,
  CaseStatusChange,
  District,
  Region,
  Consent,
  PhoneChallenge,
  SmsMessage,
};
