import type { Resolvers } from '../generated/resolvers';
import { District } from './district';
import { MerchantOffer } from './merchant-offer';
import { Mutation } from './mutation';
import { Query } from './query';
import { Region } from './region';
import { Station } from './station';
import { StationVisit } from './station-visit';
import { Worker } from './worker';

export const resolvers: Resolvers = { Query, Mutation, Station, District, Region, MerchantOffer, StationVisit, Worker };
