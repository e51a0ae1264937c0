/**
 * Resolver types generated from this subgraph's schema (`npm run codegen` at the root; CI
 * fails when src/generated/resolvers.ts is stale). The shared SDL comes from the kit, as when
 * the subgraph is built. Mappers name what resolvers of a type receive as their parent when it
 * is not the GraphQL shape: a table row (`../entities`), or a federation reference that carries
 * only its key (`../resolvers/refs`).
 */
import { subgraphCodegen } from '../../scripts/subgraph-codegen';

export default subgraphCodegen({
  Worker: '../entities#WorkerRow',
  Platform: '../entities#PlatformRow',
  PlatformAccount: '../entities#PlatformAccountRow',
  Membership: '../entities#MembershipRow',
  MembershipEvent: '../entities#MembershipEventRow',
  UnionBranch: '../entities#UnionBranchRow',
  Consultation: '../entities#ConsultationRow',
  Consent: '../entities#ConsentRow',
  PhoneChallenge: '../entities#PhoneChallengeRow',
  SmsMessage: '../entities#SmsMessageRow',
  AgreedMeasure: '../entities#AgreedMeasureRow',
  MeasureStatusChange: '../entities#MeasureStatusChangeRow',
  AssistanceCase: '../entities#AssistanceCaseRow',
  CaseStatusChange: '../entities#CaseStatusChangeRow',
  District: '../resolvers/refs#DistrictRef',
  Region: '../resolvers/refs#RegionRef',
});
