/**
 * Resolver types generated from this subgraph's schema (`npm run codegen` at the root; CI
 * fails when src/generated/resolvers.ts is stale). The shared SDL comes from the kit, as when
 * the subgraph is built. Mappers name what resolvers of a type receive as their parent when it
 * is not the GraphQL shape: a table row (`../entities`), or a federation reference that carries
 * only its key (`../resolvers/refs`).
 */
import { subgraphCodegen } from '../../scripts/subgraph-codegen';

export default subgraphCodegen({
  Course: '../entities#CourseRow',
  CourseSession: '../entities#CourseSessionRow',
  Enrollment: '../entities#EnrollmentRow',
  CourseRequest: '../entities#CourseRequestRow',
  AttendanceLine: '../queries/attendance-sheet#AttendanceLineRow',
  District: '../resolvers/refs#DistrictRef',
  Region: '../resolvers/refs#RegionRef',
  Station: '../resolvers/refs#StationRef',
  Worker: '../resolvers/refs#WorkerRef',
});
