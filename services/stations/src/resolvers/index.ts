import { District } from './district';
import { Mutation } from './mutation';
import { Query } from './query';
import { Station } from './station';

export const resolvers = { Query, Mutation, Station, District };
