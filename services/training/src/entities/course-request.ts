import { EntitySchema } from 'typeorm';
import type { CourseCategory } from './course';

/** Workers asking for a class on a topic in a district ("点单"); who asked is in the votes. */
export interface CourseRequestRow {
  id: string;
  /** The topic as the first worker wrote it (normalised whitespace). */
  topic: string;
  category: CourseCategory;
  districtCode: string;
  /** `demandKey` while the request takes requests; null once a course fulfils it, so a new round can start. */
  openKey: string | null;
  /** Workers who asked (one each): kept with the votes, in the same transaction. */
  requests: number;
  /** When `requests` reached the threshold in force at that moment. */
  openedAt: Date | null;
  fulfilledByCourseId: string | null;
  fulfilledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const CourseRequest = new EntitySchema<CourseRequestRow>({
  name: 'CourseRequest',
  tableName: 'course_requests',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    topic: { type: 'varchar', length: 100 },
    category: { type: 'varchar', length: 32 },
    districtCode: { name: 'district_code', type: 'varchar', length: 12 },
    openKey: { name: 'open_key', type: 'varchar', length: 160, nullable: true },
    requests: { type: 'int' },
    openedAt: { name: 'opened_at', type: 'datetime', precision: 3, nullable: true },
    fulfilledByCourseId: { name: 'fulfilled_by_course_id', type: 'varchar', length: 36, nullable: true },
    fulfilledAt: { name: 'fulfilled_at', type: 'datetime', precision: 3, nullable: true },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
  },
  indices: [
    { name: 'uq_course_requests_open_key', columns: ['openKey'], unique: true },
    { name: 'idx_course_requests_district', columns: ['districtCode', 'requests'] },
    { name: 'idx_course_requests_fulfilled_by', columns: ['fulfilledByCourseId'] },
  ],
});

/** One worker's request; personal data, never listed to anyone. */
export interface CourseRequestVoteRow {
  id: string;
  requestId: string;
  workerId: string;
  createdAt: Date;
}

export const CourseRequestVote = new EntitySchema<CourseRequestVoteRow>({
  name: 'CourseRequestVote',
  tableName: 'course_request_votes',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    requestId: { name: 'request_id', type: 'varchar', length: 36 },
    workerId: { name: 'worker_id', type: 'varchar', length: 36 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
  indices: [
    { name: 'uq_course_request_votes_request_worker', columns: ['requestId', 'workerId'], unique: true },
    { name: 'idx_course_request_votes_worker', columns: ['workerId'] },
  ],
});
