import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ReportRow, PointsEntryRow, RewardRow, RedemptionRow, CommunityRow, VolunteerRoleRow, GatePassRow, VolunteerActivityRow } from '../entities';
import type { WorkerRef, StationRef, DistrictRef } from '../resolvers/refs';
import type { Ctx } from '../resolvers/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * An instant in ISO 8601 with its UTC offset, e.g. 2026-11-22T19:00:00+08:00 (Beijing time) or
   * 2026-11-22T11:00:00Z. An input without an offset is BAD_USER_INPUT. Stored in UTC and answered
   * in UTC (ending in Z); local rules (opening hours, days, calendar years) use Asia/Shanghai.
   */
  DateTime: { input: Date; output: Date; }
  federation__FieldSet: { input: unknown; output: unknown; }
  link__Import: { input: unknown; output: unknown; }
};

/** A new volunteer activity. */
export type ActivityInput = {
  /** Places, 1 to 10000. */
  capacity: Scalars['Int']['input'];
  /** The community it is held in; leave it out for one outside any community (then give districtCode). */
  communityId?: InputMaybe<Scalars['ID']['input']>;
  /** Addition: the district of an activity without a community (taken from the community otherwise). */
  districtCode?: InputMaybe<Scalars['ID']['input']>;
  /** How long it lasts, in hours: more than 0, at most 24. */
  hours: Scalars['Float']['input'];
  /** Points each confirmed participant earns, 1 to 1000. */
  pointsPerParticipant: Scalars['Int']['input'];
  /** When it starts. */
  startsAt: Scalars['DateTime']['input'];
  /** Title, 1 to 100 characters. */
  title: Scalars['String']['input'];
};

/**
 * Addition: one read of personal data at full precision (a whole phone, visits, an assistance
 * case, a reporter): who read what, when.
 */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The worker a partner was acting for, if any. */
  actingWorkerId?: Maybe<Scalars['ID']['output']>;
  /** When the data was read. */
  at: Scalars['DateTime']['output'];
  /** The field read, e.g. Worker.phone. */
  field: Scalars['String']['output'];
  /** Entry id. */
  id: Scalars['ID']['output'];
  /** Id of the API key that read it, if any. */
  keyId?: Maybe<Scalars['String']['output']>;
  /** The partner platform of that key, if any (e.g. MEITUAN). */
  platform?: Maybe<Scalars['String']['output']>;
  /** The request's id, to match gateway logs. */
  requestId?: Maybe<Scalars['String']['output']>;
  /** anonymous, partner, dashboard, operator or admin */
  role: Scalars['String']['output'];
  /** Id of the record read. */
  subjectId: Scalars['ID']['output'];
  /** Type of the record read, e.g. Worker. */
  subjectType: Scalars['String']['output'];
};

/** A page of audit entries, newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The entries of this page, at most first. */
  edges: Array<AuditEntryEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Entries matching the filters across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One audit entry of a page, with its cursor. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque cursor of this entry, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** A residential community (社区 / 小区); rider-friendly ones (骑手友好社区) issue gate passes. */
export type Community = {
  __typename?: 'Community';
  /** The district it is in. */
  district?: Maybe<District>;
  /** Community id (a UUID). */
  id: Scalars['ID']['output'];
  /** Name, 1 to 100 characters, e.g. 团结湖社区. */
  name: Scalars['String']['output'];
  /** How long a new or renewed pass is valid, 1 to 366 days. */
  passValidityDays: Scalars['Int']['output'];
  /** Rider-friendly: riders get gate passes for quick entry. */
  riderFriendly: Scalars['Boolean']['output'];
};

/** A new community. */
export type CommunityInput = {
  /** Six-digit GB/T 2260 code of its district. */
  districtCode: Scalars['ID']['input'];
  /** Name, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** Days a pass is valid, 1 to 366. */
  passValidityDays?: Scalars['Int']['input'];
  /** Whether it issues gate passes to riders. */
  riderFriendly: Scalars['Boolean']['input'];
};

/**
 * Map datum (坐标系) of a latitude/longitude pair. Amap (高德), Tencent and WeChat use GCJ02;
 * Baidu uses BD09; GPS and GeoJSON use WGS84. Points are stored in WGS-84; the API takes and
 * returns GCJ02 unless a crs argument or field says otherwise. Only points in mainland China
 * differ between the three.
 */
export type CoordinateSystem =
  /** BD-09 (百度坐标): Baidu Maps, GCJ-02 shifted once more. */
  | 'BD09'
  /** GCJ-02 (国测局坐标, "Mars coordinates"): Amap, Tencent and WeChat maps. The default. */
  | 'GCJ02'
  /** WGS-84: GPS, GeoJSON (RFC 7946) and international maps. */
  | 'WGS84';

/** One row of a breakdown: what is counted (an enum value or a platform code) and how many. */
export type Count = {
  __typename?: 'Count';
  /** How many. */
  count: Scalars['Int']['output'];
  /** What is counted: an enum value (e.g. FOOD_DELIVERY, FIRE_HAZARD) or a platform code, as the field says. */
  key: Scalars['String']['output'];
};

/**
 * A county-level division (区/县), keyed by its six-digit GB/T 2260 code (e.g. 110105 = 朝阳区,
 * Chaoyang, Beijing). The stations service keeps the catalogue; each domain adds its district
 * metrics for dashboards.
 */
export type District = {
  __typename?: 'District';
  /** Six-digit GB/T 2260 administrative division code (行政区划代码), e.g. 110105. */
  code: Scalars['ID']['output'];
  /**
   * Reports, resolutions, points and volunteers in the district over [from, to): without to, up
   * to now; without from, from the first record; from after to is BAD_USER_INPUT. Admins,
   * dashboards and governance operators, within their key's districts; others get FORBIDDEN.
   */
  governanceMetrics?: Maybe<GovernanceMetrics>;
};


/**
 * A county-level division (区/县), keyed by its six-digit GB/T 2260 code (e.g. 110105 = 朝阳区,
 * Chaoyang, Beijing). The stations service keeps the catalogue; each domain adds its district
 * metrics for dashboards.
 */
export type DistrictGovernanceMetricsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * A pass (通行码) that lets a rider through the gate of a rider-friendly community. Public by its
 * code, since the guard scans it; the worker appears only as a reference.
 */
export type GatePass = {
  __typename?: 'GatePass';
  /** The code in the rider's QR code: 20 characters, case-insensitive. */
  code: Scalars['String']['output'];
  /** The community whose gate it opens. */
  community: Community;
  /** When it stops being valid (extended on re-issue). */
  expiresAt: Scalars['DateTime']['output'];
  /** Pass id (a UUID). */
  id: Scalars['ID']['output'];
  /** When it was first issued. */
  issuedAt: Scalars['DateTime']['output'];
  /** Valid now: not yet expired. */
  valid: Scalars['Boolean']['output'];
  /** The worker it was issued to. */
  worker?: Maybe<Worker>;
};

/** A point in decimal degrees, in the datum the field was asked for (GCJ-02 unless crs says otherwise). */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  /** Latitude in decimal degrees, -90 to 90, north positive. */
  lat: Scalars['Float']['output'];
  /** Longitude in decimal degrees, -180 to 180, east positive. */
  lng: Scalars['Float']['output'];
};

/**
 * A point given by a client, in decimal degrees in the datum named by crs (GCJ-02 by default,
 * what Amap and WeChat show). A latitude outside -90..90 or a longitude outside -180..180 is
 * BAD_USER_INPUT.
 */
export type GeoPointInput = {
  /** Datum of lat and lng; default GCJ02. Give WGS84 for GPS fixes and BD09 for Baidu coordinates. */
  crs?: CoordinateSystem;
  /** Latitude in decimal degrees, -90 to 90, north positive. */
  lat: Scalars['Float']['input'];
  /** Longitude in decimal degrees, -180 to 180, east positive. */
  lng: Scalars['Float']['input'];
};

/** A district's governance figures for a period, for dashboards; no personal data. */
export type GovernanceMetrics = {
  __typename?: 'GovernanceMetrics';
  /**
   * Distinct workers who held a role at one of the district's communities, or whose attendance at
   * one of its activities was confirmed, in the period.
   */
  activeVolunteers: Scalars['Int']['output'];
  /** Reports submitted in the period by category (key: a ReportCategory value). */
  byCategory: Array<Count>;
  /** Reports submitted in the period by current status (key: a ReportStatus value). */
  byStatus: Array<Count>;
  /** Median hours from submission to resolution, over reports resolved in the period; null when none was. */
  medianHoursToResolve?: Maybe<Scalars['Float']['output']>;
  /** Points paid in the period for accepted reports and confirmed attendance (adjustments are not counted). */
  pointsIssued: Scalars['Int']['output'];
  /** Points spent in the period on the district's rewards, less cancelled redemptions. */
  pointsRedeemed: Scalars['Int']['output'];
  /** Reports submitted in the period. */
  reports: Scalars['Int']['output'];
  /** Reports resolved in the period. */
  resolved: Scalars['Int']['output'];
};

/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Admins and governance operators correct a worker's points (reason ADJUSTMENT); the balance
   * cannot go below 0 (CONFLICT).
   */
  adjustPoints?: Maybe<PointsEntry>;
  /**
   * Admins and governance operators of the community's district. Idempotent: assigning a role
   * already held returns it.
   */
  assignVolunteerRole?: Maybe<VolunteerRole>;
  /**
   * Cancels an ISSUED voucher, refunding the points and returning the stock. The partner acting
   * for the worker, governance operators and admins; CONFLICT when used or already cancelled.
   */
  cancelRedemption?: Maybe<Redemption>;
  /**
   * Confirms attendance and awards the activity's points once (again returns the same entry).
   * Governance operators of the district and admins, once the activity has started, for signed-up
   * workers.
   */
  confirmParticipation?: Maybe<PointsEntry>;
  /** Admins and governance operators of the district add a community. */
  createCommunity?: Maybe<Community>;
  /** Admins and governance operators add a reward; an operator limited to districts must name one of its own. */
  createReward?: Maybe<Reward>;
  /** Admins and governance operators of the activity's district add a volunteer activity. */
  createVolunteerActivity?: Maybe<VolunteerActivity>;
  /**
   * Sends an ACCEPTED report to the city platform (派单), making it DISPATCHED. Admins and
   * governance operators of its district; CONFLICT from any other status.
   */
  dispatchReport?: Maybe<Report>;
  /** Ends a role; ending it twice is CONFLICT. Admins and governance operators of the community's district. */
  endVolunteerRole?: Maybe<VolunteerRole>;
  /**
   * First registration at a rider-friendly community; the pass is valid for passValidityDays.
   * Re-issuing extends the valid pass and keeps its code; after expiry a new code is issued.
   * CONFLICT at a community that is not rider-friendly. The partner for its acting worker;
   * operators and admins name the worker.
   */
  issueGatePass?: Maybe<GatePass>;
  /**
   * Signs a worker up; signing up again is a no-op. CONFLICT when full or already started. The
   * partner for its acting worker; operators and admins name the worker.
   */
  joinVolunteerActivity?: Maybe<VolunteerActivity>;
  /**
   * Spends points atomically: never below zero, never past stock, idempotent per key (the same key
   * for another reward is CONFLICT). CONFLICT for insufficient points, an inactive reward or no
   * stock. The partner for its acting worker; governance operators and admins name the worker.
   */
  redeemReward?: Maybe<Redemption>;
  /**
   * Marks an ACCEPTED or DISPATCHED report RESOLVED. Admins and governance operators of its
   * district; CONFLICT from any other status.
   */
  resolveReport?: Maybe<Report>;
  /**
   * Reviews a SUBMITTED report: admins and governance operators of its district. Accepting awards
   * points once; DUPLICATE needs duplicateOfId. Reviewing a report already reviewed is CONFLICT.
   */
  reviewReport?: Maybe<Report>;
  /** Addition: withdraws a reward from offer (or offers it again); issued vouchers stay valid. */
  setRewardActive?: Maybe<Reward>;
  /**
   * Files a hazard report (随手拍), SUBMITTED. The partner for its acting worker; governance
   * operators and admins name the worker. Idempotent per worker and idempotencyKey.
   */
  submitReport?: Maybe<Report>;
  /**
   * Marks a voucher USED (核销) when scanned. Governance operators (of the reward's district) and
   * admins; a second scan is CONFLICT.
   */
  useRedemption?: Maybe<Redemption>;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationAdjustPointsArgs = {
  delta: Scalars['Int']['input'];
  note: Scalars['String']['input'];
  workerId: Scalars['ID']['input'];
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationAssignVolunteerRoleArgs = {
  communityId: Scalars['ID']['input'];
  role: RoleKind;
  workerId: Scalars['ID']['input'];
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationCancelRedemptionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationConfirmParticipationArgs = {
  activityId: Scalars['ID']['input'];
  workerId: Scalars['ID']['input'];
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationCreateCommunityArgs = {
  input: CommunityInput;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationCreateRewardArgs = {
  input: RewardInput;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationCreateVolunteerActivityArgs = {
  input: ActivityInput;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationDispatchReportArgs = {
  externalRef: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationEndVolunteerRoleArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationIssueGatePassArgs = {
  communityId: Scalars['ID']['input'];
  workerId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationJoinVolunteerActivityArgs = {
  activityId: Scalars['ID']['input'];
  workerId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationRedeemRewardArgs = {
  idempotencyKey: Scalars['String']['input'];
  rewardId: Scalars['ID']['input'];
  workerId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationResolveReportArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationReviewReportArgs = {
  decision: ReviewDecision;
  duplicateOfId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationSetRewardActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationSubmitReportArgs = {
  input: SubmitReportInput;
  workerId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationUseRedemptionArgs = {
  voucherCode: Scalars['String']['input'];
};

/** Where a page of a connection ends (keyset pagination: pass endCursor as after for the next page). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Opaque cursor of the last item of this page, to pass as after; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** One movement of a worker's points (积分流水). Entries are only appended, never changed. */
export type PointsEntry = {
  __typename?: 'PointsEntry';
  /** The worker's balance after this entry. */
  balanceAfter: Scalars['Int']['output'];
  /** When the entry was written. */
  createdAt: Scalars['DateTime']['output'];
  /** Points added (positive) or taken (negative). */
  delta: Scalars['Int']['output'];
  /** Entry id (a UUID). */
  id: Scalars['ID']['output'];
  /** Addition: why an operator adjusted the balance (ADJUSTMENT entries). */
  note?: Maybe<Scalars['String']['output']>;
  /** Why the points moved. */
  reason: PointsReason;
  /**
   * What paid or was paid for (a report, activity or redemption id); a reference is paid once per
   * reason and worker.
   */
  reference?: Maybe<Scalars['String']['output']>;
};

/** Why points moved in the ledger (积分流水). */
export type PointsReason =
  /** Paid for confirmed attendance at a volunteer activity (reference: the activity id). */
  | 'ACTIVITY'
  /** Manual correction by an operator or admin, with a note. */
  | 'ADJUSTMENT'
  /** Spent on a reward (reference: the redemption id). */
  | 'REDEMPTION'
  /** Given back for a cancelled redemption (reference: the redemption id). */
  | 'REDEMPTION_REFUND'
  /** Paid for an accepted hazard report (reference: the report id). */
  | 'REPORT_ACCEPTED';

/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type Query = {
  __typename?: 'Query';
  /** Communities, optionally of one district, oldest first. Public. */
  communities?: Maybe<Array<Community>>;
  /** Scanned at a community gate: is this pass valid now? Public; null for an unknown code. */
  gatePass?: Maybe<GatePass>;
  /**
   * Addition: this service's audit log of personal data read at full precision, newest first
   * (admins only; others get FORBIDDEN).
   */
  governanceAuditLog?: Maybe<AuditEntryConnection>;
  /** One report by id; null when there is none. Public (the reporter is not). */
  report?: Maybe<Report>;
  /** Reports, oldest first, page by page. Public (the reporter is not). */
  reports?: Maybe<ReportConnection>;
  /** Active rewards, at one station or everywhere, oldest first. Public. */
  rewards?: Maybe<Array<Reward>>;
  /** Upcoming activities soonest first; with upcoming: false, every activity, latest first. */
  volunteerActivities?: Maybe<Array<VolunteerActivity>>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryCommunitiesArgs = {
  district?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryGatePassArgs = {
  code: Scalars['String']['input'];
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryGovernanceAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keyId?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  subjectId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryReportArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryRewardsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  stationId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryVolunteerActivitiesArgs = {
  district?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A voucher (兑换券) a worker got for points. */
export type Redemption = {
  __typename?: 'Redemption';
  /** Redemption id (a UUID). */
  id: Scalars['ID']['output'];
  /** Points spent. */
  pointsSpent: Scalars['Int']['output'];
  /** When it was redeemed. */
  redeemedAt: Scalars['DateTime']['output'];
  /** The reward. */
  reward: Reward;
  /** Issued, used or cancelled. */
  status: RedemptionStatus;
  /** Code to show at the station, 16 characters, case-insensitive. */
  voucherCode: Scalars['String']['output'];
  /** The worker who redeemed it. */
  worker?: Maybe<Worker>;
};

/** Where a reward voucher stands. */
export type RedemptionStatus =
  /** Cancelled (已取消): points refunded and stock returned; final. */
  | 'CANCELLED'
  /** Issued (已兑换), not yet used: show the voucher code at the station. */
  | 'ISSUED'
  /** Used (已核销): scanned by staff; final. */
  | 'USED';

/**
 * A hazard report (随手拍 / 随手报) a worker filed from the street. Public: category, place,
 * status and dates; who reported it is not (see reporter).
 */
export type Report = {
  __typename?: 'Report';
  /** What the hazard is. */
  category: ReportCategory;
  /** What the reporter saw, 1 to 2000 characters. */
  description: Scalars['String']['output'];
  /** The district the hazard is in. */
  district?: Maybe<District>;
  /** The original report this one repeats, when DUPLICATE. */
  duplicateOf?: Maybe<Report>;
  /** Ticket number at the city platform the report was dispatched to (e.g. 12345). */
  externalRef?: Maybe<Scalars['String']['output']>;
  /** Report id (a UUID). */
  id: Scalars['ID']['output'];
  /** Where the hazard is, in the datum asked for. */
  location: GeoPoint;
  /** Photos (absolute http(s) URLs), at most 9. */
  photoUrls: Array<Scalars['String']['output']>;
  /** Points paid for it (0 unless accepted). */
  pointsAwarded: Scalars['Int']['output'];
  /** Open reports of the same category within 50 m in the last 72 h, oldest first. */
  possibleDuplicates: Array<Report>;
  /**
   * Who reported it. Only the platform the report came through, the partner acting for the
   * reporter, governance operators (in the report's district) and admins; others get FORBIDDEN.
   * Every read is written to the audit log.
   */
  reporter?: Maybe<Worker>;
  /** How it was fixed, when RESOLVED. */
  resolutionNote?: Maybe<Scalars['String']['output']>;
  /** When it was resolved. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Addition: the reviewer's note; visible to those who may see the reporter (null for others). */
  reviewNote?: Maybe<Scalars['String']['output']>;
  /** When it was reviewed (accepted, rejected or marked duplicate). */
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the report stands. */
  status: ReportStatus;
  /** When it was submitted. */
  submittedAt: Scalars['DateTime']['output'];
};


/**
 * A hazard report (随手拍 / 随手报) a worker filed from the street. Public: category, place,
 * status and dates; who reported it is not (see reporter).
 */
export type ReportLocationArgs = {
  crs?: CoordinateSystem;
};


/**
 * A hazard report (随手拍 / 随手报) a worker filed from the street. Public: category, place,
 * status and dates; who reported it is not (see reporter).
 */
export type ReportPossibleDuplicatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a hazard report is about. Points for an accepted report depend on it. */
export type ReportCategory =
  /** Blocked fire exit or escape route (堵塞消防通道); 20 points. */
  | 'BLOCKED_FIRE_EXIT'
  /** E-bike or battery charged indoors or in a corridor (电动车违规入户充电); 20 points. */
  | 'EBIKE_INDOOR_CHARGING'
  /** Fire hazard (火灾隐患); 20 points. */
  | 'FIRE_HAZARD'
  /** Broken infrastructure: manholes, lights, roads (市政设施损坏); 10 points. */
  | 'INFRASTRUCTURE'
  /** Anything else (其他); 5 points. */
  | 'OTHER'
  /** Production safety at a workplace (安全生产); 15 points. */
  | 'PRODUCTION_SAFETY'
  /** Public order (社会治安); 10 points. */
  | 'PUBLIC_ORDER'
  /** Sanitation: rubbish, dirty streets (环境卫生); 5 points. */
  | 'SANITATION'
  /** Traffic safety: signals, dangerous crossings (交通安全); 10 points. */
  | 'TRAFFIC_SAFETY';

/** A page of reports, oldest first. */
export type ReportConnection = {
  __typename?: 'ReportConnection';
  /** The reports of this page, at most first. */
  edges: Array<ReportEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Reports matching the filter across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One report of a page, with its cursor. */
export type ReportEdge = {
  __typename?: 'ReportEdge';
  /** Opaque cursor of this report, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The report. */
  node: Report;
};

/** Conditions on reports; all given ones apply. */
export type ReportFilter = {
  /** Only reports of this category. */
  category?: InputMaybe<ReportCategory>;
  /** Only reports in this district (six-digit GB/T 2260 code). */
  district?: InputMaybe<Scalars['ID']['input']>;
  /** Only reports submitted at or after this instant. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only reports in this status. */
  status?: InputMaybe<ReportStatus>;
};

/**
 * SUBMITTED -> ACCEPTED -> DISPATCHED -> RESOLVED; or REJECTED / DUPLICATE at review. An ACCEPTED
 * report may also be resolved without dispatch.
 */
export type ReportStatus =
  /** Accepted by a reviewer (已受理); points were paid to the reporter. */
  | 'ACCEPTED'
  /** Sent to the city platform (已派单), with its ticket number in externalRef. */
  | 'DISPATCHED'
  /** Repeats an earlier report (重复上报), named by duplicateOf; final. */
  | 'DUPLICATE'
  /** Not accepted (不予受理); final. */
  | 'REJECTED'
  /** Fixed (已办结), with a resolution note; final. */
  | 'RESOLVED'
  /** Submitted, waiting for review (待审核). */
  | 'SUBMITTED';

/** A reviewer's decision on a SUBMITTED report. */
export type ReviewDecision =
  /** Accept: the report becomes ACCEPTED and the reporter is paid points once. */
  | 'ACCEPT'
  /** Mark as a duplicate of another report (duplicateOfId required). */
  | 'DUPLICATE'
  /** Reject: the report becomes REJECTED. */
  | 'REJECT';

/** Something workers exchange points for (积分兑换): a haircut, laundry, a meal, a bad-review offset. */
export type Reward = {
  __typename?: 'Reward';
  /** Offered now; withdrawn rewards issue no vouchers (issued ones stay usable). */
  active: Scalars['Boolean']['output'];
  /** Points it costs, 1 to 1000000. */
  costPoints: Scalars['Int']['output'];
  /** Addition: the district offering it; null when citywide. */
  district?: Maybe<District>;
  /** Reward id (a UUID). */
  id: Scalars['ID']['output'];
  /** Where it is redeemed; null when not tied to a station. */
  station?: Maybe<Station>;
  /** Vouchers left to issue. */
  stock: Scalars['Int']['output'];
  /** What it is, 1 to 100 characters, e.g. 免费理发一次. */
  title: Scalars['String']['output'];
};

/** A new reward. */
export type RewardInput = {
  /** Points it costs, 1 to 1000000. */
  costPoints: Scalars['Int']['input'];
  /** Addition: the district offering it (operators limited to districts must name one of theirs). */
  districtCode?: InputMaybe<Scalars['ID']['input']>;
  /** Station where it is redeemed, if any. */
  stationId?: InputMaybe<Scalars['ID']['input']>;
  /** Vouchers available, 0 to 1000000. */
  stock: Scalars['Int']['input'];
  /** What it is, 1 to 100 characters. */
  title: Scalars['String']['input'];
};

/** A role a worker takes on in community governance. */
export type RoleKind =
  /** Community representative (社区代表). */
  | 'COMMUNITY_REPRESENTATIVE'
  /** Deputy building head (副楼长). */
  | 'DEPUTY_BUILDING_HEAD'
  /** Grid member (网格员) of the community's management grid. */
  | 'GRID_MEMBER'
  /** New social worker (新就业群体社工 / 社区新兵). */
  | 'NEW_SOCIAL_WORKER'
  /** Patrol volunteer (巡逻志愿者). */
  | 'PATROL_VOLUNTEER';

/**
 * A place where new-employment-form workers rest, charge and eat: a warm station (暖心驿站),
 * rider home (骑手之家), party-mass service centre (党群服务中心), union post, driver home
 * (司机之家) or friendly merchant. The stations service owns it; training adds its timetable and
 * governance the rewards redeemable there.
 */
export type Station = {
  __typename?: 'Station';
  /** Station id (a UUID). */
  id: Scalars['ID']['output'];
  /** Active rewards that can be redeemed at this station, oldest first. Public. */
  rewards?: Maybe<Array<Reward>>;
};


/**
 * A place where new-employment-form workers rest, charge and eat: a warm station (暖心驿站),
 * rider home (骑手之家), party-mass service centre (党群服务中心), union post, driver home
 * (司机之家) or friendly merchant. The stations service owns it; training adds its timetable and
 * governance the rewards redeemable there.
 */
export type StationRewardsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A hazard report to file. Checked as a whole (BAD_USER_INPUT naming the field). */
export type SubmitReportInput = {
  /** What the hazard is. */
  category: ReportCategory;
  /** What the reporter saw, 1 to 2000 characters. */
  description: Scalars['String']['input'];
  /** Six-digit GB/T 2260 code of the district the hazard is in. */
  districtCode: Scalars['ID']['input'];
  /** Retries with the same key return the first report instead of creating another (1 to 100 characters). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Where the hazard is; GCJ-02 unless crs says otherwise. */
  location: GeoPointInput;
  /** Photos: at most 9 absolute http(s) URLs, each up to 2048 characters. */
  photoUrls?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A volunteer activity (志愿服务活动), e.g. a clean-up or fire patrol; confirmed attendance earns points. */
export type VolunteerActivity = {
  __typename?: 'VolunteerActivity';
  /** Places, 1 to 10000. */
  capacity: Scalars['Int']['output'];
  /** The community it is held in; null when held elsewhere in the district. */
  community?: Maybe<Community>;
  /** How long it lasts, in hours (more than 0, at most 24). */
  hours: Scalars['Float']['output'];
  /** Activity id (a UUID). */
  id: Scalars['ID']['output'];
  /** Workers signed up; never more than capacity. */
  participants: Scalars['Int']['output'];
  /** Points each confirmed participant earns, 1 to 1000. */
  pointsPerParticipant: Scalars['Int']['output'];
  /** When it starts; sign-up closes then. */
  startsAt: Scalars['DateTime']['output'];
  /** Title, 1 to 100 characters. */
  title: Scalars['String']['output'];
};

/** A role a worker holds in a community, e.g. deputy building head (副楼长) or grid member (网格员). */
export type VolunteerRole = {
  __typename?: 'VolunteerRole';
  /** Where. */
  community: Community;
  /** Role id (a UUID). */
  id: Scalars['ID']['output'];
  /** Which role. */
  role: RoleKind;
  /** Since when. */
  since: Scalars['DateTime']['output'];
  /** When it ended; null while held. */
  until?: Maybe<Scalars['DateTime']['output']>;
  /** Who holds it. */
  worker?: Maybe<Worker>;
};

/**
 * A new-employment-form worker (新就业形态劳动者): delivery rider, courier, ride-hailing or truck
 * driver. The union service keeps the registry (name, phone, platform accounts, membership); the
 * other services add visits, enrolments, subsidy, points and reports. Personal data: partners see
 * only workers with an account on their own platform, and a worker's activity only while acting
 * for that worker (X-Acting-Worker).
 */
export type Worker = {
  __typename?: 'Worker';
  /** The worker's gate passes, latest expiry first. */
  gatePasses?: Maybe<Array<GatePass>>;
  /** Worker id (a UUID) in the union's registry. */
  id: Scalars['ID']['output'];
  /**
   * Points (积分) the worker holds: the ledger's sum, never below 0. The partner acting for the
   * worker, governance operators and admins; others get FORBIDDEN.
   */
  pointsBalance?: Maybe<Scalars['Int']['output']>;
  /** The worker's points ledger, newest first. Same readers as pointsBalance. */
  pointsHistory?: Maybe<Array<PointsEntry>>;
  /** Addition: the worker's vouchers, newest first, so a partner app can show them again. */
  redemptions?: Maybe<Array<Redemption>>;
  /** Hazard reports the worker submitted, newest first. Same readers as pointsBalance. */
  reports?: Maybe<Array<Report>>;
  /** The worker's volunteer roles, current and ended, newest first. */
  volunteerRoles?: Maybe<Array<VolunteerRole>>;
};


/**
 * A new-employment-form worker (新就业形态劳动者): delivery rider, courier, ride-hailing or truck
 * driver. The union service keeps the registry (name, phone, platform accounts, membership); the
 * other services add visits, enrolments, subsidy, points and reports. Personal data: partners see
 * only workers with an account on their own platform, and a worker's activity only while acting
 * for that worker (X-Acting-Worker).
 */
export type WorkerGatePassesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  validOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * A new-employment-form worker (新就业形态劳动者): delivery rider, courier, ride-hailing or truck
 * driver. The union service keeps the registry (name, phone, platform accounts, membership); the
 * other services add visits, enrolments, subsidy, points and reports. Personal data: partners see
 * only workers with an account on their own platform, and a worker's activity only while acting
 * for that worker (X-Acting-Worker).
 */
export type WorkerPointsHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A new-employment-form worker (新就业形态劳动者): delivery rider, courier, ride-hailing or truck
 * driver. The union service keeps the registry (name, phone, platform accounts, membership); the
 * other services add visits, enrolments, subsidy, points and reports. Personal data: partners see
 * only workers with an account on their own platform, and a worker's activity only while acting
 * for that worker (X-Acting-Worker).
 */
export type WorkerRedemptionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<RedemptionStatus>;
};


/**
 * A new-employment-form worker (新就业形态劳动者): delivery rider, courier, ride-hailing or truck
 * driver. The union service keeps the registry (name, phone, platform accounts, membership); the
 * other services add visits, enrolments, subsidy, points and reports. Personal data: partners see
 * only workers with an account on their own platform, and a worker's activity only while acting
 * for that worker (X-Acting-Worker).
 */
export type WorkerReportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ReportStatus>;
};


/**
 * A new-employment-form worker (新就业形态劳动者): delivery rider, courier, ride-hailing or truck
 * driver. The union service keeps the registry (name, phone, platform accounts, membership); the
 * other services add visits, enrolments, subsidy, points and reports. Personal data: partners see
 * only workers with an account on their own platform, and a worker's activity only while acting
 * for that worker (X-Acting-Worker).
 */
export type WorkerVolunteerRolesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Link__Purpose =
  | 'EXECUTION'
  | 'SECURITY';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  District: District;
  Report: Report;
  Station: Station;
  Worker: Worker;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  District:
    ( { __typename: 'District' }
    & GraphQLRecursivePick<FederationTypes['District'], {"code":true}> );
  Report:
    ( { __typename: 'Report' }
    & GraphQLRecursivePick<FederationTypes['Report'], {"id":true}> );
  Station:
    ( { __typename: 'Station' }
    & GraphQLRecursivePick<FederationTypes['Station'], {"id":true}> );
  Worker:
    ( { __typename: 'Worker' }
    & GraphQLRecursivePick<FederationTypes['Worker'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActivityInput: ActivityInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnection>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  Community: ResolverTypeWrapper<CommunityRow>;
  CommunityInput: CommunityInput;
  CoordinateSystem: CoordinateSystem;
  Count: ResolverTypeWrapper<Count>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  District: ResolverTypeWrapper<DistrictRef>;
  GatePass: ResolverTypeWrapper<GatePassRow>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  GeoPointInput: GeoPointInput;
  GovernanceMetrics: ResolverTypeWrapper<GovernanceMetrics>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PointsEntry: ResolverTypeWrapper<PointsEntryRow>;
  PointsReason: PointsReason;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Redemption: ResolverTypeWrapper<RedemptionRow>;
  RedemptionStatus: RedemptionStatus;
  Report: ResolverTypeWrapper<ReportRow>;
  ReportCategory: ReportCategory;
  ReportConnection: ResolverTypeWrapper<Omit<ReportConnection, 'edges'> & { edges: Array<ResolversTypes['ReportEdge']> }>;
  ReportEdge: ResolverTypeWrapper<Omit<ReportEdge, 'node'> & { node: ResolversTypes['Report'] }>;
  ReportFilter: ReportFilter;
  ReportStatus: ReportStatus;
  ReviewDecision: ReviewDecision;
  Reward: ResolverTypeWrapper<RewardRow>;
  RewardInput: RewardInput;
  RoleKind: RoleKind;
  Station: ResolverTypeWrapper<StationRef>;
  SubmitReportInput: SubmitReportInput;
  VolunteerActivity: ResolverTypeWrapper<VolunteerActivityRow>;
  VolunteerRole: ResolverTypeWrapper<VolunteerRoleRow>;
  Worker: ResolverTypeWrapper<WorkerRef>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActivityInput: ActivityInput;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  Float: Scalars['Float']['output'];
  AuditEntry: AuditEntry;
  AuditEntryConnection: AuditEntryConnection;
  AuditEntryEdge: AuditEntryEdge;
  Community: CommunityRow;
  CommunityInput: CommunityInput;
  Count: Count;
  DateTime: Scalars['DateTime']['output'];
  District: DistrictRef;
  GatePass: GatePassRow;
  GeoPoint: GeoPoint;
  GeoPointInput: GeoPointInput;
  GovernanceMetrics: GovernanceMetrics;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PointsEntry: PointsEntryRow;
  Query: Record<PropertyKey, never>;
  Redemption: RedemptionRow;
  Report: ReportRow;
  ReportConnection: Omit<ReportConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReportEdge']> };
  ReportEdge: Omit<ReportEdge, 'node'> & { node: ResolversParentTypes['Report'] };
  ReportFilter: ReportFilter;
  Reward: RewardRow;
  RewardInput: RewardInput;
  Station: StationRef;
  SubmitReportInput: SubmitReportInput;
  VolunteerActivity: VolunteerActivityRow;
  VolunteerRole: VolunteerRoleRow;
  Worker: WorkerRef;
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  link__Import: Scalars['link__Import']['output'];
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type InaccessibleDirectiveArgs = { };

export type InaccessibleDirectiveResolver<Result, Parent, ContextType = Ctx, Args = InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
  url?: Maybe<Scalars['String']['input']>;
};

export type LinkDirectiveResolver<Result, Parent, ContextType = Ctx, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = Ctx, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuditEntryResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  actingWorkerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keyId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditEntryConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEntryEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type CommunityResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community']> = {
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passValidityDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  riderFriendly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CountResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District'], FederationReferenceType extends FederationReferenceTypes['District'] = FederationReferenceTypes['District']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['District']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  governanceMetrics?: Resolver<Maybe<ResolversTypes['GovernanceMetrics']>, ParentType, ContextType, Partial<DistrictGovernanceMetricsArgs>>;
};

export type GatePassResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['GatePass'] = ResolversParentTypes['GatePass']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  worker?: Resolver<Maybe<ResolversTypes['Worker']>, ParentType, ContextType>;
};

export type GeoPointResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GovernanceMetricsResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['GovernanceMetrics'] = ResolversParentTypes['GovernanceMetrics']> = {
  activeVolunteers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byCategory?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
  medianHoursToResolve?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pointsIssued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointsRedeemed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  adjustPoints?: Resolver<Maybe<ResolversTypes['PointsEntry']>, ParentType, ContextType, RequireFields<MutationAdjustPointsArgs, 'delta' | 'note' | 'workerId'>>;
  assignVolunteerRole?: Resolver<Maybe<ResolversTypes['VolunteerRole']>, ParentType, ContextType, RequireFields<MutationAssignVolunteerRoleArgs, 'communityId' | 'role' | 'workerId'>>;
  cancelRedemption?: Resolver<Maybe<ResolversTypes['Redemption']>, ParentType, ContextType, RequireFields<MutationCancelRedemptionArgs, 'id'>>;
  confirmParticipation?: Resolver<Maybe<ResolversTypes['PointsEntry']>, ParentType, ContextType, RequireFields<MutationConfirmParticipationArgs, 'activityId' | 'workerId'>>;
  createCommunity?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType, RequireFields<MutationCreateCommunityArgs, 'input'>>;
  createReward?: Resolver<Maybe<ResolversTypes['Reward']>, ParentType, ContextType, RequireFields<MutationCreateRewardArgs, 'input'>>;
  createVolunteerActivity?: Resolver<Maybe<ResolversTypes['VolunteerActivity']>, ParentType, ContextType, RequireFields<MutationCreateVolunteerActivityArgs, 'input'>>;
  dispatchReport?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<MutationDispatchReportArgs, 'externalRef' | 'id'>>;
  endVolunteerRole?: Resolver<Maybe<ResolversTypes['VolunteerRole']>, ParentType, ContextType, RequireFields<MutationEndVolunteerRoleArgs, 'id'>>;
  issueGatePass?: Resolver<Maybe<ResolversTypes['GatePass']>, ParentType, ContextType, RequireFields<MutationIssueGatePassArgs, 'communityId'>>;
  joinVolunteerActivity?: Resolver<Maybe<ResolversTypes['VolunteerActivity']>, ParentType, ContextType, RequireFields<MutationJoinVolunteerActivityArgs, 'activityId'>>;
  redeemReward?: Resolver<Maybe<ResolversTypes['Redemption']>, ParentType, ContextType, RequireFields<MutationRedeemRewardArgs, 'idempotencyKey' | 'rewardId'>>;
  resolveReport?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<MutationResolveReportArgs, 'id' | 'note'>>;
  reviewReport?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<MutationReviewReportArgs, 'decision' | 'id'>>;
  setRewardActive?: Resolver<Maybe<ResolversTypes['Reward']>, ParentType, ContextType, RequireFields<MutationSetRewardActiveArgs, 'active' | 'id'>>;
  submitReport?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<MutationSubmitReportArgs, 'input'>>;
  useRedemption?: Resolver<Maybe<ResolversTypes['Redemption']>, ParentType, ContextType, RequireFields<MutationUseRedemptionArgs, 'voucherCode'>>;
};

export type PageInfoResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PointsEntryResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PointsEntry'] = ResolversParentTypes['PointsEntry']> = {
  balanceAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  delta?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['PointsReason'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  communities?: Resolver<Maybe<Array<ResolversTypes['Community']>>, ParentType, ContextType, RequireFields<QueryCommunitiesArgs, 'first'>>;
  gatePass?: Resolver<Maybe<ResolversTypes['GatePass']>, ParentType, ContextType, RequireFields<QueryGatePassArgs, 'code'>>;
  governanceAuditLog?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, RequireFields<QueryGovernanceAuditLogArgs, 'first'>>;
  report?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<QueryReportArgs, 'id'>>;
  reports?: Resolver<Maybe<ResolversTypes['ReportConnection']>, ParentType, ContextType, RequireFields<QueryReportsArgs, 'first'>>;
  rewards?: Resolver<Maybe<Array<ResolversTypes['Reward']>>, ParentType, ContextType, RequireFields<QueryRewardsArgs, 'first'>>;
  volunteerActivities?: Resolver<Maybe<Array<ResolversTypes['VolunteerActivity']>>, ParentType, ContextType, RequireFields<QueryVolunteerActivitiesArgs, 'first' | 'upcoming'>>;
};

export type RedemptionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Redemption'] = ResolversParentTypes['Redemption']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pointsSpent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  redeemedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reward?: Resolver<ResolversTypes['Reward'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RedemptionStatus'], ParentType, ContextType>;
  voucherCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  worker?: Resolver<Maybe<ResolversTypes['Worker']>, ParentType, ContextType>;
};

export type ReportResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report'], FederationReferenceType extends FederationReferenceTypes['Report'] = FederationReferenceTypes['Report']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Report']> | FederationReferenceType, FederationReferenceType, ContextType>;
  category?: Resolver<ResolversTypes['ReportCategory'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  duplicateOf?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType>;
  externalRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType, RequireFields<ReportLocationArgs, 'crs'>>;
  photoUrls?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  pointsAwarded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  possibleDuplicates?: Resolver<Array<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<ReportPossibleDuplicatesArgs, 'first'>>;
  reporter?: Resolver<Maybe<ResolversTypes['Worker']>, ParentType, ContextType>;
  resolutionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReportStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ReportConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['ReportConnection'] = ResolversParentTypes['ReportConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReportEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['ReportEdge'] = ResolversParentTypes['ReportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Report'], ParentType, ContextType>;
};

export type RewardResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Reward'] = ResolversParentTypes['Reward']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  costPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  station?: Resolver<Maybe<ResolversTypes['Station']>, ParentType, ContextType>;
  stock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StationResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Station'] = ResolversParentTypes['Station'], FederationReferenceType extends FederationReferenceTypes['Station'] = FederationReferenceTypes['Station']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Station']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rewards?: Resolver<Maybe<Array<ResolversTypes['Reward']>>, ParentType, ContextType, RequireFields<StationRewardsArgs, 'first'>>;
};

export type VolunteerActivityResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['VolunteerActivity'] = ResolversParentTypes['VolunteerActivity']> = {
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointsPerParticipant?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VolunteerRoleResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['VolunteerRole'] = ResolversParentTypes['VolunteerRole']> = {
  community?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['RoleKind'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  worker?: Resolver<Maybe<ResolversTypes['Worker']>, ParentType, ContextType>;
};

export type WorkerResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Worker'] = ResolversParentTypes['Worker'], FederationReferenceType extends FederationReferenceTypes['Worker'] = FederationReferenceTypes['Worker']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Worker']> | FederationReferenceType, FederationReferenceType, ContextType>;
  gatePasses?: Resolver<Maybe<Array<ResolversTypes['GatePass']>>, ParentType, ContextType, RequireFields<WorkerGatePassesArgs, 'first' | 'validOnly'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pointsBalance?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pointsHistory?: Resolver<Maybe<Array<ResolversTypes['PointsEntry']>>, ParentType, ContextType, RequireFields<WorkerPointsHistoryArgs, 'first'>>;
  redemptions?: Resolver<Maybe<Array<ResolversTypes['Redemption']>>, ParentType, ContextType, RequireFields<WorkerRedemptionsArgs, 'first'>>;
  reports?: Resolver<Maybe<Array<ResolversTypes['Report']>>, ParentType, ContextType, RequireFields<WorkerReportsArgs, 'first'>>;
  volunteerRoles?: Resolver<Maybe<Array<ResolversTypes['VolunteerRole']>>, ParentType, ContextType, RequireFields<WorkerVolunteerRolesArgs, 'first'>>;
};

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Ctx> = {
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  GatePass?: GatePassResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  GovernanceMetrics?: GovernanceMetricsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PointsEntry?: PointsEntryResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Redemption?: RedemptionResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  ReportConnection?: ReportConnectionResolvers<ContextType>;
  ReportEdge?: ReportEdgeResolvers<ContextType>;
  Reward?: RewardResolvers<ContextType>;
  Station?: StationResolvers<ContextType>;
  VolunteerActivity?: VolunteerActivityResolvers<ContextType>;
  VolunteerRole?: VolunteerRoleResolvers<ContextType>;
  Worker?: WorkerResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = Ctx> = {
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
