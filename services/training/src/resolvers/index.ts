import type { Resolvers } from '../generated/resolvers';
import { Course } from './course';
import { CourseRequest } from './course-request';
import { AttendanceLine, CourseSession } from './course-session';
import { District } from './district';
import { Enrollment } from './enrollment';
import { Mutation } from './mutation';
import { Query } from './query';
import { Region } from './region';
import { Station } from './station';
import { Worker } from './worker';

export const resolvers: Resolvers = { Query, Mutation, Course, CourseSession, Enrollment, Worker, Station, District, Region, CourseRequest, AttendanceLine };
