import type { SubgraphModule } from '@nef/kit';
import type { Loaders } from '../loaders';
import { AssistanceCase } from './assistance-case';
import { AgreedMeasure, Consultation } from './consultation';
import { District } from './district';
import { CaseStatusChange, MeasureStatusChange, MembershipEvent } from './history';
import { Membership } from './membership';
import { Mutation } from './mutation';
import { PlatformAccount } from './platform-account';
import { Query } from './query';
import { UnionBranch } from './union-branch';
import { Worker } from './worker';

export const resolvers: SubgraphModule<Loaders>['resolvers'] = {
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
};
