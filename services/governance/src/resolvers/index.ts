import { District } from './district';
import { Mutation } from './mutation';
import { Query } from './query';
import { Report } from './report';
import { Worker } from './worker';

export const resolvers = { Query, Mutation, Report, Worker, District };
