import { EntitySchema } from 'typeorm';

export interface CourseSessionRow {
  id: string;
  courseId: string;
  startsAt: Date;
  endsAt: Date;
  /** A station of the stations subgraph, referenced by id only (federation entity). */
  stationId: string | null;
  onlineUrl: string | null;
}

export const CourseSession = new EntitySchema<CourseSessionRow>({
  name: 'CourseSession',
  tableName: 'course_sessions',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    courseId: { name: 'course_id', type: 'varchar', length: 36 },
    startsAt: { name: 'starts_at', type: 'datetime', precision: 3 },
    endsAt: { name: 'ends_at', type: 'datetime', precision: 3 },
    stationId: { name: 'station_id', type: 'varchar', length: 64, nullable: true },
    onlineUrl: { name: 'online_url', type: 'varchar', length: 500, nullable: true },
  },
  indices: [
    { name: 'idx_course_sessions_course', columns: ['courseId'] },
    { name: 'idx_course_sessions_station_start', columns: ['stationId', 'startsAt'] },
  ],
});
