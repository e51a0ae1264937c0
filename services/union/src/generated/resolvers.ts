import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { WorkerRow, PlatformRow, PlatformAccountRow, MembershipRow, MembershipEventRow, UnionBranchRow, ConsultationRow, ConsentRow, PhoneChallengeRow, SmsMessageRow, AgreedMeasureRow, MeasureStatusChangeRow, AssistanceCaseRow, CaseStatusChangeRow } from '../entities';
import type { DistrictRef, RegionRef } from '../resolvers/refs';
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

/** A measure agreed at a consultation (协商成果), followed until it is done. */
export type AgreedMeasure = {
  __typename?: 'AgreedMeasure';
  /** What the measure is about. */
  category: MeasureCategory;
  /** What was agreed, 1 to 500 characters. */
  description: Scalars['String']['output'];
  /** When it is due, if a date was agreed. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Every status the measure has had, oldest first (AGREED when the consultation was recorded). */
  history: Array<MeasureStatusChange>;
  /** Measure id (a UUID). */
  id: Scalars['ID']['output'];
  /** Where it stands. */
  status: MeasureStatus;
};

/**
 * A worker's request for help from the union (帮扶 / 援助). Visible only to union operators,
 * admins and the partner acting for that very worker; every read is written to the audit log.
 */
export type AssistanceCase = {
  __typename?: 'AssistanceCase';
  /** Every status the case has had, oldest first. */
  history: Array<CaseStatusChange>;
  /** Case id (a UUID). */
  id: Scalars['ID']['output'];
  /** What kind of help. */
  kind: AssistanceKind;
  /** When the case was opened. */
  openedAt: Scalars['DateTime']['output'];
  /** When the case was last resolved; null while open, and when closed without resolution. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the case stands. */
  status: CaseStatus;
  /** What the worker needs, 1 to 2000 characters. */
  summary: Scalars['String']['output'];
  /** The worker who asked for help. */
  worker: Worker;
};

/** Addition. A page of assistance cases, most recently opened first. */
export type AssistanceCaseConnection = {
  __typename?: 'AssistanceCaseConnection';
  /** The assistance cases of this page, at most first. */
  edges: Array<AssistanceCaseEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Assistance cases matching the filter (and the caller's view) across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Addition. One assistance case of a page, with its cursor. */
export type AssistanceCaseEdge = {
  __typename?: 'AssistanceCaseEdge';
  /** Opaque cursor of this assistance case, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The assistance case. */
  node: AssistanceCase;
};

/** What kind of help a worker asks the union for (困难帮扶 and more). */
export type AssistanceKind =
  /** 心理咨询 Counselling: psychological counselling. */
  | 'COUNSELLING'
  /** 困难帮扶 Hardship relief. */
  | 'HARDSHIP'
  /** 法律援助 Legal aid. */
  | 'LEGAL_AID'
  /** 欠薪、劳动报酬争议 Wage dispute: unpaid or disputed wages. */
  | 'WAGE_DISPUTE'
  /** 工伤帮扶 Work injury support. */
  | 'WORK_INJURY';

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

/** The level of a union branch (工会组织层级). */
export type BranchLevel =
  /** 市总工会 City federation of trade unions: covers the whole city, no district. */
  | 'CITY'
  /** 区总工会 District federation of trade unions. */
  | 'DISTRICT'
  /** 企业工会 Enterprise union: e.g. a platform's own union; located in a district. */
  | 'ENTERPRISE'
  /** 街道（乡镇）工会 Subdistrict or township union. */
  | 'SUBDISTRICT';

/**
 * Where an assistance case stands. Moves: OPEN -> IN_PROGRESS | RESOLVED | CLOSED; IN_PROGRESS ->
 * RESOLVED | CLOSED; RESOLVED -> IN_PROGRESS (reopened) | CLOSED; CLOSED is final.
 */
export type CaseStatus =
  /** 已结案 Closed: with or without resolution; final. */
  | 'CLOSED'
  /** 处理中 In progress: being handled by union staff. */
  | 'IN_PROGRESS'
  /** 待受理 Open: opened, not yet taken up. */
  | 'OPEN'
  /** 已解决 Resolved: the worker's problem was solved; can be reopened. */
  | 'RESOLVED';

/** One change of an assistance case's status. */
export type CaseStatusChange = {
  __typename?: 'CaseStatusChange';
  /** role:platform-or-domain:key of the caller; partners and others see only role:platform-or-domain. */
  actor: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The status the case took. */
  status: CaseStatus;
};

/** A worker's consent that a platform holds their account and acts for them (PIPL art. 23). */
export type Consent = {
  __typename?: 'Consent';
  /** When it was given. */
  grantedAt: Scalars['DateTime']['output'];
  /** Who recorded it: partner:MEITUAN, operator:union... (union staff also see the key). */
  grantedBy: Scalars['String']['output'];
  /** How it was given. */
  method: ConsentMethod;
  /** The platform the consent was given to. */
  platform: Platform;
  /** When it was withdrawn; null while it stands. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who withdrew it (superseded: replaced by a later consent to the same platform). */
  revokedBy?: Maybe<Scalars['String']['output']>;
  /** What the platform may do. */
  scopes: Array<ConsentScope>;
};

/** How a consent was given (授权方式). */
export type ConsentMethod =
  /** 现场办理 At a union desk, with the worker present. */
  | 'IN_PERSON'
  /** 存量关联 The account was linked before consents were recorded; the worker may withdraw it like any other. */
  | 'LEGACY'
  /** 短信验证码 The worker gave back a code sent to their phone. */
  | 'SMS_CODE';

/**
 * What a worker lets a platform do (授权范围). Given with a code sent to the worker's phone, or at a
 * union desk.
 */
export type ConsentScope =
  /** 代办 Hold the worker's account and act for them in every service: read their data, enrol, report, redeem. Always given. */
  | 'ACT_FOR_WORKER'
  /** 共享工会记录 Also see assistance cases and the reasons of membership changes made through other platforms. */
  | 'SHARE_UNION_RECORDS';

/**
 * A consultation meeting (恳谈会 / 协商会) between worker representatives and a platform, held
 * through a union branch, with the measures they agreed. Partners see their own platform's; union
 * operators and admins all; others get FORBIDDEN.
 */
export type Consultation = {
  __typename?: 'Consultation';
  /** The union branch that organised it. */
  branch: UnionBranch;
  /** When it was held (never in the future). */
  heldAt: Scalars['DateTime']['output'];
  /** Consultation id (a UUID). */
  id: Scalars['ID']['output'];
  /**
   * In the order agreed (at most 50 are recorded per consultation). The default page is 20 so that
   * a list of consultations with their measures and histories stays within the gateway's cost
   * limit; ask for first: 50 to be sure of every measure.
   */
  measures: Array<AgreedMeasure>;
  /** The platform that took part. */
  platform: Platform;
  /** Measures done out of measures agreed (DROPPED ones leave the count). */
  progress: ConsultationProgress;
  /** Title, 1 to 100 characters. */
  title: Scalars['String']['output'];
  /** How many worker representatives took part (1 to 100000). */
  workerRepresentatives: Scalars['Int']['output'];
};


/**
 * A consultation meeting (恳谈会 / 协商会) between worker representatives and a platform, held
 * through a union branch, with the measures they agreed. Partners see their own platform's; union
 * operators and admins all; others get FORBIDDEN.
 */
export type ConsultationMeasuresArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Addition. A page of consultations, most recently held first. */
export type ConsultationConnection = {
  __typename?: 'ConsultationConnection';
  /** The consultations of this page, at most first. */
  edges: Array<ConsultationEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Consultations matching the filter (and the caller's view) across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Addition. One consultation of a page, with its cursor. */
export type ConsultationEdge = {
  __typename?: 'ConsultationEdge';
  /** Opaque cursor of this consultation, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The consultation. */
  node: Consultation;
};

/** A consultation that has been held, with what was agreed. Checked as a whole (BAD_USER_INPUT). */
export type ConsultationInput = {
  /** The organising union branch (NOT_FOUND when unknown). */
  branchId: Scalars['ID']['input'];
  /** When it was held; not in the future. */
  heldAt: Scalars['DateTime']['input'];
  /** At most 50. */
  measures: Array<MeasureInput>;
  /** Platform code, e.g. MEITUAN (NOT_FOUND when unknown). */
  platform: Scalars['ID']['input'];
  /** Title, 1 to 100 characters. */
  title: Scalars['String']['input'];
  /** How many worker representatives took part, 1 to 100000. */
  workerRepresentatives: Scalars['Int']['input'];
};

/**
 * agreed = measures not DROPPED; done = measures DONE; ratio = done / agreed (0..1, null when
 * nothing is agreed).
 */
export type ConsultationProgress = {
  __typename?: 'ConsultationProgress';
  /** Measures not DROPPED. */
  agreed: Scalars['Int']['output'];
  /** Measures DONE. */
  done: Scalars['Int']['output'];
  /** Measures DROPPED. */
  dropped: Scalars['Int']['output'];
  /** Measures IN_PROGRESS. */
  inProgress: Scalars['Int']['output'];
  /** done / agreed, 0 to 1; null when nothing is agreed. */
  ratio?: Maybe<Scalars['Float']['output']>;
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
   * Counts for the district's workers (by the district they registered in): members = ACTIVE
   * memberships now; joined = memberships whose joinedAt falls in the period, over [from, to):
   * without to, up to now; without from, from the first record; from after to is
   * BAD_USER_INPUT. byOccupation and byPlatform = ACTIVE members now (a member on two platforms
   * counts on each); openCases = assistance cases OPEN or IN_PROGRESS now. Admins, dashboards and
   * union operators within their key's districts; others get FORBIDDEN.
   */
  unionMetrics?: Maybe<UnionMetrics>;
};


/**
 * A county-level division (区/县), keyed by its six-digit GB/T 2260 code (e.g. 110105 = 朝阳区,
 * Chaoyang, Beijing). The stations service keeps the catalogue; each domain adds its district
 * metrics for dashboards.
 */
export type DistrictUnionMetricsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
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

/** How a worker joined the union (入会渠道). */
export type JoinChannel =
  /** 工会窗口 Branch office: at a union branch office. */
  | 'BRANCH_OFFICE'
  /** 扫码入会 QR code joining: scanned a QR code and joined online. */
  | 'ONLINE_QR'
  /** 集中入会活动 On-site event: joined at an on-site joining event. */
  | 'ONSITE_EVENT'
  /** 平台推荐 Platform referral: through the partner platform's app. */
  | 'PLATFORM_REFERRAL';

/** What an agreed measure is about. */
export type MeasureCategory =
  /** 算法规则 Algorithm: dispatch algorithms, time limits and pay rules. */
  | 'ALGORITHM'
  /** 关心关爱 Care for workers: rest, heat, cold, meals. */
  | 'CARE'
  /** 权益保障 Rights: workers' rights and pay. */
  | 'RIGHTS'
  /** 安全保障 Safety: road and work safety. */
  | 'SAFETY'
  /** 技能提升 Skills and training. */
  | 'SKILLS';

/** One measure agreed at a consultation. */
export type MeasureInput = {
  /** What the measure is about. */
  category: MeasureCategory;
  /** What was agreed, 1 to 500 characters. */
  description: Scalars['String']['input'];
  /** When it is due, if a date was agreed. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * Where an agreed measure stands. Moves: AGREED -> IN_PROGRESS | DONE | DROPPED; IN_PROGRESS ->
 * DONE | DROPPED; DONE -> IN_PROGRESS (reopened); DROPPED -> AGREED (reinstated).
 */
export type MeasureStatus =
  /** 已达成 Agreed: at the consultation, not yet started. */
  | 'AGREED'
  /** 已落实 Done: carried out. */
  | 'DONE'
  /** 已搁置 Dropped: no longer pursued by the parties; leaves the progress count. */
  | 'DROPPED'
  /** 推进中 In progress: being carried out. */
  | 'IN_PROGRESS';

/** One change of a measure's status. */
export type MeasureStatusChange = {
  __typename?: 'MeasureStatusChange';
  /** role:platform-or-domain:key of the caller; partners and others see only role:platform-or-domain. */
  actor: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The status the measure took. */
  status: MeasureStatus;
};

/**
 * Union membership (工会会员), joined in one step (一站式入会). One per worker, kept through
 * lapses and withdrawals with its history.
 */
export type Membership = {
  __typename?: 'Membership';
  /** The branch the member belongs to (the latest join's). */
  branch: UnionBranch;
  /**
   * Membership card number (会员卡号), 16 digits. A new card is issued when a withdrawn member joins
   * again; renewing a lapsed membership keeps it.
   */
  cardNo: Scalars['String']['output'];
  /** How the member (last) joined. */
  channel: JoinChannel;
  /** Every status the membership has had, oldest first. */
  history: Array<MembershipEvent>;
  /** Start of the current membership: the first join, or the latest re-join after withdrawal or lapse. */
  joinedAt: Scalars['DateTime']['output'];
  /**
   * Member number (会员号), e.g. BJ2026XXXXXXXX: the letters of the province of the branch first
   * joined (GB/T 2260, BJ 北京, GD 广东, JS 江苏...), the year, 8 characters. Kept for life: a member
   * who withdraws and joins again keeps the number.
   */
  memberNo: Scalars['String']['output'];
  /** Where the membership stands now. */
  status: MembershipStatus;
};

/** One change of a membership's status: what it became, when, who did it and why. */
export type MembershipEvent = {
  __typename?: 'MembershipEvent';
  /** role:platform-or-domain:key of the caller; partners and others see only role:platform-or-domain. */
  actor: Scalars['String']['output'];
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Why, when given (withdrawal and lapse reasons, at most 200 characters). */
  reason?: Maybe<Scalars['String']['output']>;
  /** The status the membership took. */
  status: MembershipStatus;
};

/**
 * Where a union membership stands. Moves: ACTIVE -> LAPSED | WITHDRAWN; LAPSED -> ACTIVE (by
 * joining again) | WITHDRAWN; WITHDRAWN -> ACTIVE (by joining again).
 */
export type MembershipStatus =
  /** 在册会员 Active member: in good standing; isUnionMember is true. */
  | 'ACTIVE'
  /** 会籍失效 Lapsed: e.g. dues not renewed; set by union staff. Joining again renews it and keeps the card. */
  | 'LAPSED'
  /** 退会 Withdrawn by the member: joining again reactivates it with a new card. */
  | 'WITHDRAWN';

/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Addition. Partners: give back the code the worker received. Links your account to the worker
   * the phone belongs to (their recorded details unchanged), or registers a worker with what you
   * sent, and records the consent; then returns the worker. Errors carry extensions.reason:
   * CHALLENGE_NOT_FOUND (NOT_FOUND: none, or another platform's), CODE_WRONG (BAD_USER_INPUT, with
   * attemptsLeft), CODE_ATTEMPTS_EXCEEDED (after five wrong codes), CODE_EXPIRED (after ten
   * minutes), CODE_MALFORMED, CODE_USED (CONFLICT: the code was used already). Nothing is linked or
   * shown on any of them.
   */
  confirmWorkerConsent?: Maybe<Worker>;
  /**
   * Admins add partner platforms; the code is what API keys and platform accounts name. CONFLICT
   * when the code exists.
   */
  createPlatform?: Maybe<Platform>;
  /**
   * Admins and union operators (within their key's regions; a city-wide branch only with a key
   * without regions); every level but CITY needs a districtCode, and CITY takes none.
   */
  createUnionBranch?: Maybe<UnionBranch>;
  /**
   * One-stop joining (一站式入会): membership, member number and card in one step. Joining twice
   * returns the same membership. A WITHDRAWN or LAPSED member who joins again is reactivated (same
   * member number, history kept; a withdrawn member gets a new card). The partner for its acting
   * worker; union operators and admins name the worker.
   */
  joinUnion?: Maybe<Membership>;
  /**
   * Union operators and admins mark an ACTIVE membership LAPSED (e.g. dues not renewed); the
   * member renews with joinUnion. A WITHDRAWN one cannot lapse (CONFLICT).
   */
  lapseMembership?: Maybe<Membership>;
  /**
   * Links an account to a worker; linking the same account again is a no-op. Admins and union
   * operators link any platform's account. A partner links only on its own platform, to a worker
   * it already sees or whose mobile number it gives in phone (a worker it cannot see and a wrong
   * number are both FORBIDDEN). CONFLICT when the account belongs to another worker or the worker
   * has another account on that platform.
   */
  linkPlatformAccount?: Maybe<Worker>;
  /** The partner for its acting worker; union operators and admins name the worker. The case starts OPEN. */
  openAssistanceCase?: Maybe<AssistanceCase>;
  /** Admins and union operators (within the branch's district); every measure starts AGREED. */
  recordConsultation?: Maybe<Consultation>;
  /**
   * Idempotent per (platform, externalId) and per phone: a known account returns its worker
   * unchanged; a known phone gets the partner's account linked (CONFLICT when that worker already
   * has another account on the platform); otherwise the worker is created. Partners, union
   * operators and admins.
   */
  registerWorker?: Maybe<Worker>;
  /**
   * Addition. The partner acting for the worker (X-Acting-Worker) asks to close her account: a code
   * goes to her phone with a text saying the platform asks to close the account and delete her data.
   * Give the challenge id and the code to the gateway's POST /privacy/close ({"confirm": "CLOSE",
   * "challengeId", "code"}); union staff close at a desk without a code. The code closes only this
   * worker's account for your platform, within ten minutes, and links nothing. FORBIDDEN for anyone
   * but a partner, or a worker without an account on your platform; BAD_USER_INPUT without
   * X-Acting-Worker; RATE_LIMITED (reason CODES_PER_PHONE) as for requestWorkerConsent;
   * SERVICE_UNAVAILABLE when the SMS provider cannot take it. Not idempotent: each call sends a code.
   */
  requestAccountClosure?: Maybe<PhoneChallenge>;
  /**
   * Addition. Partners: start registering the holder of an account on your platform (input as
   * for registerWorker, platformExternalId required). A six-digit code goes to the phone; nothing is
   * registered or linked until the person holding it gives the code back (confirmWorkerConsent),
   * and the answer is the same whether the phone belongs to a known worker or not. CONFLICT (reason
   * ACCOUNT_ALREADY_LINKED) when the account is linked already; RATE_LIMITED (reason
   * CODES_PER_PHONE) for a second code to one phone from one platform for the same purpose within a minute, or an
   * eleventh to the phone in a day;
   * SERVICE_UNAVAILABLE when the SMS provider cannot take it. Not idempotent: each call sends a code.
   */
  requestWorkerConsent?: Maybe<PhoneChallenge>;
  /**
   * Addition. The worker withdraws a platform's consent: through that platform (the partner acting
   * for the worker withdraws its own), or at a union desk (union operators and admins, naming the
   * worker). The platform's account is unlinked at once and its reads of the worker stop in every
   * service. NOT_FOUND (reason CONSENT_NOT_FOUND) for a consent never given or already withdrawn;
   * FORBIDDEN for a partner naming another platform.
   */
  revokeConsent?: Maybe<Consent>;
  /**
   * Union operators and admins. Allowed: OPEN -> IN_PROGRESS | RESOLVED | CLOSED; IN_PROGRESS ->
   * RESOLVED | CLOSED; RESOLVED -> IN_PROGRESS | CLOSED; CLOSED is final. Others are CONFLICT;
   * the same status is a no-op.
   */
  updateAssistanceCase?: Maybe<AssistanceCase>;
  /**
   * Admins and union operators. Allowed: AGREED -> IN_PROGRESS | DONE | DROPPED; IN_PROGRESS ->
   * DONE | DROPPED; DONE -> IN_PROGRESS; DROPPED -> AGREED. Others are CONFLICT; the same status
   * is a no-op.
   */
  updateMeasureStatus?: Maybe<AgreedMeasure>;
  /**
   * Union operators, admins, and the partner acting for that worker. Withdrawing twice is a no-op;
   * NOT_FOUND without a membership.
   */
  withdrawMembership?: Maybe<Membership>;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationConfirmWorkerConsentArgs = {
  challengeId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationCreatePlatformArgs = {
  code: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationCreateUnionBranchArgs = {
  input: UnionBranchInput;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationJoinUnionArgs = {
  branchId: Scalars['ID']['input'];
  channel: JoinChannel;
  workerId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationLapseMembershipArgs = {
  reason: Scalars['String']['input'];
  workerId: Scalars['ID']['input'];
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationLinkPlatformAccountArgs = {
  externalId: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  platform: Scalars['ID']['input'];
  workerId: Scalars['ID']['input'];
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationOpenAssistanceCaseArgs = {
  againstPlatform?: InputMaybe<Scalars['ID']['input']>;
  kind: AssistanceKind;
  summary: Scalars['String']['input'];
  workerId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationRecordConsultationArgs = {
  input: ConsultationInput;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationRegisterWorkerArgs = {
  input: RegisterWorkerInput;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationRequestWorkerConsentArgs = {
  input: RegisterWorkerInput;
  scopes?: InputMaybe<Array<ConsentScope>>;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationRevokeConsentArgs = {
  platform: Scalars['ID']['input'];
  workerId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationUpdateAssistanceCaseArgs = {
  id: Scalars['ID']['input'];
  status: CaseStatus;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationUpdateMeasureStatusArgs = {
  id: Scalars['ID']['input'];
  status: MeasureStatus;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationWithdrawMembershipArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  workerId: Scalars['ID']['input'];
};

/** What a worker does for a living (职业). */
export type Occupation =
  /** 快递员 Courier. */
  | 'COURIER'
  /** 家政服务员 Domestic service worker. */
  | 'DOMESTIC_SERVICE'
  /** 外卖骑手 Food delivery rider. */
  | 'FOOD_DELIVERY'
  /** 其他 Other: another new-employment-form occupation. */
  | 'OTHER'
  /** 网约车司机 Ride-hailing driver. */
  | 'RIDE_HAILING'
  /** 货车司机 Truck driver. */
  | 'TRUCK_DRIVER';

/** Where a page of a connection ends (keyset pagination: pass endCursor as after for the next page). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Opaque cursor of the last item of this page, to pass as after; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * A code sent to a phone, waiting for the person holding it to give it back through the platform
 * (confirmWorkerConsent, or the gateway's POST /privacy/close for requestAccountClosure). Says
 * nothing about whether the phone belongs to a known worker.
 */
export type PhoneChallenge = {
  __typename?: 'PhoneChallenge';
  /** Wrong codes that may still be tried (five in all). */
  attemptsLeft: Scalars['Int']['output'];
  /** When the code stops working (ten minutes after it was sent). */
  expiresAt: Scalars['DateTime']['output'];
  /** Challenge id, to give back with the code. */
  id: Scalars['ID']['output'];
  /** The number the code went to, masked: 138****1234. */
  phone: Scalars['String']['output'];
  /** The platform asking. */
  platform: Platform;
  /** What the worker is asked to allow. */
  scopes: Array<ConsentScope>;
};

/** A partner platform (合作平台), e.g. MEITUAN, ELEME, SF_EXPRESS, DIDI. Partners are data, not schema. */
export type Platform = {
  __typename?: 'Platform';
  /** Platform code: 2 to 32 characters of A-Z, 0-9 and _, e.g. MEITUAN; what API keys name. */
  code: Scalars['ID']['output'];
  /** Display name, e.g. 美团. */
  name: Scalars['String']['output'];
};

/** A worker's account on a partner platform (平台账号), linking the platform's id to the registry. */
export type PlatformAccount = {
  __typename?: 'PlatformAccount';
  /** The worker's account id on that platform (what X-Acting-Worker names), 1 to 64 visible ASCII characters. */
  externalId: Scalars['String']['output'];
  /** When the account was linked to the worker. */
  linkedAt: Scalars['DateTime']['output'];
  /** The platform. */
  platform: Platform;
};

/** Addition. A page of platforms, in code order. */
export type PlatformConnection = {
  __typename?: 'PlatformConnection';
  /** The platforms of this page, at most first. */
  edges: Array<PlatformEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Platforms matching the filter (and the caller's view) across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Addition. One platform of a page, with its cursor. */
export type PlatformEdge = {
  __typename?: 'PlatformEdge';
  /** Opaque cursor of this platform, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The platform. */
  node: Platform;
};

/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type Query = {
  __typename?: 'Query';
  /** The worker the calling partner acts for (X-Acting-Worker); null when none. */
  actingWorker?: Maybe<Worker>;
  /** One case, to union operators, admins and the partner acting for its worker. */
  assistanceCase?: Maybe<AssistanceCase>;
  /** Most recently opened first. Union operators and admins see all; a partner only its acting worker's. */
  assistanceCases?: Maybe<Array<AssistanceCase>>;
  /** Addition. assistanceCases page by page, most recently opened first, seen as assistanceCases is. */
  assistanceCasesPage?: Maybe<AssistanceCaseConnection>;
  /** One consultation, to whoever may list it; null when there is none. */
  consultation?: Maybe<Consultation>;
  /** Most recent first. Partners see their own platform's; union operators and admins any platform's. */
  consultations?: Maybe<Array<Consultation>>;
  /**
   * Addition. consultations page by page, most recently held first, seen as consultations is. The
   * default page of 10, with each consultation's measures (20) and their histories, costs about
   * 2,300 of the gateway's 5,000.
   */
  consultationsPage?: Maybe<ConsultationConnection>;
  /** Partner platforms in code order; public. */
  platforms?: Maybe<Array<Platform>>;
  /** Addition. Partner platforms page by page, in code order; public. */
  platformsPage?: Maybe<PlatformConnection>;
  /**
   * Addition: messages the development SMS sender kept for this number (SMS_SENDER=outbox), newest
   * first; admins only (FORBIDDEN otherwise). Empty with a real provider.
   */
  smsOutbox?: Maybe<Array<SmsMessage>>;
  /**
   * Addition: this service's audit log of personal data read at full precision, newest first
   * (admins only; others get FORBIDDEN).
   */
  unionAuditLog?: Maybe<AuditEntryConnection>;
  /** Branches in a district (or all), optionally of one level, by level (city first), district, name; public. */
  unionBranches?: Maybe<Array<UnionBranch>>;
  /** Addition. unionBranches page by page, in the same order; public. */
  unionBranchesPage?: Maybe<UnionBranchConnection>;
  /**
   * One worker by id. Union operators and admins read any (null for an unknown id); a partner
   * only workers with an account on its platform. Everyone else, and a partner asking for a worker
   * it may not see or one that does not exist, gets FORBIDDEN, so existence does not leak.
   */
  worker?: Maybe<Worker>;
  /**
   * The worker holding an account on a platform. Partners look up only on their own platform;
   * union operators and admins on any; others get FORBIDDEN. null when no worker has that account.
   */
  workerByPlatformAccount?: Maybe<Worker>;
  /**
   * Union operators and admins list every worker; partners only workers with an account on their
   * platform; others get FORBIDDEN. Oldest registration first.
   */
  workers?: Maybe<WorkerConnection>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryAssistanceCaseArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryAssistanceCasesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CaseStatus>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryAssistanceCasesPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CaseStatus>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryConsultationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryConsultationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  platform?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryConsultationsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  platform?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryPlatformsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryPlatformsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QuerySmsOutboxArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  phone: Scalars['String']['input'];
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryUnionAuditLogArgs = {
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
export type QueryUnionBranchesArgs = {
  district?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<BranchLevel>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryUnionBranchesPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  district?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<BranchLevel>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryWorkerArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryWorkerByPlatformAccountArgs = {
  externalId: Scalars['String']['input'];
  platform: Scalars['ID']['input'];
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryWorkersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

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
   * Addition: the union figures of the region, as District.unionMetrics counts them (by the
   * district, or the street, each worker registered in): for the nation (100000), a province or a
   * city, the figures of every county in the region summed; for a county, the county's own; for
   * a street, those of the workers who named that street. A parent's figures are the sum of its
   * children's; a county's include workers who named no street, so its streets' sum may be less.
   * members = ACTIVE memberships now; joined = memberships whose joinedAt falls in [from, to):
   * without to, up to now; without from, from the first record; from after to is
   * BAD_USER_INPUT. byOccupation and byPlatform = ACTIVE members now (a member on two platforms
   * counts on each); openCases = assistance cases OPEN or IN_PROGRESS now. Admins, dashboards and
   * union operators within their key's regions (a key without regions reads every region, the
   * nation included); others get FORBIDDEN. A code not in the catalogue is BAD_USER_INPUT.
   */
  unionMetrics?: Maybe<UnionMetrics>;
};


/**
 * Addition: a region of the national administrative catalogue (GB/T 2260 codes for statistical
 * use, mainland China): a province, prefecture-level city, county or township/street. The
 * stations service keeps the catalogue as reference data. County-level regions are also
 * Districts where this API has district data (see district).
 */
export type RegionUnionMetricsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * A worker to register (登记). Partners must give platformExternalId; admins and union operators
 * leave it out. The phone is checked as a mainland mobile number (BAD_USER_INPUT otherwise).
 */
export type RegisterWorkerInput = {
  /**
   * Six-digit GB/T 2260 code of the district the worker registers in: a county (县级) of the
   * national catalogue; an unknown code or one of another level is BAD_USER_INPUT.
   */
  districtCode: Scalars['ID']['input'];
  /** Name, 1 to 50 characters. */
  name: Scalars['String']['input'];
  /** What the worker does. */
  occupation: Occupation;
  /** Mainland mobile number: 11 digits starting 13 to 19, optionally after +86; spaces and dashes ignored. */
  phone: Scalars['String']['input'];
  /**
   * The account on the calling partner's platform; required for partners. Admins and union
   * operators register without one and must leave it out.
   */
  platformExternalId?: InputMaybe<Scalars['String']['input']>;
  /**
   * Addition: nine-digit code of the street or township (乡镇、街道) the worker works in, e.g.
   * 110105015 八里庄街道; optional. It must be a street of the national catalogue inside
   * districtCode (BAD_USER_INPUT otherwise).
   */
  streetCode?: InputMaybe<Scalars['ID']['input']>;
};

/** A text message the development sender kept instead of sending (SMS_SENDER=outbox). */
export type SmsMessage = {
  __typename?: 'SmsMessage';
  /** The number it is for, whole (admins only read the outbox). */
  phone: Scalars['String']['output'];
  /** When it was written. */
  sentAt: Scalars['DateTime']['output'];
  /** The text, with the code. */
  text: Scalars['String']['output'];
};

/** A trade union branch (工会组织) workers join. */
export type UnionBranch = {
  __typename?: 'UnionBranch';
  /** Where the branch is; null for a CITY branch. */
  district?: Maybe<District>;
  /** Branch id (a UUID). */
  id: Scalars['ID']['output'];
  /** City, district, subdistrict or enterprise union. */
  level: BranchLevel;
  /** Name, 1 to 50 characters, e.g. 朝阳区总工会. */
  name: Scalars['String']['output'];
};

/** Addition. A page of union branchs, by level (city first), district, name. */
export type UnionBranchConnection = {
  __typename?: 'UnionBranchConnection';
  /** The union branchs of this page, at most first. */
  edges: Array<UnionBranchEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Union branchs matching the filter (and the caller's view) across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Addition. One union branch of a page, with its cursor. */
export type UnionBranchEdge = {
  __typename?: 'UnionBranchEdge';
  /** Opaque cursor of this union branch, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The union branch. */
  node: UnionBranch;
};

/** A new union branch. */
export type UnionBranchInput = {
  /**
   * Six-digit GB/T 2260 code of the branch's district, a county (县级) of the national catalogue
   * (BAD_USER_INPUT otherwise).
   */
  districtCode?: InputMaybe<Scalars['ID']['input']>;
  /** Level; CITY takes no districtCode, every other level needs one. */
  level: BranchLevel;
  /** Name, 1 to 50 characters. */
  name: Scalars['String']['input'];
};

/** A district's union figures, for dashboards; no personal data. */
export type UnionMetrics = {
  __typename?: 'UnionMetrics';
  /** ACTIVE members now by occupation (key: an Occupation value). */
  byOccupation: Array<Count>;
  /** ACTIVE members now by platform (key: a platform code); a member on two platforms counts on each. */
  byPlatform: Array<Count>;
  /** Memberships whose joinedAt falls in the period (a re-join counts when it happened). */
  joined: Scalars['Int']['output'];
  /** ACTIVE memberships now of workers registered in the district. */
  members: Scalars['Int']['output'];
  /** Assistance cases OPEN or IN_PROGRESS now. */
  openCases: Scalars['Int']['output'];
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
  /**
   * Addition: the worker's consents to platforms (授权记录), newest first, withdrawn ones too. Union
   * operators and admins see all; a partner acting for the worker only those given to its own
   * platform.
   */
  consents: Array<Consent>;
  /** The district the worker registered in (counts in its unionMetrics). */
  district?: Maybe<District>;
  /** Worker id (a UUID) in the union's registry. */
  id: Scalars['ID']['output'];
  /** Whether the worker's union membership (工会会员) is ACTIVE now. */
  isUnionMember: Scalars['Boolean']['output'];
  /** The worker's union membership (工会会籍), in any status; null if the worker never joined. */
  membership?: Maybe<Membership>;
  /** Name as registered, 1 to 50 characters, e.g. 王强. */
  name: Scalars['String']['output'];
  /** What the worker does. */
  occupation: Occupation;
  /**
   * Mainland mobile number (手机号). Masked as 138****1234 unless the caller is a union operator
   * or admin; every whole read is written to the audit log.
   */
  phone: Scalars['String']['output'];
  /** Accounts on partner platforms, one per platform. Partners see only the account on their own platform. */
  platformAccounts: Array<PlatformAccount>;
  /** When the worker entered the registry. */
  registeredAt: Scalars['DateTime']['output'];
  /**
   * Addition: nine-digit code of the street or township (乡镇、街道) the worker gave at
   * registration, inside district; null when none was given. Shown to the same callers as district.
   */
  streetCode?: Maybe<Scalars['ID']['output']>;
};

/** A page of workers, in registration order. */
export type WorkerConnection = {
  __typename?: 'WorkerConnection';
  /** The workers of this page, at most first. */
  edges: Array<WorkerEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Workers matching the filter (and the caller's view) across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One worker of a page, with its cursor. */
export type WorkerEdge = {
  __typename?: 'WorkerEdge';
  /** Opaque cursor of this worker, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The worker. */
  node: Worker;
};

/**
 * All given conditions apply. member: true = ACTIVE membership, false = none or not ACTIVE.
 * search: a substring of the name (case-insensitive), or, for union operators and admins only, a
 * whole mobile number matched exactly (by its keyed hash), each such search written to the audit
 * log and limited to 60 an hour per key (RATE_LIMITED). Digits that are not a whole number are
 * BAD_USER_INPUT (reason PHONE_SEARCH_WHOLE_NUMBER); partners never search by phone (FORBIDDEN,
 * reason PHONE_SEARCH_FORBIDDEN).
 */
export type WorkerFilter = {
  /** Only workers registered in this district (six-digit GB/T 2260 code). */
  district?: InputMaybe<Scalars['ID']['input']>;
  /** true: ACTIVE members only; false: everyone else. */
  member?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only workers of this occupation. */
  occupation?: InputMaybe<Occupation>;
  /**
   * Only workers with an account on this platform (code). Partners may name only their own
   * (FORBIDDEN otherwise).
   */
  platform?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the name, or (union staff only) a whole mobile number; at most 50 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
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
  Worker:
    ( { __typename: 'Worker' }
    & GraphQLRecursivePick<FederationTypes['Worker'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AgreedMeasure: ResolverTypeWrapper<AgreedMeasureRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AssistanceCase: ResolverTypeWrapper<AssistanceCaseRow>;
  AssistanceCaseConnection: ResolverTypeWrapper<Omit<AssistanceCaseConnection, 'edges'> & { edges: Array<ResolversTypes['AssistanceCaseEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AssistanceCaseEdge: ResolverTypeWrapper<Omit<AssistanceCaseEdge, 'node'> & { node: ResolversTypes['AssistanceCase'] }>;
  AssistanceKind: AssistanceKind;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnection>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  BranchLevel: BranchLevel;
  CaseStatus: CaseStatus;
  CaseStatusChange: ResolverTypeWrapper<CaseStatusChangeRow>;
  Consent: ResolverTypeWrapper<ConsentRow>;
  ConsentMethod: ConsentMethod;
  ConsentScope: ConsentScope;
  Consultation: ResolverTypeWrapper<ConsultationRow>;
  ConsultationConnection: ResolverTypeWrapper<Omit<ConsultationConnection, 'edges'> & { edges: Array<ResolversTypes['ConsultationEdge']> }>;
  ConsultationEdge: ResolverTypeWrapper<Omit<ConsultationEdge, 'node'> & { node: ResolversTypes['Consultation'] }>;
  ConsultationInput: ConsultationInput;
  ConsultationProgress: ResolverTypeWrapper<ConsultationProgress>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CoordinateSystem: CoordinateSystem;
  Count: ResolverTypeWrapper<Count>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  District: ResolverTypeWrapper<DistrictRef>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  GeoPointInput: GeoPointInput;
  JoinChannel: JoinChannel;
  MeasureCategory: MeasureCategory;
  MeasureInput: MeasureInput;
  MeasureStatus: MeasureStatus;
  MeasureStatusChange: ResolverTypeWrapper<MeasureStatusChangeRow>;
  Membership: ResolverTypeWrapper<MembershipRow>;
  MembershipEvent: ResolverTypeWrapper<MembershipEventRow>;
  MembershipStatus: MembershipStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Occupation: Occupation;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PhoneChallenge: ResolverTypeWrapper<PhoneChallengeRow>;
  Platform: ResolverTypeWrapper<PlatformRow>;
  PlatformAccount: ResolverTypeWrapper<PlatformAccountRow>;
  PlatformConnection: ResolverTypeWrapper<Omit<PlatformConnection, 'edges'> & { edges: Array<ResolversTypes['PlatformEdge']> }>;
  PlatformEdge: ResolverTypeWrapper<Omit<PlatformEdge, 'node'> & { node: ResolversTypes['Platform'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionRef>;
  RegisterWorkerInput: RegisterWorkerInput;
  SmsMessage: ResolverTypeWrapper<SmsMessageRow>;
  UnionBranch: ResolverTypeWrapper<UnionBranchRow>;
  UnionBranchConnection: ResolverTypeWrapper<Omit<UnionBranchConnection, 'edges'> & { edges: Array<ResolversTypes['UnionBranchEdge']> }>;
  UnionBranchEdge: ResolverTypeWrapper<Omit<UnionBranchEdge, 'node'> & { node: ResolversTypes['UnionBranch'] }>;
  UnionBranchInput: UnionBranchInput;
  UnionMetrics: ResolverTypeWrapper<UnionMetrics>;
  Worker: ResolverTypeWrapper<WorkerRow>;
  WorkerConnection: ResolverTypeWrapper<Omit<WorkerConnection, 'edges'> & { edges: Array<ResolversTypes['WorkerEdge']> }>;
  WorkerEdge: ResolverTypeWrapper<Omit<WorkerEdge, 'node'> & { node: ResolversTypes['Worker'] }>;
  WorkerFilter: WorkerFilter;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AgreedMeasure: AgreedMeasureRow;
  ID: Scalars['ID']['output'];
  AssistanceCase: AssistanceCaseRow;
  AssistanceCaseConnection: Omit<AssistanceCaseConnection, 'edges'> & { edges: Array<ResolversParentTypes['AssistanceCaseEdge']> };
  Int: Scalars['Int']['output'];
  AssistanceCaseEdge: Omit<AssistanceCaseEdge, 'node'> & { node: ResolversParentTypes['AssistanceCase'] };
  AuditEntry: AuditEntry;
  AuditEntryConnection: AuditEntryConnection;
  AuditEntryEdge: AuditEntryEdge;
  CaseStatusChange: CaseStatusChangeRow;
  Consent: ConsentRow;
  Consultation: ConsultationRow;
  ConsultationConnection: Omit<ConsultationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConsultationEdge']> };
  ConsultationEdge: Omit<ConsultationEdge, 'node'> & { node: ResolversParentTypes['Consultation'] };
  ConsultationInput: ConsultationInput;
  ConsultationProgress: ConsultationProgress;
  Float: Scalars['Float']['output'];
  Count: Count;
  DateTime: Scalars['DateTime']['output'];
  District: DistrictRef;
  GeoPoint: GeoPoint;
  GeoPointInput: GeoPointInput;
  MeasureInput: MeasureInput;
  MeasureStatusChange: MeasureStatusChangeRow;
  Membership: MembershipRow;
  MembershipEvent: MembershipEventRow;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PhoneChallenge: PhoneChallengeRow;
  Platform: PlatformRow;
  PlatformAccount: PlatformAccountRow;
  PlatformConnection: Omit<PlatformConnection, 'edges'> & { edges: Array<ResolversParentTypes['PlatformEdge']> };
  PlatformEdge: Omit<PlatformEdge, 'node'> & { node: ResolversParentTypes['Platform'] };
  Query: Record<PropertyKey, never>;
  Region: RegionRef;
  RegisterWorkerInput: RegisterWorkerInput;
  SmsMessage: SmsMessageRow;
  UnionBranch: UnionBranchRow;
  UnionBranchConnection: Omit<UnionBranchConnection, 'edges'> & { edges: Array<ResolversParentTypes['UnionBranchEdge']> };
  UnionBranchEdge: Omit<UnionBranchEdge, 'node'> & { node: ResolversParentTypes['UnionBranch'] };
  UnionBranchInput: UnionBranchInput;
  UnionMetrics: UnionMetrics;
  Worker: WorkerRow;
  WorkerConnection: Omit<WorkerConnection, 'edges'> & { edges: Array<ResolversParentTypes['WorkerEdge']> };
  WorkerEdge: Omit<WorkerEdge, 'node'> & { node: ResolversParentTypes['Worker'] };
  WorkerFilter: WorkerFilter;
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

export type AgreedMeasureResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['AgreedMeasure'] = ResolversParentTypes['AgreedMeasure']> = {
  category?: Resolver<ResolversTypes['MeasureCategory'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['MeasureStatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeasureStatus'], ParentType, ContextType>;
};

export type AssistanceCaseResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['AssistanceCase'] = ResolversParentTypes['AssistanceCase']> = {
  history?: Resolver<Array<ResolversTypes['CaseStatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssistanceKind'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  worker?: Resolver<ResolversTypes['Worker'], ParentType, ContextType>;
};

export type AssistanceCaseConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['AssistanceCaseConnection'] = ResolversParentTypes['AssistanceCaseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AssistanceCaseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssistanceCaseEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['AssistanceCaseEdge'] = ResolversParentTypes['AssistanceCaseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AssistanceCase'], ParentType, ContextType>;
};

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

export type CaseStatusChangeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['CaseStatusChange'] = ResolversParentTypes['CaseStatusChange']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
};

export type ConsentResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = {
  grantedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['ConsentMethod'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['ConsentScope']>, ParentType, ContextType>;
};

export type ConsultationResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Consultation'] = ResolversParentTypes['Consultation']> = {
  branch?: Resolver<ResolversTypes['UnionBranch'], ParentType, ContextType>;
  heldAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['AgreedMeasure']>, ParentType, ContextType, RequireFields<ConsultationMeasuresArgs, 'first'>>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['ConsultationProgress'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workerRepresentatives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsultationConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['ConsultationConnection'] = ResolversParentTypes['ConsultationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConsultationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsultationEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['ConsultationEdge'] = ResolversParentTypes['ConsultationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Consultation'], ParentType, ContextType>;
};

export type ConsultationProgressResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['ConsultationProgress'] = ResolversParentTypes['ConsultationProgress']> = {
  agreed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dropped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inProgress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
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
  unionMetrics?: Resolver<Maybe<ResolversTypes['UnionMetrics']>, ParentType, ContextType, Partial<DistrictUnionMetricsArgs>>;
};

export type GeoPointResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MeasureStatusChangeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['MeasureStatusChange'] = ResolversParentTypes['MeasureStatusChange']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeasureStatus'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  branch?: Resolver<ResolversTypes['UnionBranch'], ParentType, ContextType>;
  cardNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['JoinChannel'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['MembershipEvent']>, ParentType, ContextType>;
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  memberNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MembershipStatus'], ParentType, ContextType>;
};

export type MembershipEventResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['MembershipEvent'] = ResolversParentTypes['MembershipEvent']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MembershipStatus'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  confirmWorkerConsent?: Resolver<Maybe<ResolversTypes['Worker']>, ParentType, ContextType, RequireFields<MutationConfirmWorkerConsentArgs, 'challengeId' | 'code'>>;
  createPlatform?: Resolver<Maybe<ResolversTypes['Platform']>, ParentType, ContextType, RequireFields<MutationCreatePlatformArgs, 'code' | 'name'>>;
  createUnionBranch?: Resolver<Maybe<ResolversTypes['UnionBranch']>, ParentType, ContextType, RequireFields<MutationCreateUnionBranchArgs, 'input'>>;
  joinUnion?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType, RequireFields<MutationJoinUnionArgs, 'branchId' | 'channel'>>;
  lapseMembership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType, RequireFields<MutationLapseMembershipArgs, 'reason' | 'workerId'>>;
  linkPlatformAccount?: Resolver<Maybe<ResolversTypes['Worker']>, ParentType, ContextType, RequireFields<MutationLinkPlatformAccountArgs, 'externalId' | 'platform' | 'workerId'>>;
  openAssistanceCase?: Resolver<Maybe<ResolversTypes['AssistanceCase']>, ParentType, ContextType, RequireFields<MutationOpenAssistanceCaseArgs, 'kind' | 'summary'>>;
  recordConsultation?: Resolver<Maybe<ResolversTypes['Consultation']>, ParentType, ContextType, RequireFields<MutationRecordConsultationArgs, 'input'>>;
  registerWorker?: Resolver<Maybe<ResolversTypes['Worker']>, ParentType, ContextType, RequireFields<MutationRegisterWorkerArgs, 'input'>>;
  requestAccountClosure?: Resolver<Maybe<ResolversTypes['PhoneChallenge']>, ParentType, ContextType>;
  requestWorkerConsent?: Resolver<Maybe<ResolversTypes['PhoneChallenge']>, ParentType, ContextType, RequireFields<MutationRequestWorkerConsentArgs, 'input'>>;
  revokeConsent?: Resolver<Maybe<ResolversTypes['Consent']>, ParentType, ContextType, RequireFields<MutationRevokeConsentArgs, 'platform'>>;
  updateAssistanceCase?: Resolver<Maybe<ResolversTypes['AssistanceCase']>, ParentType, ContextType, RequireFields<MutationUpdateAssistanceCaseArgs, 'id' | 'status'>>;
  updateMeasureStatus?: Resolver<Maybe<ResolversTypes['AgreedMeasure']>, ParentType, ContextType, RequireFields<MutationUpdateMeasureStatusArgs, 'id' | 'status'>>;
  withdrawMembership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType, RequireFields<MutationWithdrawMembershipArgs, 'workerId'>>;
};

export type PageInfoResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PhoneChallengeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PhoneChallenge'] = ResolversParentTypes['PhoneChallenge']> = {
  attemptsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['ConsentScope']>, ParentType, ContextType>;
};

export type PlatformResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Platform'] = ResolversParentTypes['Platform']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlatformAccountResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PlatformAccount'] = ResolversParentTypes['PlatformAccount']> = {
  externalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  linkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
};

export type PlatformConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PlatformConnection'] = ResolversParentTypes['PlatformConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlatformEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlatformEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PlatformEdge'] = ResolversParentTypes['PlatformEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actingWorker?: Resolver<Maybe<ResolversTypes['Worker']>, ParentType, ContextType>;
  assistanceCase?: Resolver<Maybe<ResolversTypes['AssistanceCase']>, ParentType, ContextType, RequireFields<QueryAssistanceCaseArgs, 'id'>>;
  assistanceCases?: Resolver<Maybe<Array<ResolversTypes['AssistanceCase']>>, ParentType, ContextType, RequireFields<QueryAssistanceCasesArgs, 'first'>>;
  assistanceCasesPage?: Resolver<Maybe<ResolversTypes['AssistanceCaseConnection']>, ParentType, ContextType, RequireFields<QueryAssistanceCasesPageArgs, 'first'>>;
  consultation?: Resolver<Maybe<ResolversTypes['Consultation']>, ParentType, ContextType, RequireFields<QueryConsultationArgs, 'id'>>;
  consultations?: Resolver<Maybe<Array<ResolversTypes['Consultation']>>, ParentType, ContextType, RequireFields<QueryConsultationsArgs, 'first'>>;
  consultationsPage?: Resolver<Maybe<ResolversTypes['ConsultationConnection']>, ParentType, ContextType, RequireFields<QueryConsultationsPageArgs, 'first'>>;
  platforms?: Resolver<Maybe<Array<ResolversTypes['Platform']>>, ParentType, ContextType, RequireFields<QueryPlatformsArgs, 'first'>>;
  platformsPage?: Resolver<Maybe<ResolversTypes['PlatformConnection']>, ParentType, ContextType, RequireFields<QueryPlatformsPageArgs, 'first'>>;
  smsOutbox?: Resolver<Maybe<Array<ResolversTypes['SmsMessage']>>, ParentType, ContextType, RequireFields<QuerySmsOutboxArgs, 'first' | 'phone'>>;
  unionAuditLog?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, RequireFields<QueryUnionAuditLogArgs, 'first'>>;
  unionBranches?: Resolver<Maybe<Array<ResolversTypes['UnionBranch']>>, ParentType, ContextType, RequireFields<QueryUnionBranchesArgs, 'first'>>;
  unionBranchesPage?: Resolver<Maybe<ResolversTypes['UnionBranchConnection']>, ParentType, ContextType, RequireFields<QueryUnionBranchesPageArgs, 'first'>>;
  worker?: Resolver<Maybe<ResolversTypes['Worker']>, ParentType, ContextType, RequireFields<QueryWorkerArgs, 'id'>>;
  workerByPlatformAccount?: Resolver<Maybe<ResolversTypes['Worker']>, ParentType, ContextType, RequireFields<QueryWorkerByPlatformAccountArgs, 'externalId' | 'platform'>>;
  workers?: Resolver<Maybe<ResolversTypes['WorkerConnection']>, ParentType, ContextType, RequireFields<QueryWorkersArgs, 'first'>>;
};

export type RegionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unionMetrics?: Resolver<Maybe<ResolversTypes['UnionMetrics']>, ParentType, ContextType, Partial<RegionUnionMetricsArgs>>;
};

export type SmsMessageResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['SmsMessage'] = ResolversParentTypes['SmsMessage']> = {
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UnionBranchResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['UnionBranch'] = ResolversParentTypes['UnionBranch']> = {
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['BranchLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UnionBranchConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['UnionBranchConnection'] = ResolversParentTypes['UnionBranchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UnionBranchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UnionBranchEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['UnionBranchEdge'] = ResolversParentTypes['UnionBranchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UnionBranch'], ParentType, ContextType>;
};

export type UnionMetricsResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['UnionMetrics'] = ResolversParentTypes['UnionMetrics']> = {
  byOccupation?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
  byPlatform?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
  joined?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WorkerResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Worker'] = ResolversParentTypes['Worker'], FederationReferenceType extends FederationReferenceTypes['Worker'] = FederationReferenceTypes['Worker']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Worker']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isUnionMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occupation?: Resolver<ResolversTypes['Occupation'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platformAccounts?: Resolver<Array<ResolversTypes['PlatformAccount']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  streetCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type WorkerConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['WorkerConnection'] = ResolversParentTypes['WorkerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WorkerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WorkerEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['WorkerEdge'] = ResolversParentTypes['WorkerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Worker'], ParentType, ContextType>;
};

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Ctx> = {
  AgreedMeasure?: AgreedMeasureResolvers<ContextType>;
  AssistanceCase?: AssistanceCaseResolvers<ContextType>;
  AssistanceCaseConnection?: AssistanceCaseConnectionResolvers<ContextType>;
  AssistanceCaseEdge?: AssistanceCaseEdgeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  CaseStatusChange?: CaseStatusChangeResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  Consultation?: ConsultationResolvers<ContextType>;
  ConsultationConnection?: ConsultationConnectionResolvers<ContextType>;
  ConsultationEdge?: ConsultationEdgeResolvers<ContextType>;
  ConsultationProgress?: ConsultationProgressResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  MeasureStatusChange?: MeasureStatusChangeResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipEvent?: MembershipEventResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PhoneChallenge?: PhoneChallengeResolvers<ContextType>;
  Platform?: PlatformResolvers<ContextType>;
  PlatformAccount?: PlatformAccountResolvers<ContextType>;
  PlatformConnection?: PlatformConnectionResolvers<ContextType>;
  PlatformEdge?: PlatformEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  SmsMessage?: SmsMessageResolvers<ContextType>;
  UnionBranch?: UnionBranchResolvers<ContextType>;
  UnionBranchConnection?: UnionBranchConnectionResolvers<ContextType>;
  UnionBranchEdge?: UnionBranchEdgeResolvers<ContextType>;
  UnionMetrics?: UnionMetricsResolvers<ContextType>;
  Worker?: WorkerResolvers<ContextType>;
  WorkerConnection?: WorkerConnectionResolvers<ContextType>;
  WorkerEdge?: WorkerEdgeResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = Ctx> = {
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
