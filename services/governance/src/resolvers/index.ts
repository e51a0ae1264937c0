import type { Resolvers } from '../generated/resolvers';
import { Community } from './community';
import { District } from './district';
import { GateEntry } from './gate-entry';
import { GatePass } from './gate-pass';
import { GatePassRequest } from './gate-pass-request';
import { Mutation } from './mutation';
import { Query } from './query';
import { Redemption } from './redemption';
import { Region } from './region';
import { Report } from './report';
import { ReportPhoto } from './report-photo';
import { Reward } from './reward';
import { Station } from './station';
import { VolunteerActivity } from './volunteer-activity';
import { VolunteerRole } from './volunteer-role';
import { Worker } from './worker';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Report,
  ReportPhoto,
  Worker,
  District,
  Region,
  Station,
  Reward,
  Redemption,
  Community,
  VolunteerRole,
  GatePass,
  GatePassRequest,
  GateEntry,
  VolunteerActivity,
};
