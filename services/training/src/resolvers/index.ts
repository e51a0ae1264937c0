import type { Resolvers } from './context';
import { Course } from './course';
import { CourseSession } from './course-session';
import { Enrollment } from './enrollment';
import { Mutation } from './mutation';
import { Query } from './query';
import { Worker } from './worker';

export const resolvers: Resolvers = { Query, Mutation, Course, CourseSession, Enrollment, Worker };
