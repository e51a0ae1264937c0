import { Community, GatePass, VolunteerActivity, VolunteerRole } from './community';
import { District } from './district';
import { Mutation } from './mutation';
import { Query } from './query';
import { Report } from './report';
import { Redemption, Reward } from './rewards';
import { Station } from './station';
import { Worker } from './worker';

export const resolvers = {
  Query,
  Mutation,
  Report,
  Worker,
  District,
  Station,
  Reward,
  Redemption,
  Community,
  VolunteerRole,
  GatePass,
  VolunteerActivity,
};
