import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ReportRow, ReportPhotoRow, PointsEntryRow, RewardRow, RedemptionRow, CommunityRow, VolunteerRoleRow, GatePassRow, GatePassRequestRow, GateEntryRow, VolunteerActivityRow } from '../entities';
import type { HistoryLine } from '../rules/report-history';
import type { WorkerRef, StationRef, DistrictRef, RegionRef } from '../resolvers/refs';
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
  /**
   * Addition: every check at this community's gate (checkGatePass), newest first, page by page.
   * Admins and governance operators of its district; others get FORBIDDEN.
   */
  entryLog?: Maybe<GateEntryConnection>;
  /**
   * Addition: registrations at this community's gate, oldest first, page by page (the queue to
   * authorise). Admins and governance operators of its district; others get FORBIDDEN.
   */
  gatePassRequests?: Maybe<GatePassRequestConnection>;
  /** Community id (a UUID). */
  id: Scalars['ID']['output'];
  /** Name, 1 to 100 characters, e.g. 团结湖社区. */
  name: Scalars['String']['output'];
  /** How long a new or renewed pass is valid, 1 to 366 days. */
  passValidityDays: Scalars['Int']['output'];
  /** Rider-friendly: riders get gate passes for quick entry. */
  riderFriendly: Scalars['Boolean']['output'];
};


/** A residential community (社区 / 小区); rider-friendly ones (骑手友好社区) issue gate passes. */
export type CommunityEntryLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};


/** A residential community (社区 / 小区); rider-friendly ones (骑手友好社区) issue gate passes. */
export type CommunityGatePassRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<GatePassRequestStatus>;
};

/** A page of communities, oldest first. */
export type CommunityConnection = {
  __typename?: 'CommunityConnection';
  /** The communities of this page, at most first. */
  edges: Array<CommunityEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Communities matching the arguments across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One community of a page, with its cursor. */
export type CommunityEdge = {
  __typename?: 'CommunityEdge';
  /** Opaque cursor of this community, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The community. */
  node: Community;
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
  /** 百度坐标 BD-09: Baidu Maps, GCJ-02 shifted once more. */
  | 'BD09'
  /** 火星坐标（国测局坐标） GCJ-02 ("Mars coordinates"): Amap, Tencent and WeChat maps. The default. */
  | 'GCJ02'
  /** 地球坐标 WGS-84: GPS, GeoJSON (RFC 7946) and international maps. */
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

/** Addition: what a check at a community's gate found. */
export type GateCheckResult =
  /** 准予通行 Admitted: a valid pass of this community; let the rider in, after comparing the masked name and the platform. */
  | 'ADMITTED'
  /** 通行证已过期 Expired: the pass has expired; the rider registers again. */
  | 'EXPIRED'
  /** 通行证已撤销 Revoked: the pass was revoked by the community. */
  | 'REVOKED'
  /** 无效通行码 Unknown code: the code names no pass. */
  | 'UNKNOWN_CODE'
  /** 非本社区通行证 Wrong community: a pass of another community; the code was brought to the wrong gate. */
  | 'WRONG_COMMUNITY';

/** Addition: one check of a code at a community's gate. */
export type GateEntry = {
  __typename?: 'GateEntry';
  /** When. */
  checkedAt: Scalars['DateTime']['output'];
  /** The code as scanned (capitals, at most 32 characters). */
  code: Scalars['String']['output'];
  /** Where. */
  community: Community;
  /** The pass holder's masked name (王*强); null when unknown. */
  holderName?: Maybe<Scalars['String']['output']>;
  /** Entry id (a UUID). */
  id: Scalars['ID']['output'];
  /** The pass the code named; null when it named none. */
  pass?: Maybe<GatePass>;
  /** The platform on the pass; null when unknown. */
  platform?: Maybe<Scalars['String']['output']>;
  /** What the check found. */
  result: GateCheckResult;
};

/** A page of a community's entry log, newest first. */
export type GateEntryConnection = {
  __typename?: 'GateEntryConnection';
  /** The entries of this page, at most first. */
  edges: Array<GateEntryEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Entries matching the arguments across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One gate check of a page, with its cursor. */
export type GateEntryEdge = {
  __typename?: 'GateEntryEdge';
  /** Opaque cursor of this entry, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: GateEntry;
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
  /**
   * Addition: the name the worker registered with, masked (王*强), for the guard to compare with
   * the rider at the gate; null for a pass issued without registration.
   */
  holderName?: Maybe<Scalars['String']['output']>;
  /** Pass id (a UUID). */
  id: Scalars['ID']['output'];
  /** When it was first issued. */
  issuedAt: Scalars['DateTime']['output'];
  /** Addition: the platform the worker registered through (e.g. MEITUAN); null when unknown. */
  platform?: Maybe<Scalars['String']['output']>;
  /**
   * Addition: why it was revoked. Admins, governance operators of the community's district and the
   * partner acting for the holder; null for others.
   */
  revocationReason?: Maybe<Scalars['String']['output']>;
  /** Addition: when the community revoked the pass; null while not revoked. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Valid now: not yet expired and not revoked. */
  valid: Scalars['Boolean']['output'];
  /** The worker it was issued to. */
  worker?: Maybe<Worker>;
};

/** A page of gate passes, latest expiry first. */
export type GatePassConnection = {
  __typename?: 'GatePassConnection';
  /** The passes of this page, at most first. */
  edges: Array<GatePassEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Passes matching the arguments across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One gate pass of a page, with its cursor. */
export type GatePassEdge = {
  __typename?: 'GatePassEdge';
  /** Opaque cursor of this pass, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The pass. */
  node: GatePass;
};

/** Addition: a worker's registration at a community's gate (scan, fill in, the community authorises, show the code). */
export type GatePassRequest = {
  __typename?: 'GatePassRequest';
  /** The community. */
  community: Community;
  /** When the community decided. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The name the worker filled in, in full (only those who may read the request see it). */
  holderName: Scalars['String']['output'];
  /** Request id (a UUID). */
  id: Scalars['ID']['output'];
  /** The pass issued or extended on approval: its code is what the worker shows. */
  pass?: Maybe<GatePass>;
  /** The platform the worker registered through; null when an operator filed it without one. */
  platform?: Maybe<Scalars['String']['output']>;
  /** Why it was refused. */
  refusalReason?: Maybe<Scalars['String']['output']>;
  /** Pending, approved or refused. */
  status: GatePassRequestStatus;
  /** When it was filled in. */
  submittedAt: Scalars['DateTime']['output'];
  /** The worker. */
  worker?: Maybe<Worker>;
};

/** A page of gate registrations, in the order the field gives. */
export type GatePassRequestConnection = {
  __typename?: 'GatePassRequestConnection';
  /** The requests of this page, at most first. */
  edges: Array<GatePassRequestEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Requests matching the arguments across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One registration of a page, with its cursor. */
export type GatePassRequestEdge = {
  __typename?: 'GatePassRequestEdge';
  /** Opaque cursor of this request, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The request. */
  node: GatePassRequest;
};

/** Addition: where a registration at a community's gate stands. */
export type GatePassRequestStatus =
  /** 已通过 Approved: authorised; the pass is issued, or the worker's valid one extended; see pass. */
  | 'APPROVED'
  /** 待审核 Pending: filled in, waiting for the community to authorise it. */
  | 'PENDING'
  /** 未通过 Refused: with a reason; the worker may register again. */
  | 'REFUSED';

/** Addition: an area bounded by two meridians and two parallels. */
export type GeoBoxInput = {
  /** The north-east corner. */
  northEast: GeoPointInput;
  /** The south-west corner; its lat and lng must not exceed northEast's. */
  southWest: GeoPointInput;
};

/** Addition: the points within a distance of a centre. */
export type GeoCircleInput = {
  /** The centre. */
  center: GeoPointInput;
  /** The distance in metres: 1 to 50000. */
  radiusMeters: Scalars['Int']['input'];
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
   * Addition: the guard's check of a scanned code at a community's gate, written to its entry log
   * whatever it finds. Shows the holder's masked name and platform, to compare with the rider (a
   * screenshot of someone else's code shows someone else). Admins and governance operators of the
   * community's district (the guard's device key).
   */
  checkGatePass?: Maybe<GateEntry>;
  /**
   * Confirms attendance and awards the activity's points once (again returns the same entry).
   * Governance operators of the district and admins, once the activity has started, for signed-up
   * workers.
   */
  confirmParticipation?: Maybe<PointsEntry>;
  /** Admins and governance operators of the district add a community. */
  createCommunity?: Maybe<Community>;
  /**
   * Admins and governance operators add a reward; an operator limited to districts must name one of
   * its own. A reward at a station is checked with the stations service where one is configured
   * (SERVICE_UNAVAILABLE when stations cannot answer; nothing is written then).
   */
  createReward?: Maybe<Reward>;
  /** Admins and governance operators of the activity's district add a volunteer activity. */
  createVolunteerActivity?: Maybe<VolunteerActivity>;
  /**
   * Addition: the community authorises (approve: true) or refuses a pending registration (step
   * three). Approving issues the pass, or extends the worker's valid one keeping its code; refusing
   * needs a reason. Admins and governance operators of the community's district; deciding twice
   * is CONFLICT.
   */
  decideGatePassRequest?: Maybe<GatePassRequest>;
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
   * Addition: posts a note for the public on a report's history without changing its status (at
   * most 50 per report, CONFLICT beyond). Admins and governance operators of its district.
   */
  postReportUpdate?: Maybe<Report>;
  /**
   * Spends points atomically: never below zero, never past stock, idempotent per key (the same key
   * for another reward is CONFLICT). CONFLICT for insufficient points, an inactive reward or no
   * stock. The partner for its acting worker; governance operators and admins name the worker.
   */
  redeemReward?: Maybe<Redemption>;
  /**
   * Addition: registers the worker at a rider-friendly community's gate (step two: fill in), for
   * the community to authorise. The partner for its acting worker (platform: the partner's own);
   * operators and admins name the worker. Asking again while a request is pending returns it.
   * CONFLICT at a community that is not rider-friendly.
   */
  requestGatePass?: Maybe<GatePassRequest>;
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
  /**
   * Addition: revokes a pass at once, with a reason; it opens the gate no more. Admins and
   * governance operators of the community's district; revoking twice is CONFLICT.
   */
  revokeGatePass?: Maybe<GatePass>;
  /** Addition: withdraws a reward from offer (or offers it again); issued vouchers stay valid. */
  setRewardActive?: Maybe<Reward>;
  /**
   * Files a hazard report (随手拍), SUBMITTED. The partner for its acting worker; governance
   * operators and admins name the worker. Idempotent per worker and idempotencyKey.
   */
  submitReport?: Maybe<Report>;
  /**
   * Addition: uploads a photo for a hazard report, before submitting it (then give its id in
   * SubmitReportInput.photoIds). The content, base64, is checked by its bytes (JPEG, PNG or WebP,
   * at most 700,000 bytes, so that the request stays under the 1 MB body limit: scale photos
   * down first) and stored without its metadata (EXIF with GPS, XMP, IPTC, comments, PNG text).
   * The partner for its acting worker; governance operators and admins name the worker.
   */
  uploadReportPhoto?: Maybe<ReportPhoto>;
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
export type MutationCheckGatePassArgs = {
  code: Scalars['String']['input'];
  communityId: Scalars['ID']['input'];
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
export type MutationDecideGatePassRequestArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
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
  publicNote?: InputMaybe<Scalars['String']['input']>;
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
export type MutationPostReportUpdateArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
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
export type MutationRequestGatePassArgs = {
  communityId: Scalars['ID']['input'];
  holderName: Scalars['String']['input'];
  platform?: InputMaybe<Scalars['String']['input']>;
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
  publicNote?: InputMaybe<Scalars['String']['input']>;
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
  publicNote?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationRevokeGatePassArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
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
export type MutationUploadReportPhotoArgs = {
  contentBase64: Scalars['String']['input'];
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

/** A page of ledger entries, newest first. */
export type PointsEntryConnection = {
  __typename?: 'PointsEntryConnection';
  /** The entries of this page, at most first. */
  edges: Array<PointsEntryEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Entries across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One ledger entry of a page, with its cursor. */
export type PointsEntryEdge = {
  __typename?: 'PointsEntryEdge';
  /** Opaque cursor of this entry, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: PointsEntry;
};

/** Why points moved in the ledger (积分流水). */
export type PointsReason =
  /** 志愿活动 Volunteer activity: paid for confirmed attendance at a volunteer activity (reference: the activity id). */
  | 'ACTIVITY'
  /** 人工调整 Adjustment: manual correction by an operator or admin, with a note. */
  | 'ADJUSTMENT'
  /** 积分兑换 Redemption: spent on a reward (reference: the redemption id). */
  | 'REDEMPTION'
  /** 兑换退还 Redemption refund: given back for a cancelled redemption (reference: the redemption id). */
  | 'REDEMPTION_REFUND'
  /** 随手拍奖励 Report accepted: paid for an accepted hazard report (reference: the report id). */
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
  /** Addition: communities, optionally of one district, oldest first, page by page. Public. */
  communitiesConnection?: Maybe<CommunityConnection>;
  /**
   * Addition: one community by id (what the QR code at its gate carries: step one of registering
   * there); null when there is none. Public.
   */
  community?: Maybe<Community>;
  /**
   * Scanned at a community gate: is this pass valid now? Public; null for an unknown code. Not
   * written to the entry log: guards check with checkGatePass.
   */
  gatePass?: Maybe<GatePass>;
  /**
   * Addition: this service's audit log of personal data read at full precision, newest first
   * (admins only; others get FORBIDDEN).
   */
  governanceAuditLog?: Maybe<AuditEntryConnection>;
  /** One report by id; null when there is none. Public (the reporter is not). */
  report?: Maybe<Report>;
  /**
   * Reports, oldest first, page by page. Public (the reporter is not). The filter also searches
   * by text and area (Addition: text, within, near).
   */
  reports?: Maybe<ReportConnection>;
  /** Active rewards, at one station or everywhere, oldest first. Public. */
  rewards?: Maybe<Array<Reward>>;
  /** Addition: active rewards, at one station or everywhere, oldest first, page by page. Public. */
  rewardsConnection?: Maybe<RewardConnection>;
  /** Upcoming activities soonest first; with upcoming: false, every activity, latest first. */
  volunteerActivities?: Maybe<Array<VolunteerActivity>>;
  /**
   * Addition: volunteer activities page by page: upcoming ones soonest first; with upcoming:
   * false, every activity, latest first. Public.
   */
  volunteerActivitiesConnection?: Maybe<VolunteerActivityConnection>;
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
export type QueryCommunitiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  district?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryCommunityArgs = {
  id: Scalars['ID']['input'];
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
export type QueryRewardsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
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


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryVolunteerActivitiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
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

/** A page of vouchers, newest first. */
export type RedemptionConnection = {
  __typename?: 'RedemptionConnection';
  /** The vouchers of this page, at most first. */
  edges: Array<RedemptionEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Vouchers matching the arguments across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One voucher of a page, with its cursor. */
export type RedemptionEdge = {
  __typename?: 'RedemptionEdge';
  /** Opaque cursor of this voucher, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The voucher. */
  node: Redemption;
};

/** Where a reward voucher stands. */
export type RedemptionStatus =
  /** 已取消 Cancelled: points refunded and stock returned; final. */
  | 'CANCELLED'
  /** 已兑换 Issued: not yet used; show the voucher code at the station. */
  | 'ISSUED'
  /** 已核销 Used: scanned by staff; final. */
  | 'USED';

/**
 * Addition: a region of the national administrative catalogue (GB/T 2260 codes for statistical
 * use, mainland China): a province, prefecture-level city, county or township/street. The
 * stations service keeps the catalogue as reference data. County-level regions are also
 * Districts where this API has district data (see district).
 */
export type Region = {
  __typename?: 'Region';
  /**
   * Six digits for a province (110000), city (110100) or county (110105); nine for a street
   * (110105015); 100000 for the nation.
   */
  code: Scalars['ID']['output'];
  /**
   * Addition: the district figures for a region at any level, over [from, to) as on District: a
   * province, a city or the nation (100000) sums the figures of every county inside it, a county
   * has its own, a street those of the reports that name it. A parent's figures are the sum of its
   * children's; a county's include reports that name no street, so its streets' sum may be less.
   * A street counts only its reports: their numbers, resolutions and the points paid for them;
   * activities, communities and redemptions name no street, so a street has no active volunteers,
   * activity points or points redeemed. activeVolunteers is the sum of the counties' (a worker
   * active in two counties counts in each); medianHoursToResolve is the median over every report
   * resolved in the region (not a sum). Admins, dashboards and governance operators, within their
   * key's regions (a city key reads the city, its counties and streets); others get FORBIDDEN. An
   * unknown code is BAD_USER_INPUT.
   */
  governanceMetrics?: Maybe<GovernanceMetrics>;
};


/**
 * Addition: a region of the national administrative catalogue (GB/T 2260 codes for statistical
 * use, mainland China): a province, prefecture-level city, county or township/street. The
 * stations service keeps the catalogue as reference data. County-level regions are also
 * Districts where this API has district data (see district).
 */
export type RegionGovernanceMetricsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

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
  /**
   * Addition: the report's public history, oldest first: each step of its life cycle (at most
   * five) and each public note (at most 50), so the reporter can follow it. Public, like status
   * and dates; the private reviewNote is not part of it.
   */
  history: Array<ReportUpdate>;
  /** Report id (a UUID). */
  id: Scalars['ID']['output'];
  /** Where the hazard is, in the datum asked for. */
  location: GeoPoint;
  /**
   * Photos (absolute http(s) URLs), at most 9: the links submitted, then the photos uploaded
   * (those only when the deployment names its public URL; see photos).
   */
  photoUrls: Array<Scalars['String']['output']>;
  /** Addition: the photos uploaded for the report (uploadReportPhoto), in the order submitted. Public. */
  photos: Array<ReportPhoto>;
  /** Points paid for it (0 unless accepted). */
  pointsAwarded: Scalars['Int']['output'];
  /** Open reports of the same category within 50 m in the last 72 h, oldest first. */
  possibleDuplicates: Array<Report>;
  /**
   * Who reported it. Only the platform the report came through, the partner acting for the
   * reporter, governance operators (in the report's district) and admins; others get FORBIDDEN.
   * Every read is written to the audit log. Null once the reporter has closed their account (the
   * report stays as a public hazard record).
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
  /**
   * Addition: nine-digit code of the street or township (乡镇、街道) the hazard is in, inside
   * district; null when the reporter gave none. Public, like district.
   */
  streetCode?: Maybe<Scalars['ID']['output']>;
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
  /** 堵塞消防通道 Blocked fire exit or escape route: 20 points. */
  | 'BLOCKED_FIRE_EXIT'
  /** 电动车违规入户充电 E-bike indoor charging: e-bike or battery charged indoors or in a corridor; 20 points. */
  | 'EBIKE_INDOOR_CHARGING'
  /** 火灾隐患 Fire hazard: 20 points. */
  | 'FIRE_HAZARD'
  /** 市政设施损坏 Broken infrastructure: manholes, lights, roads; 10 points. */
  | 'INFRASTRUCTURE'
  /** 其他 Other: anything else; 5 points. */
  | 'OTHER'
  /** 安全生产 Production safety at a workplace: 15 points. */
  | 'PRODUCTION_SAFETY'
  /** 社会治安 Public order: 10 points. */
  | 'PUBLIC_ORDER'
  /** 环境卫生 Sanitation: rubbish, dirty streets; 5 points. */
  | 'SANITATION'
  /** 交通安全 Traffic safety: signals, dangerous crossings; 10 points. */
  | 'TRAFFIC_SAFETY';

/** A page of reports, in the order the field gives (Query.reports: oldest first; Worker.reportsConnection: newest first). */
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
  /** Addition: only reports within this distance of a point. */
  near?: InputMaybe<GeoCircleInput>;
  /** Only reports submitted at or after this instant. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only reports in this status. */
  status?: InputMaybe<ReportStatus>;
  /** Addition: only reports whose description contains this text (1 to 100 characters; Latin letters in any case). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Addition: only reports inside this box. */
  within?: InputMaybe<GeoBoxInput>;
};

/**
 * Addition: a photo uploaded for a report. Checked by its content (JPEG, PNG or WebP, at most
 * 700,000 bytes) and stored without its metadata: EXIF and its GPS position, XMP, IPTC, comments
 * and PNG text are cut out.
 */
export type ReportPhoto = {
  __typename?: 'ReportPhoto';
  /** Size in bytes, as stored (after its metadata was cut out). */
  bytes: Scalars['Int']['output'];
  /** image/jpeg, image/png or image/webp, as its content says. */
  contentType: Scalars['String']['output'];
  /** Photo id (a UUID); give it in SubmitReportInput.photoIds. */
  id: Scalars['ID']['output'];
  /** Where the API serves it, relative to the API's origin: /report-photo?id=<id> (once on a report). */
  path: Scalars['String']['output'];
  /** When it was uploaded. */
  uploadedAt: Scalars['DateTime']['output'];
  /** The same as an absolute URL, when the deployment names its public URL; null otherwise. */
  url?: Maybe<Scalars['String']['output']>;
};

/**
 * SUBMITTED -> ACCEPTED -> DISPATCHED -> RESOLVED; or REJECTED / DUPLICATE at review. An ACCEPTED
 * report may also be resolved without dispatch.
 */
export type ReportStatus =
  /** 已受理 Accepted: by a reviewer; points were paid to the reporter. */
  | 'ACCEPTED'
  /** 已派单 Dispatched: sent to the city platform, with its ticket number in externalRef. */
  | 'DISPATCHED'
  /** 重复上报 Duplicate: repeats an earlier report, named by duplicateOf; final. */
  | 'DUPLICATE'
  /** 不予受理 Rejected: not accepted; final. */
  | 'REJECTED'
  /** 已办结 Resolved: fixed, with a resolution note; final. */
  | 'RESOLVED'
  /** 待审核 Submitted: waiting for review. */
  | 'SUBMITTED';

/** Addition: one line of a report's public history. */
export type ReportUpdate = {
  __typename?: 'ReportUpdate';
  /**
   * When it happened; null only for the dispatch of a report dispatched before its history was
   * kept, whose time was not recorded.
   */
  at?: Maybe<Scalars['DateTime']['output']>;
  /** A change of status, or a public note. */
  kind: ReportUpdateKind;
  /** What the reviewer or dispatcher wrote for the public (1 to 2000 characters); null when nothing. */
  publicNote?: Maybe<Scalars['String']['output']>;
  /** The report's status after this line. */
  status: ReportStatus;
};

/** What one line of a report's public history records. */
export type ReportUpdateKind =
  /** 公开说明 Public note: a note written for the public without a change of status; status is the report's status then. */
  | 'PUBLIC_NOTE'
  /** 状态变更 Status change: the report moved to a new status (a step of its life cycle); status is the new one. */
  | 'STATUS_CHANGE';

/** A reviewer's decision on a SUBMITTED report. */
export type ReviewDecision =
  /** 受理 Accept: the report becomes ACCEPTED and the reporter is paid points once. */
  | 'ACCEPT'
  /** 标记为重复 Duplicate: mark as a duplicate of another report (duplicateOfId required). */
  | 'DUPLICATE'
  /** 不予受理 Reject: the report becomes REJECTED. */
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

/** A page of rewards, oldest first. */
export type RewardConnection = {
  __typename?: 'RewardConnection';
  /** The rewards of this page, at most first. */
  edges: Array<RewardEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Rewards matching the arguments across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One reward of a page, with its cursor. */
export type RewardEdge = {
  __typename?: 'RewardEdge';
  /** Opaque cursor of this reward, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The reward. */
  node: Reward;
};

/** A new reward. */
export type RewardInput = {
  /** Points it costs, 1 to 1000000. */
  costPoints: Scalars['Int']['input'];
  /** Addition: the district offering it (operators limited to districts must name one of theirs). */
  districtCode?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Station where it is redeemed, if any: a station of the stations service, not CLOSED (checked
   * with stations where one is configured; BAD_USER_INPUT for an unknown one, CONFLICT for a
   * CLOSED one).
   */
  stationId?: InputMaybe<Scalars['ID']['input']>;
  /** Vouchers available, 0 to 1000000. */
  stock: Scalars['Int']['input'];
  /** What it is, 1 to 100 characters. */
  title: Scalars['String']['input'];
};

/** A role a worker takes on in community governance. */
export type RoleKind =
  /** 社区代表 Community representative. */
  | 'COMMUNITY_REPRESENTATIVE'
  /** 副楼长 Deputy building head. */
  | 'DEPUTY_BUILDING_HEAD'
  /** 网格员 Grid member: of the community's management grid. */
  | 'GRID_MEMBER'
  /** 新社工、社区新兵 New social worker: a social worker from the new employment groups (新就业群体社工). */
  | 'NEW_SOCIAL_WORKER'
  /** 巡逻志愿者 Patrol volunteer. */
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
  /** Addition: the active rewards redeemable at this station, oldest first, page by page. Public. */
  rewardsConnection?: Maybe<RewardConnection>;
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


/**
 * A place where new-employment-form workers rest, charge and eat: a warm station (暖心驿站),
 * rider home (骑手之家), party-mass service centre (党群服务中心), union post, driver home
 * (司机之家) or friendly merchant. The stations service owns it; training adds its timetable and
 * governance the rewards redeemable there.
 */
export type StationRewardsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A hazard report to file. Checked as a whole (BAD_USER_INPUT naming the field). */
export type SubmitReportInput = {
  /** What the hazard is. */
  category: ReportCategory;
  /** What the reporter saw, 1 to 2000 characters. */
  description: Scalars['String']['input'];
  /**
   * Six-digit GB/T 2260 code of the district the hazard is in: a county (县级) of the national
   * catalogue; an unknown code or one of another level is BAD_USER_INPUT.
   */
  districtCode: Scalars['ID']['input'];
  /** Retries with the same key return the first report instead of creating another (1 to 100 characters). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /**
   * Where the hazard is; GCJ-02 unless crs says otherwise. It must lie in districtCode's region
   * (checked against its province's bounds; BAD_USER_INPUT naming location otherwise).
   */
  location: GeoPointInput;
  /**
   * Addition: photos uploaded with uploadReportPhoto by the same worker and not yet on a report;
   * with photoUrls, at most 9 in all. CONFLICT for another worker's photo or one already used.
   */
  photoIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Photos: at most 9 absolute http(s) URLs, each up to 2048 characters. */
  photoUrls?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * Addition: nine-digit code of the street or township (乡镇、街道) the hazard is in, e.g.
   * 110105015 八里庄街道; optional. It must be a street of the national catalogue inside
   * districtCode (BAD_USER_INPUT otherwise).
   */
  streetCode?: InputMaybe<Scalars['ID']['input']>;
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

/** A page of volunteer activities, in the order the field gives. */
export type VolunteerActivityConnection = {
  __typename?: 'VolunteerActivityConnection';
  /** The activities of this page, at most first. */
  edges: Array<VolunteerActivityEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Activities matching the arguments across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One volunteer activity of a page, with its cursor. */
export type VolunteerActivityEdge = {
  __typename?: 'VolunteerActivityEdge';
  /** Opaque cursor of this activity, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The activity. */
  node: VolunteerActivity;
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

/** A page of volunteer roles, newest first. */
export type VolunteerRoleConnection = {
  __typename?: 'VolunteerRoleConnection';
  /** The roles of this page, at most first. */
  edges: Array<VolunteerRoleEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Roles across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One volunteer role of a page, with its cursor. */
export type VolunteerRoleEdge = {
  __typename?: 'VolunteerRoleEdge';
  /** Opaque cursor of this role, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The role. */
  node: VolunteerRole;
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
  /** Addition: the worker's registrations at community gates, newest first, page by page. Same readers as pointsBalance. */
  gatePassRequests?: Maybe<GatePassRequestConnection>;
  /** The worker's gate passes, latest expiry first. */
  gatePasses?: Maybe<Array<GatePass>>;
  /** Addition: the worker's gate passes, latest expiry first, page by page. Same readers as pointsBalance. */
  gatePassesConnection?: Maybe<GatePassConnection>;
  /** Worker id (a UUID) in the union's registry. */
  id: Scalars['ID']['output'];
  /**
   * Points (积分) the worker holds: the ledger's sum, never below 0. The partner acting for the
   * worker, governance operators and admins; others get FORBIDDEN.
   */
  pointsBalance?: Maybe<Scalars['Int']['output']>;
  /** The worker's points ledger, newest first. Same readers as pointsBalance. */
  pointsHistory?: Maybe<Array<PointsEntry>>;
  /** Addition: the worker's points ledger, newest first, page by page. Same readers as pointsBalance. */
  pointsHistoryConnection?: Maybe<PointsEntryConnection>;
  /** Addition: the worker's vouchers, newest first, so a partner app can show them again. */
  redemptions?: Maybe<Array<Redemption>>;
  /** Addition: the worker's vouchers, newest first, page by page. Same readers as pointsBalance. */
  redemptionsConnection?: Maybe<RedemptionConnection>;
  /** Hazard reports the worker submitted, newest first. Same readers as pointsBalance. */
  reports?: Maybe<Array<Report>>;
  /** Addition: the reports the worker submitted, newest first, page by page. Same readers as pointsBalance. */
  reportsConnection?: Maybe<ReportConnection>;
  /** The worker's volunteer roles, current and ended, newest first. */
  volunteerRoles?: Maybe<Array<VolunteerRole>>;
  /** Addition: the worker's volunteer roles, current and ended, newest first, page by page. Same readers as pointsBalance. */
  volunteerRolesConnection?: Maybe<VolunteerRoleConnection>;
};


/**
 * A new-employment-form worker (新就业形态劳动者): delivery rider, courier, ride-hailing or truck
 * driver. The union service keeps the registry (name, phone, platform accounts, membership); the
 * other services add visits, enrolments, subsidy, points and reports. Personal data: partners see
 * only workers with an account on their own platform, and a worker's activity only while acting
 * for that worker (X-Acting-Worker).
 */
export type WorkerGatePassRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
export type WorkerGatePassesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
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
export type WorkerPointsHistoryConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
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
export type WorkerRedemptionsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
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
export type WorkerReportsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
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


/**
 * A new-employment-form worker (新就业形态劳动者): delivery rider, courier, ride-hailing or truck
 * driver. The union service keeps the registry (name, phone, platform accounts, membership); the
 * other services add visits, enrolments, subsidy, points and reports. Personal data: partners see
 * only workers with an account on their own platform, and a worker's activity only while acting
 * for that worker (X-Acting-Worker).
 */
export type WorkerVolunteerRolesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
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
  Region: Region;
  Report: Report;
  Station: Station;
  Worker: Worker;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  District:
    ( { __typename: 'District' }
    & GraphQLRecursivePick<FederationTypes['District'], {"code":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
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
  CommunityConnection: ResolverTypeWrapper<Omit<CommunityConnection, 'edges'> & { edges: Array<ResolversTypes['CommunityEdge']> }>;
  CommunityEdge: ResolverTypeWrapper<Omit<CommunityEdge, 'node'> & { node: ResolversTypes['Community'] }>;
  CommunityInput: CommunityInput;
  CoordinateSystem: CoordinateSystem;
  Count: ResolverTypeWrapper<Count>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  District: ResolverTypeWrapper<DistrictRef>;
  GateCheckResult: GateCheckResult;
  GateEntry: ResolverTypeWrapper<GateEntryRow>;
  GateEntryConnection: ResolverTypeWrapper<Omit<GateEntryConnection, 'edges'> & { edges: Array<ResolversTypes['GateEntryEdge']> }>;
  GateEntryEdge: ResolverTypeWrapper<Omit<GateEntryEdge, 'node'> & { node: ResolversTypes['GateEntry'] }>;
  GatePass: ResolverTypeWrapper<GatePassRow>;
  GatePassConnection: ResolverTypeWrapper<Omit<GatePassConnection, 'edges'> & { edges: Array<ResolversTypes['GatePassEdge']> }>;
  GatePassEdge: ResolverTypeWrapper<Omit<GatePassEdge, 'node'> & { node: ResolversTypes['GatePass'] }>;
  GatePassRequest: ResolverTypeWrapper<GatePassRequestRow>;
  GatePassRequestConnection: ResolverTypeWrapper<Omit<GatePassRequestConnection, 'edges'> & { edges: Array<ResolversTypes['GatePassRequestEdge']> }>;
  GatePassRequestEdge: ResolverTypeWrapper<Omit<GatePassRequestEdge, 'node'> & { node: ResolversTypes['GatePassRequest'] }>;
  GatePassRequestStatus: GatePassRequestStatus;
  GeoBoxInput: GeoBoxInput;
  GeoCircleInput: GeoCircleInput;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  GeoPointInput: GeoPointInput;
  GovernanceMetrics: ResolverTypeWrapper<GovernanceMetrics>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PointsEntry: ResolverTypeWrapper<PointsEntryRow>;
  PointsEntryConnection: ResolverTypeWrapper<Omit<PointsEntryConnection, 'edges'> & { edges: Array<ResolversTypes['PointsEntryEdge']> }>;
  PointsEntryEdge: ResolverTypeWrapper<Omit<PointsEntryEdge, 'node'> & { node: ResolversTypes['PointsEntry'] }>;
  PointsReason: PointsReason;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Redemption: ResolverTypeWrapper<RedemptionRow>;
  RedemptionConnection: ResolverTypeWrapper<Omit<RedemptionConnection, 'edges'> & { edges: Array<ResolversTypes['RedemptionEdge']> }>;
  RedemptionEdge: ResolverTypeWrapper<Omit<RedemptionEdge, 'node'> & { node: ResolversTypes['Redemption'] }>;
  RedemptionStatus: RedemptionStatus;
  Region: ResolverTypeWrapper<RegionRef>;
  Report: ResolverTypeWrapper<ReportRow>;
  ReportCategory: ReportCategory;
  ReportConnection: ResolverTypeWrapper<Omit<ReportConnection, 'edges'> & { edges: Array<ResolversTypes['ReportEdge']> }>;
  ReportEdge: ResolverTypeWrapper<Omit<ReportEdge, 'node'> & { node: ResolversTypes['Report'] }>;
  ReportFilter: ReportFilter;
  ReportPhoto: ResolverTypeWrapper<ReportPhotoRow>;
  ReportStatus: ReportStatus;
  ReportUpdate: ResolverTypeWrapper<HistoryLine>;
  ReportUpdateKind: ReportUpdateKind;
  ReviewDecision: ReviewDecision;
  Reward: ResolverTypeWrapper<RewardRow>;
  RewardConnection: ResolverTypeWrapper<Omit<RewardConnection, 'edges'> & { edges: Array<ResolversTypes['RewardEdge']> }>;
  RewardEdge: ResolverTypeWrapper<Omit<RewardEdge, 'node'> & { node: ResolversTypes['Reward'] }>;
  RewardInput: RewardInput;
  RoleKind: RoleKind;
  Station: ResolverTypeWrapper<StationRef>;
  SubmitReportInput: SubmitReportInput;
  VolunteerActivity: ResolverTypeWrapper<VolunteerActivityRow>;
  VolunteerActivityConnection: ResolverTypeWrapper<Omit<VolunteerActivityConnection, 'edges'> & { edges: Array<ResolversTypes['VolunteerActivityEdge']> }>;
  VolunteerActivityEdge: ResolverTypeWrapper<Omit<VolunteerActivityEdge, 'node'> & { node: ResolversTypes['VolunteerActivity'] }>;
  VolunteerRole: ResolverTypeWrapper<VolunteerRoleRow>;
  VolunteerRoleConnection: ResolverTypeWrapper<Omit<VolunteerRoleConnection, 'edges'> & { edges: Array<ResolversTypes['VolunteerRoleEdge']> }>;
  VolunteerRoleEdge: ResolverTypeWrapper<Omit<VolunteerRoleEdge, 'node'> & { node: ResolversTypes['VolunteerRole'] }>;
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
  CommunityConnection: Omit<CommunityConnection, 'edges'> & { edges: Array<ResolversParentTypes['CommunityEdge']> };
  CommunityEdge: Omit<CommunityEdge, 'node'> & { node: ResolversParentTypes['Community'] };
  CommunityInput: CommunityInput;
  Count: Count;
  DateTime: Scalars['DateTime']['output'];
  District: DistrictRef;
  GateEntry: GateEntryRow;
  GateEntryConnection: Omit<GateEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['GateEntryEdge']> };
  GateEntryEdge: Omit<GateEntryEdge, 'node'> & { node: ResolversParentTypes['GateEntry'] };
  GatePass: GatePassRow;
  GatePassConnection: Omit<GatePassConnection, 'edges'> & { edges: Array<ResolversParentTypes['GatePassEdge']> };
  GatePassEdge: Omit<GatePassEdge, 'node'> & { node: ResolversParentTypes['GatePass'] };
  GatePassRequest: GatePassRequestRow;
  GatePassRequestConnection: Omit<GatePassRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['GatePassRequestEdge']> };
  GatePassRequestEdge: Omit<GatePassRequestEdge, 'node'> & { node: ResolversParentTypes['GatePassRequest'] };
  GeoBoxInput: GeoBoxInput;
  GeoCircleInput: GeoCircleInput;
  GeoPoint: GeoPoint;
  GeoPointInput: GeoPointInput;
  GovernanceMetrics: GovernanceMetrics;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PointsEntry: PointsEntryRow;
  PointsEntryConnection: Omit<PointsEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['PointsEntryEdge']> };
  PointsEntryEdge: Omit<PointsEntryEdge, 'node'> & { node: ResolversParentTypes['PointsEntry'] };
  Query: Record<PropertyKey, never>;
  Redemption: RedemptionRow;
  RedemptionConnection: Omit<RedemptionConnection, 'edges'> & { edges: Array<ResolversParentTypes['RedemptionEdge']> };
  RedemptionEdge: Omit<RedemptionEdge, 'node'> & { node: ResolversParentTypes['Redemption'] };
  Region: RegionRef;
  Report: ReportRow;
  ReportConnection: Omit<ReportConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReportEdge']> };
  ReportEdge: Omit<ReportEdge, 'node'> & { node: ResolversParentTypes['Report'] };
  ReportFilter: ReportFilter;
  ReportPhoto: ReportPhotoRow;
  ReportUpdate: HistoryLine;
  Reward: RewardRow;
  RewardConnection: Omit<RewardConnection, 'edges'> & { edges: Array<ResolversParentTypes['RewardEdge']> };
  RewardEdge: Omit<RewardEdge, 'node'> & { node: ResolversParentTypes['Reward'] };
  RewardInput: RewardInput;
  Station: StationRef;
  SubmitReportInput: SubmitReportInput;
  VolunteerActivity: VolunteerActivityRow;
  VolunteerActivityConnection: Omit<VolunteerActivityConnection, 'edges'> & { edges: Array<ResolversParentTypes['VolunteerActivityEdge']> };
  VolunteerActivityEdge: Omit<VolunteerActivityEdge, 'node'> & { node: ResolversParentTypes['VolunteerActivity'] };
  VolunteerRole: VolunteerRoleRow;
  VolunteerRoleConnection: Omit<VolunteerRoleConnection, 'edges'> & { edges: Array<ResolversParentTypes['VolunteerRoleEdge']> };
  VolunteerRoleEdge: Omit<VolunteerRoleEdge, 'node'> & { node: ResolversParentTypes['VolunteerRole'] };
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
  entryLog?: Resolver<Maybe<ResolversTypes['GateEntryConnection']>, ParentType, ContextType, RequireFields<CommunityEntryLogArgs, 'first'>>;
  gatePassRequests?: Resolver<Maybe<ResolversTypes['GatePassRequestConnection']>, ParentType, ContextType, RequireFields<CommunityGatePassRequestsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passValidityDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  riderFriendly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CommunityConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['CommunityConnection'] = ResolversParentTypes['CommunityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommunityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommunityEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['CommunityEdge'] = ResolversParentTypes['CommunityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
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

export type GateEntryResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['GateEntry'] = ResolversParentTypes['GateEntry']> = {
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
  holderName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pass?: Resolver<Maybe<ResolversTypes['GatePass']>, ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  result?: Resolver<ResolversTypes['GateCheckResult'], ParentType, ContextType>;
};

export type GateEntryConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['GateEntryConnection'] = ResolversParentTypes['GateEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['GateEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GateEntryEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['GateEntryEdge'] = ResolversParentTypes['GateEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GateEntry'], ParentType, ContextType>;
};

export type GatePassResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['GatePass'] = ResolversParentTypes['GatePass']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  community?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  holderName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revocationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  worker?: Resolver<Maybe<ResolversTypes['Worker']>, ParentType, ContextType>;
};

export type GatePassConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['GatePassConnection'] = ResolversParentTypes['GatePassConnection']> = {
  edges?: Resolver<Array<ResolversTypes['GatePassEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GatePassEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['GatePassEdge'] = ResolversParentTypes['GatePassEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GatePass'], ParentType, ContextType>;
};

export type GatePassRequestResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['GatePassRequest'] = ResolversParentTypes['GatePassRequest']> = {
  community?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  holderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pass?: Resolver<Maybe<ResolversTypes['GatePass']>, ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refusalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GatePassRequestStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  worker?: Resolver<Maybe<ResolversTypes['Worker']>, ParentType, ContextType>;
};

export type GatePassRequestConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['GatePassRequestConnection'] = ResolversParentTypes['GatePassRequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['GatePassRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GatePassRequestEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['GatePassRequestEdge'] = ResolversParentTypes['GatePassRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GatePassRequest'], ParentType, ContextType>;
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
  checkGatePass?: Resolver<Maybe<ResolversTypes['GateEntry']>, ParentType, ContextType, RequireFields<MutationCheckGatePassArgs, 'code' | 'communityId'>>;
  confirmParticipation?: Resolver<Maybe<ResolversTypes['PointsEntry']>, ParentType, ContextType, RequireFields<MutationConfirmParticipationArgs, 'activityId' | 'workerId'>>;
  createCommunity?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType, RequireFields<MutationCreateCommunityArgs, 'input'>>;
  createReward?: Resolver<Maybe<ResolversTypes['Reward']>, ParentType, ContextType, RequireFields<MutationCreateRewardArgs, 'input'>>;
  createVolunteerActivity?: Resolver<Maybe<ResolversTypes['VolunteerActivity']>, ParentType, ContextType, RequireFields<MutationCreateVolunteerActivityArgs, 'input'>>;
  decideGatePassRequest?: Resolver<Maybe<ResolversTypes['GatePassRequest']>, ParentType, ContextType, RequireFields<MutationDecideGatePassRequestArgs, 'approve' | 'id'>>;
  dispatchReport?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<MutationDispatchReportArgs, 'externalRef' | 'id'>>;
  endVolunteerRole?: Resolver<Maybe<ResolversTypes['VolunteerRole']>, ParentType, ContextType, RequireFields<MutationEndVolunteerRoleArgs, 'id'>>;
  issueGatePass?: Resolver<Maybe<ResolversTypes['GatePass']>, ParentType, ContextType, RequireFields<MutationIssueGatePassArgs, 'communityId'>>;
  joinVolunteerActivity?: Resolver<Maybe<ResolversTypes['VolunteerActivity']>, ParentType, ContextType, RequireFields<MutationJoinVolunteerActivityArgs, 'activityId'>>;
  postReportUpdate?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<MutationPostReportUpdateArgs, 'id' | 'note'>>;
  redeemReward?: Resolver<Maybe<ResolversTypes['Redemption']>, ParentType, ContextType, RequireFields<MutationRedeemRewardArgs, 'idempotencyKey' | 'rewardId'>>;
  requestGatePass?: Resolver<Maybe<ResolversTypes['GatePassRequest']>, ParentType, ContextType, RequireFields<MutationRequestGatePassArgs, 'communityId' | 'holderName'>>;
  resolveReport?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<MutationResolveReportArgs, 'id' | 'note'>>;
  reviewReport?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<MutationReviewReportArgs, 'decision' | 'id'>>;
  revokeGatePass?: Resolver<Maybe<ResolversTypes['GatePass']>, ParentType, ContextType, RequireFields<MutationRevokeGatePassArgs, 'id' | 'reason'>>;
  setRewardActive?: Resolver<Maybe<ResolversTypes['Reward']>, ParentType, ContextType, RequireFields<MutationSetRewardActiveArgs, 'active' | 'id'>>;
  submitReport?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<MutationSubmitReportArgs, 'input'>>;
  uploadReportPhoto?: Resolver<Maybe<ResolversTypes['ReportPhoto']>, ParentType, ContextType, RequireFields<MutationUploadReportPhotoArgs, 'contentBase64'>>;
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

export type PointsEntryConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PointsEntryConnection'] = ResolversParentTypes['PointsEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PointsEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PointsEntryEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PointsEntryEdge'] = ResolversParentTypes['PointsEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PointsEntry'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  communities?: Resolver<Maybe<Array<ResolversTypes['Community']>>, ParentType, ContextType, RequireFields<QueryCommunitiesArgs, 'first'>>;
  communitiesConnection?: Resolver<Maybe<ResolversTypes['CommunityConnection']>, ParentType, ContextType, RequireFields<QueryCommunitiesConnectionArgs, 'first'>>;
  community?: Resolver<Maybe<ResolversTypes['Community']>, ParentType, ContextType, RequireFields<QueryCommunityArgs, 'id'>>;
  gatePass?: Resolver<Maybe<ResolversTypes['GatePass']>, ParentType, ContextType, RequireFields<QueryGatePassArgs, 'code'>>;
  governanceAuditLog?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, RequireFields<QueryGovernanceAuditLogArgs, 'first'>>;
  report?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<QueryReportArgs, 'id'>>;
  reports?: Resolver<Maybe<ResolversTypes['ReportConnection']>, ParentType, ContextType, RequireFields<QueryReportsArgs, 'first'>>;
  rewards?: Resolver<Maybe<Array<ResolversTypes['Reward']>>, ParentType, ContextType, RequireFields<QueryRewardsArgs, 'first'>>;
  rewardsConnection?: Resolver<Maybe<ResolversTypes['RewardConnection']>, ParentType, ContextType, RequireFields<QueryRewardsConnectionArgs, 'first'>>;
  volunteerActivities?: Resolver<Maybe<Array<ResolversTypes['VolunteerActivity']>>, ParentType, ContextType, RequireFields<QueryVolunteerActivitiesArgs, 'first' | 'upcoming'>>;
  volunteerActivitiesConnection?: Resolver<Maybe<ResolversTypes['VolunteerActivityConnection']>, ParentType, ContextType, RequireFields<QueryVolunteerActivitiesConnectionArgs, 'first' | 'upcoming'>>;
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

export type RedemptionConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['RedemptionConnection'] = ResolversParentTypes['RedemptionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RedemptionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RedemptionEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['RedemptionEdge'] = ResolversParentTypes['RedemptionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Redemption'], ParentType, ContextType>;
};

export type RegionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  governanceMetrics?: Resolver<Maybe<ResolversTypes['GovernanceMetrics']>, ParentType, ContextType, Partial<RegionGovernanceMetricsArgs>>;
};

export type ReportResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Report'] = ResolversParentTypes['Report'], FederationReferenceType extends FederationReferenceTypes['Report'] = FederationReferenceTypes['Report']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Report']> | FederationReferenceType, FederationReferenceType, ContextType>;
  category?: Resolver<ResolversTypes['ReportCategory'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  duplicateOf?: Resolver<Maybe<ResolversTypes['Report']>, ParentType, ContextType>;
  externalRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ReportUpdate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType, RequireFields<ReportLocationArgs, 'crs'>>;
  photoUrls?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  photos?: Resolver<Array<ResolversTypes['ReportPhoto']>, ParentType, ContextType>;
  pointsAwarded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  possibleDuplicates?: Resolver<Array<ResolversTypes['Report']>, ParentType, ContextType, RequireFields<ReportPossibleDuplicatesArgs, 'first'>>;
  reporter?: Resolver<Maybe<ResolversTypes['Worker']>, ParentType, ContextType>;
  resolutionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReportStatus'], ParentType, ContextType>;
  streetCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
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

export type ReportPhotoResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['ReportPhoto'] = ResolversParentTypes['ReportPhoto']> = {
  bytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReportUpdateResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['ReportUpdate'] = ResolversParentTypes['ReportUpdate']> = {
  at?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportUpdateKind'], ParentType, ContextType>;
  publicNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReportStatus'], ParentType, ContextType>;
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

export type RewardConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['RewardConnection'] = ResolversParentTypes['RewardConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RewardEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RewardEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['RewardEdge'] = ResolversParentTypes['RewardEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Reward'], ParentType, ContextType>;
};

export type StationResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Station'] = ResolversParentTypes['Station'], FederationReferenceType extends FederationReferenceTypes['Station'] = FederationReferenceTypes['Station']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Station']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rewards?: Resolver<Maybe<Array<ResolversTypes['Reward']>>, ParentType, ContextType, RequireFields<StationRewardsArgs, 'first'>>;
  rewardsConnection?: Resolver<Maybe<ResolversTypes['RewardConnection']>, ParentType, ContextType, RequireFields<StationRewardsConnectionArgs, 'first'>>;
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

export type VolunteerActivityConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['VolunteerActivityConnection'] = ResolversParentTypes['VolunteerActivityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['VolunteerActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VolunteerActivityEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['VolunteerActivityEdge'] = ResolversParentTypes['VolunteerActivityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VolunteerActivity'], ParentType, ContextType>;
};

export type VolunteerRoleResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['VolunteerRole'] = ResolversParentTypes['VolunteerRole']> = {
  community?: Resolver<ResolversTypes['Community'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['RoleKind'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  worker?: Resolver<Maybe<ResolversTypes['Worker']>, ParentType, ContextType>;
};

export type VolunteerRoleConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['VolunteerRoleConnection'] = ResolversParentTypes['VolunteerRoleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['VolunteerRoleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VolunteerRoleEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['VolunteerRoleEdge'] = ResolversParentTypes['VolunteerRoleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VolunteerRole'], ParentType, ContextType>;
};

export type WorkerResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Worker'] = ResolversParentTypes['Worker'], FederationReferenceType extends FederationReferenceTypes['Worker'] = FederationReferenceTypes['Worker']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Worker']> | FederationReferenceType, FederationReferenceType, ContextType>;
  gatePassRequests?: Resolver<Maybe<ResolversTypes['GatePassRequestConnection']>, ParentType, ContextType, RequireFields<WorkerGatePassRequestsArgs, 'first'>>;
  gatePasses?: Resolver<Maybe<Array<ResolversTypes['GatePass']>>, ParentType, ContextType, RequireFields<WorkerGatePassesArgs, 'first' | 'validOnly'>>;
  gatePassesConnection?: Resolver<Maybe<ResolversTypes['GatePassConnection']>, ParentType, ContextType, RequireFields<WorkerGatePassesConnectionArgs, 'first' | 'validOnly'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pointsBalance?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pointsHistory?: Resolver<Maybe<Array<ResolversTypes['PointsEntry']>>, ParentType, ContextType, RequireFields<WorkerPointsHistoryArgs, 'first'>>;
  pointsHistoryConnection?: Resolver<Maybe<ResolversTypes['PointsEntryConnection']>, ParentType, ContextType, RequireFields<WorkerPointsHistoryConnectionArgs, 'first'>>;
  redemptions?: Resolver<Maybe<Array<ResolversTypes['Redemption']>>, ParentType, ContextType, RequireFields<WorkerRedemptionsArgs, 'first'>>;
  redemptionsConnection?: Resolver<Maybe<ResolversTypes['RedemptionConnection']>, ParentType, ContextType, RequireFields<WorkerRedemptionsConnectionArgs, 'first'>>;
  reports?: Resolver<Maybe<Array<ResolversTypes['Report']>>, ParentType, ContextType, RequireFields<WorkerReportsArgs, 'first'>>;
  reportsConnection?: Resolver<Maybe<ResolversTypes['ReportConnection']>, ParentType, ContextType, RequireFields<WorkerReportsConnectionArgs, 'first'>>;
  volunteerRoles?: Resolver<Maybe<Array<ResolversTypes['VolunteerRole']>>, ParentType, ContextType, RequireFields<WorkerVolunteerRolesArgs, 'first'>>;
  volunteerRolesConnection?: Resolver<Maybe<ResolversTypes['VolunteerRoleConnection']>, ParentType, ContextType, RequireFields<WorkerVolunteerRolesConnectionArgs, 'first'>>;
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
  CommunityConnection?: CommunityConnectionResolvers<ContextType>;
  CommunityEdge?: CommunityEdgeResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  GateEntry?: GateEntryResolvers<ContextType>;
  GateEntryConnection?: GateEntryConnectionResolvers<ContextType>;
  GateEntryEdge?: GateEntryEdgeResolvers<ContextType>;
  GatePass?: GatePassResolvers<ContextType>;
  GatePassConnection?: GatePassConnectionResolvers<ContextType>;
  GatePassEdge?: GatePassEdgeResolvers<ContextType>;
  GatePassRequest?: GatePassRequestResolvers<ContextType>;
  GatePassRequestConnection?: GatePassRequestConnectionResolvers<ContextType>;
  GatePassRequestEdge?: GatePassRequestEdgeResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  GovernanceMetrics?: GovernanceMetricsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PointsEntry?: PointsEntryResolvers<ContextType>;
  PointsEntryConnection?: PointsEntryConnectionResolvers<ContextType>;
  PointsEntryEdge?: PointsEntryEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Redemption?: RedemptionResolvers<ContextType>;
  RedemptionConnection?: RedemptionConnectionResolvers<ContextType>;
  RedemptionEdge?: RedemptionEdgeResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Report?: ReportResolvers<ContextType>;
  ReportConnection?: ReportConnectionResolvers<ContextType>;
  ReportEdge?: ReportEdgeResolvers<ContextType>;
  ReportPhoto?: ReportPhotoResolvers<ContextType>;
  ReportUpdate?: ReportUpdateResolvers<ContextType>;
  Reward?: RewardResolvers<ContextType>;
  RewardConnection?: RewardConnectionResolvers<ContextType>;
  RewardEdge?: RewardEdgeResolvers<ContextType>;
  Station?: StationResolvers<ContextType>;
  VolunteerActivity?: VolunteerActivityResolvers<ContextType>;
  VolunteerActivityConnection?: VolunteerActivityConnectionResolvers<ContextType>;
  VolunteerActivityEdge?: VolunteerActivityEdgeResolvers<ContextType>;
  VolunteerRole?: VolunteerRoleResolvers<ContextType>;
  VolunteerRoleConnection?: VolunteerRoleConnectionResolvers<ContextType>;
  VolunteerRoleEdge?: VolunteerRoleEdgeResolvers<ContextType>;
  Worker?: WorkerResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = Ctx> = {
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
