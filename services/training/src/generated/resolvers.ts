import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CourseRow, CourseSessionRow, EnrollmentRow, CourseRequestRow } from '../entities';
import type { AttendanceLineRow } from '../queries/attendance-sheet';
import type { DistrictRef, RegionRef, StationRef, WorkerRef } from '../resolvers/refs';
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

/** Addition. One line of a session's attendance sheet. */
export type AttendanceLine = {
  __typename?: 'AttendanceLine';
  /** Whether the learner's presence at this session is recorded. */
  attended: Scalars['Boolean']['output'];
  /** The learner's enrolment; its worker's name comes from the union, masked as the caller's role allows. */
  enrollment: Enrollment;
  /** When it was recorded; null when not. */
  recordedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Addition. One line of an attendance sheet, with its cursor. */
export type AttendanceLineEdge = {
  __typename?: 'AttendanceLineEdge';
  /** Opaque cursor of this line, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The line. */
  node: AttendanceLine;
};

/** Addition. A page of a session's attendance sheet, in enrolment order. */
export type AttendanceSheet = {
  __typename?: 'AttendanceSheet';
  /** Of them, recorded present. */
  attendedCount: Scalars['Int']['output'];
  /** The lines of this page, at most first. */
  edges: Array<AttendanceLineEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Learners expected at the session (the whole sheet): seated or completed, or recorded present. */
  totalCount: Scalars['Int']['output'];
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

/** Addition. Where a certificate stands (证书状态). */
export type CertificateStatus =
  /** 已撤销 Revoked: by the course's organisers, with a reason. */
  | 'REVOKED'
  /** 有效 Valid: issued on completion and not revoked. */
  | 'VALID';

/** What anyone may check about a certificate number (证书查验); the holder's name is masked. */
export type CertificateVerification = {
  __typename?: 'CertificateVerification';
  /** Title of the course completed. */
  courseTitle: Scalars['String']['output'];
  /** The holder's name masked, first character kept (王强 -> 王*); *** when none was given. */
  holderName: Scalars['String']['output'];
  /** When it was issued (the completion time). */
  issuedAt: Scalars['DateTime']['output'];
  /** The certificate number, e.g. TRN-DEMO000000000001. */
  number: Scalars['String']['output'];
  /** Who taught it. */
  provider: Scalars['String']['output'];
  /** Addition. When it was revoked; null while it is valid. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Addition. Why it was revoked, as the organisers wrote it; null while it is valid. */
  revokedReason?: Maybe<Scalars['String']['output']>;
  /** Addition. VALID, or REVOKED by the course's organisers. */
  status: CertificateStatus;
  /**
   * Addition. The link a QR code on the certificate carries, leading to this check
   * (TRAINING_PUBLIC_URL + /certificate?number=...); null when no public URL is configured.
   */
  verificationUrl?: Maybe<Scalars['String']['output']>;
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
 * A course (课程) of the night school (夜校) or cloud classroom (云课堂): a public catalogue entry
 * with sessions, seats, a waitlist and a minimum class size. Prices and subsidies are in fen
 * (1/100 yuan).
 */
export type Course = {
  __typename?: 'Course';
  /** Seats (名额), from minLearners to 10000; further sign-ups join the waitlist. */
  capacity: Scalars['Int']['output'];
  /** What it teaches. */
  category: CourseCategory;
  /** Name of the certificate (结业证书) awarded on completion, if any. */
  certificateName?: Maybe<Scalars['String']['output']>;
  /** What the course covers, up to 5000 characters. */
  description?: Maybe<Scalars['String']['output']>;
  /** The district organising it; null for a city-wide course. */
  district?: Maybe<District>;
  /** Seats held now (ENROLLED enrolments). */
  enrolledCount: Scalars['Int']['output'];
  /**
   * Addition. The roster, in enrolment order: the course's organisers (admins, training operators
   * of its district) see everyone; a partner sees only the worker it acts for; others are FORBIDDEN.
   */
  enrollments: Array<Enrollment>;
  /**
   * Addition. The roster page by page, in enrolment (waitlist) order, seen as enrollments is: the
   * course's organisers everyone, a partner only the worker it acts for, others FORBIDDEN.
   */
  enrollmentsPage?: Maybe<EnrollmentConnection>;
  /** Course id (a UUID). */
  id: Scalars['ID']['output'];
  /** Learners needed for the class to run (成班人数); at least 1. */
  minLearners: Scalars['Int']['output'];
  /** At a station, online or both. */
  mode: CourseMode;
  /** Price in fen (1/100 yuan); 0 for a free course. */
  priceCents: Scalars['Int']['output'];
  /** Who teaches it (培训机构), 1 to 100 characters. */
  provider: Scalars['String']['output'];
  /** Addition. Sessions a learner must attend to complete (what the course sets, else every session scheduled). */
  requiredSessions: Scalars['Int']['output'];
  /** In time order. */
  sessions: Array<CourseSession>;
  /** Addition. The sessions page by page, in time order. Public. */
  sessionsPage?: Maybe<CourseSessionConnection>;
  /** Where the course stands, computed from stored status, seats and session times. */
  status: CourseStatus;
  /**
   * Addition: nine-digit GB/T 2260 code of the street or township (乡镇、街道) of its district where
   * it is held, e.g. 441302103 (三栋镇); null when it names none (always for a city-wide course).
   */
  streetCode?: Maybe<Scalars['String']['output']>;
  /** Tuition subsidy per union member, in fen (1/100 yuan), drawn from the member's yearly allowance. */
  subsidyCents: Scalars['Int']['output'];
  /** Title, 1 to 200 characters, e.g. 电动自行车安全骑行. */
  title: Scalars['String']['output'];
  /** Places on the waitlist now (WAITLISTED enrolments). */
  waitlistCount: Scalars['Int']['output'];
};


/**
 * A course (课程) of the night school (夜校) or cloud classroom (云课堂): a public catalogue entry
 * with sessions, seats, a waitlist and a minimum class size. Prices and subsidies are in fen
 * (1/100 yuan).
 */
export type CourseEnrollmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<EnrollmentStatus>;
};


/**
 * A course (课程) of the night school (夜校) or cloud classroom (云课堂): a public catalogue entry
 * with sessions, seats, a waitlist and a minimum class size. Prices and subsidies are in fen
 * (1/100 yuan).
 */
export type CourseEnrollmentsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<EnrollmentStatus>;
};


/**
 * A course (课程) of the night school (夜校) or cloud classroom (云课堂): a public catalogue entry
 * with sessions, seats, a waitlist and a minimum class size. Prices and subsidies are in fen
 * (1/100 yuan).
 */
export type CourseSessionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A course (课程) of the night school (夜校) or cloud classroom (云课堂): a public catalogue entry
 * with sessions, seats, a waitlist and a minimum class size. Prices and subsidies are in fen
 * (1/100 yuan).
 */
export type CourseSessionsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a course teaches (课程类别). */
export type CourseCategory =
  /** 职业规划 Career planning and job change. */
  | 'CAREER_PLANNING'
  /** 学历教育 Degree education: e.g. a vocational college diploma. */
  | 'DEGREE_EDUCATION'
  /** 数字商务、电商直播 Digital commerce: live streaming, online shops. */
  | 'DIGITAL_COMMERCE'
  /** 健康 Health. */
  | 'HEALTH'
  /** 法律维权 Law and workers' rights. */
  | 'LEGAL'
  /** 其他 Other: anything else. */
  | 'OTHER'
  /** 安全教育 Safety: road safety, e-bikes, fire, first aid. */
  | 'SAFETY'
  /** 技能培训 Skills: practical skills. */
  | 'SKILLS'
  /** 职业资格、职业技能等级证书 Vocational qualification: towards a vocational qualification certificate. */
  | 'VOCATIONAL_QUALIFICATION';

/** A page of courses, in creation order. */
export type CourseConnection = {
  __typename?: 'CourseConnection';
  /** The courses of this page, at most first. */
  edges: Array<CourseEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Courses matching the filter across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One course of a page, with its cursor. */
export type CourseEdge = {
  __typename?: 'CourseEdge';
  /** Opaque cursor of this course, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The course. */
  node: Course;
};

/** Conditions on courses; all given ones apply. */
export type CourseFilter = {
  /** Only courses of this category. */
  category?: InputMaybe<CourseCategory>;
  /** Only courses of this district (six-digit GB/T 2260 code). */
  district?: InputMaybe<Scalars['ID']['input']>;
  /** Only courses taught this way. */
  mode?: InputMaybe<CourseMode>;
  /** Substring of title or provider, case-insensitive; at most 100 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only courses with a session starting after this instant. */
  startsAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only courses with a session at this station (with startsAfter: a session there after that time). */
  stationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only courses in this status now. */
  status?: InputMaybe<CourseStatus>;
};

/** Addition. What openCourseFromRequest did. */
export type CourseFromRequest = {
  __typename?: 'CourseFromRequest';
  /** The course opened (PLANNED, or CONFIRMED when the askers seated reach minLearners). */
  course: Course;
  /** Askers given a seat, first asked first. */
  enrolled: Scalars['Int']['output'];
  /** The request, now fulfilled by the course. */
  request: CourseRequest;
  /** Askers put on the waitlist, in the order they asked, once the seats were taken. */
  waitlisted: Scalars['Int']['output'];
};

/** How a course is taught. */
export type CourseMode =
  /** 线上线下结合 Both: each session at a station, online, or both. */
  | 'HYBRID'
  /** 线下（夜校） In person: at a station (night school); every session has a stationId. */
  | 'OFFLINE'
  /** 线上（云课堂） Online: cloud classroom; every session has an onlineUrl. */
  | 'ONLINE';

/**
 * Workers asking for a class on a topic in a district (点单). Counts only: who asked is never shown.
 * A fulfilled request takes no more requests; asking again for the topic starts a new one.
 */
export type CourseRequest = {
  __typename?: 'CourseRequest';
  /** What the course would teach. */
  category: CourseCategory;
  /** The district where the class is wanted. */
  district?: Maybe<District>;
  /** The course that answered it; null until one does. */
  fulfilledBy?: Maybe<Course>;
  /** Request id (a UUID). */
  id: Scalars['ID']['output'];
  /** Addition. Open demand: requests reached the threshold and no course fulfils it yet. */
  open: Scalars['Boolean']['output'];
  /** Addition. When requests first reached the threshold. */
  openedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Workers who asked, one each. */
  requests: Scalars['Int']['output'];
  /** Requests at which it becomes open demand (COURSE_REQUEST_THRESHOLD, default 10). */
  threshold: Scalars['Int']['output'];
  /** The topic asked for, as first written, e.g. 电工证. */
  topic: Scalars['String']['output'];
};

/**
 * Addition. A page of course requests, most asked first (then oldest). Counts move while a client
 * pages: a request that gains requests between two pages may be listed twice or not at all.
 */
export type CourseRequestConnection = {
  __typename?: 'CourseRequestConnection';
  /** The requests of this page, at most first. */
  edges: Array<CourseRequestEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Requests matching the filter across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Addition. One course request of a page, with its cursor. */
export type CourseRequestEdge = {
  __typename?: 'CourseRequestEdge';
  /** Opaque cursor of this request, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The request. */
  node: CourseRequest;
};

/** One class meeting (课次) of a course, at a station, online or both. */
export type CourseSession = {
  __typename?: 'CourseSession';
  /**
   * Addition. The session's attendance sheet (签到表), in enrolment order: every learner expected
   * (holding a seat, or completed) and anyone recorded present, each with whether they came. The
   * course's organisers only (admins, training operators of its district); others get FORBIDDEN.
   */
  attendance?: Maybe<AttendanceSheet>;
  /** The course it belongs to. */
  course: Course;
  /** When it ends (after startsAt). */
  endsAt: Scalars['DateTime']['output'];
  /** Session id (a UUID). */
  id: Scalars['ID']['output'];
  /** Where to join online (http or https URL); null for an in-person-only session. */
  onlineUrl?: Maybe<Scalars['String']['output']>;
  /** When it starts. */
  startsAt: Scalars['DateTime']['output'];
  /** Where it is held; null for an online-only session. */
  station?: Maybe<Station>;
};


/** One class meeting (课次) of a course, at a station, online or both. */
export type CourseSessionAttendanceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Addition. A page of sessions, in time order. */
export type CourseSessionConnection = {
  __typename?: 'CourseSessionConnection';
  /** The sessions of this page, at most first. */
  edges: Array<CourseSessionEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Sessions in the list across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Addition. One session of a page, with its cursor. */
export type CourseSessionEdge = {
  __typename?: 'CourseSessionEdge';
  /** Opaque cursor of this session, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The session. */
  node: CourseSession;
};

/**
 * Where a course stands. Writes store PLANNED, CONFIRMED or CANCELLED; the clock does the rest.
 * PLANNED: taking sign-ups, below minLearners. CONFIRMED: minLearners reached, the class will run.
 */
export type CourseStatus =
  /** 已取消 Cancelled by its organisers: seats and waitlist places were dropped. */
  | 'CANCELLED'
  /** 已结课 Completed: from the end of the last session; no more enrolments, cannot be cancelled. */
  | 'COMPLETED'
  /** 已成班 Confirmed: minLearners reached, the class will run; it does not fall back when learners drop. */
  | 'CONFIRMED'
  /** 招生中 Planned: taking sign-ups, fewer than minLearners seated. */
  | 'PLANNED'
  /** 开课中 Running: from the start of the first session; still takes enrolments. */
  | 'RUNNING';

/**
 * A new course, created PLANNED. Checked as a whole: BAD_USER_INPUT lists every problem. Admins
 * and training operators whose key's regions contain its district; a city-wide course (no
 * districtCode) needs a key without region limits.
 */
export type CreateCourseInput = {
  /** Seats, from minLearners to 10000. */
  capacity: Scalars['Int']['input'];
  /** What it teaches. */
  category: CourseCategory;
  /** Name of the certificate awarded on completion, up to 100 characters; leave it out for none. */
  certificateName?: InputMaybe<Scalars['String']['input']>;
  /** What the course covers, up to 5000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /**
   * Six-digit GB/T 2260 code of the organising district, a county (县级) of the national
   * catalogue (BAD_USER_INPUT otherwise); leave it out for a city-wide course.
   */
  districtCode?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Addition. A course request this course answers: it is marked fulfilled (the course must be in
   * the request's district or city-wide).
   */
  fulfillsRequestId?: InputMaybe<Scalars['ID']['input']>;
  /** Learners needed for the class to run, at least 1. */
  minLearners: Scalars['Int']['input'];
  /** At a station, online or both; decides what its sessions need. */
  mode: CourseMode;
  /** Price in fen (1/100 yuan), 0 or more; 0 is free. */
  priceCents?: Scalars['Int']['input'];
  /** Who teaches it, 1 to 100 characters. */
  provider: Scalars['String']['input'];
  /** Sessions a learner must attend to complete; default: all of them. */
  requiredSessions?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Addition: nine-digit GB/T 2260 code of the street or township (乡镇、街道) where it is held, a
   * street of districtCode (BAD_USER_INPUT otherwise, and without districtCode); leave it out for
   * none. Region figures of a street count the courses that name it.
   */
  streetCode?: InputMaybe<Scalars['ID']['input']>;
  /** Tuition subsidy per union member in fen (1/100 yuan), 0 or more. */
  subsidyCents?: Scalars['Int']['input'];
  /** Title, 1 to 200 characters. */
  title: Scalars['String']['input'];
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
   * Training in the district over [from, to): without to, up to now; without from, from the first
   * record; from after to is BAD_USER_INPUT. Courses created (not cancelled), seats taken and still
   * held or completed, completions and certificates issued; byCategory splits the enrolments by
   * course category. Admins, dashboards and training operators, within their key's districts;
   * others get FORBIDDEN. City-wide courses count in no district.
   */
  trainingMetrics?: Maybe<TrainingMetrics>;
};


/**
 * A county-level division (区/县), keyed by its six-digit GB/T 2260 code (e.g. 110105 = 朝阳区,
 * Chaoyang, Beijing). The stations service keeps the catalogue; each domain adds its district
 * metrics for dashboards.
 */
export type DistrictTrainingMetricsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A worker's place in a course (报名): a seat, a waitlist place, a completion or a drop. */
export type Enrollment = {
  __typename?: 'Enrollment';
  /** Sessions of the course the learner attended. */
  attendedSessions: Scalars['Int']['output'];
  /**
   * Certificate number (证书编号), TRN- and 16 characters, when the course awards a certificate and
   * the learner completed.
   */
  certificateNo?: Maybe<Scalars['String']['output']>;
  /** Addition. When the certificate was revoked; null while it stands or when there is none. */
  certificateRevokedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Addition. The certificate's verification link (what its QR code carries); null without a
   * certificate or without TRAINING_PUBLIC_URL.
   */
  certificateUrl?: Maybe<Scalars['String']['output']>;
  /** When the organisers recorded completion; null until then. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The course. */
  course: Course;
  /** When the worker (last) enrolled: the place in the waitlist. */
  enrolledAt: Scalars['DateTime']['output'];
  /** Enrolment id (a UUID). */
  id: Scalars['ID']['output'];
  /** Addition. What the learner pays: priceCents less subsidyCents, never below 0; null as priceCents. */
  payableCents?: Maybe<Scalars['Int']['output']>;
  /** Addition. The course price when the worker enrolled, in fen; null for enrolments from before the subsidy was applied. */
  priceCents?: Maybe<Scalars['Int']['output']>;
  /** Where the enrolment stands. */
  status: EnrollmentStatus;
  /** Addition. Tuition subsidy granted to this enrolment now, in fen (0 once returned); null as priceCents. */
  subsidyCents?: Maybe<Scalars['Int']['output']>;
  /** Addition. Where the subsidy stands; null as priceCents. */
  subsidyStatus?: Maybe<SubsidyStatus>;
  /** The learner. */
  worker?: Maybe<Worker>;
};

/** Addition. A page of enrolments, in enrolment (waitlist) order: earliest enrolledAt first, then id. */
export type EnrollmentConnection = {
  __typename?: 'EnrollmentConnection';
  /** The enrolments of this page, at most first. */
  edges: Array<EnrollmentEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Enrolments in the list (the caller's view of it) across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Addition. One enrolment of a page, with its cursor. */
export type EnrollmentEdge = {
  __typename?: 'EnrollmentEdge';
  /** Opaque cursor of this enrolment, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The enrolment. */
  node: Enrollment;
};

/** Where an enrolment stands. */
export type EnrollmentStatus =
  /** 已结业 Completed: completed the course, with a certificate when the course awards one; final. */
  | 'COMPLETED'
  /** 已退课 Dropped: by the worker, the organisers or a cancellation; enrolling again takes it up. */
  | 'DROPPED'
  /** 已报名 Enrolled: holds a seat. */
  | 'ENROLLED'
  /** 候补 Waitlisted: moves up in order when a seat frees. */
  | 'WAITLISTED';

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

/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * The course's organisers. Every seat and waitlist place becomes DROPPED (completions stand);
   * notifies nobody. Cancelling again is harmless; an ended course cannot be cancelled (CONFLICT).
   */
  cancelCourse?: Maybe<Course>;
  /**
   * The course's organisers. Needs the attendance the course requires (CONFLICT naming how many
   * sessions are missing) and issues a certificate number when the course awards a certificate.
   * holderName (addition): the learner's name as the organiser knows it; only its masked form
   * ("王*") is stored, for certificate checks. Completing again returns the completion.
   */
  completeEnrollment?: Maybe<Enrollment>;
  /**
   * Admins and training operators of the course's district add a course (PLANNED). BAD_USER_INPUT
   * lists every problem of the input.
   */
  createCourse?: Maybe<Course>;
  /**
   * Frees the seat; the first waitlisted worker moves up. The partner acting for the worker, or the
   * course's organisers. Dropping a DROPPED enrolment returns it unchanged; COMPLETED ones cannot
   * be dropped (CONFLICT).
   */
  dropEnrollment?: Maybe<Enrollment>;
  /**
   * Enrols, or waitlists when full; never exceeds capacity, even under concurrent calls.
   * Idempotent per worker and course. A DROPPED enrolment is taken up again: a seat if one is
   * free, else the end of the waitlist.
   * The partner for its acting worker; training operators and admins name the worker. CONFLICT
   * when the course is cancelled or completed; NOT_FOUND for an unknown course.
   */
  enroll?: Maybe<Enrollment>;
  /**
   * Addition. Opens a course from a course request in one step (点单): creates the course as
   * createCourse does (PLANNED), marks the request fulfilled and enrols the workers who asked, in
   * the order they asked: seats up to capacity, the rest on the waitlist in that order (each sees
   * the enrolment among its enrollments). Admins and training operators of the request's district;
   * the course is held there or city-wide. NOT_FOUND for an unknown request; CONFLICT when the
   * request is already fulfilled, also when two organisers open it at the same moment (one wins).
   * Cancelling the course later reopens the request: its requests count again.
   */
  openCourseFromRequest?: Maybe<CourseFromRequest>;
  /**
   * The course's organisers. Idempotent per enrolment and session; the session must be the
   * course's (BAD_USER_INPUT) and have started (CONFLICT).
   */
  recordAttendance?: Maybe<Enrollment>;
  /**
   * Asks for a class on a topic (点单); when requests reach the threshold, organisers are shown it
   * as open demand. One request per worker: asking again changes nothing. The partner for its
   * acting worker; training operators and admins name the worker.
   */
  requestCourse?: Maybe<CourseRequest>;
  /**
   * Addition. The course's organisers revoke a certificate (撤销证书), e.g. one issued in error: the
   * public check then answers REVOKED with the reason and when. Revoking again returns it
   * unchanged (the first reason stands). NOT_FOUND for an unknown number.
   */
  revokeCertificate?: Maybe<CertificateVerification>;
  /**
   * The course's organisers add a session. NOT_FOUND for an unknown course, CONFLICT for a cancelled one.
   * Its station is checked with the stations service where one is configured: BAD_USER_INPUT
   * (input.stationId) for a station it does not know, CONFLICT for a CLOSED one (a SUSPENDED one
   * is accepted), SERVICE_UNAVAILABLE when stations cannot answer; nothing is written then.
   */
  scheduleSession?: Maybe<CourseSession>;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationCancelCourseArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationCompleteEnrollmentArgs = {
  holderName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationCreateCourseArgs = {
  input: CreateCourseInput;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationDropEnrollmentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationEnrollArgs = {
  courseId: Scalars['ID']['input'];
  workerId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationOpenCourseFromRequestArgs = {
  input: CreateCourseInput;
  requestId: Scalars['ID']['input'];
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationRecordAttendanceArgs = {
  enrollmentId: Scalars['ID']['input'];
  sessionId: Scalars['ID']['input'];
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationRequestCourseArgs = {
  category: CourseCategory;
  districtCode: Scalars['ID']['input'];
  topic: Scalars['String']['input'];
  workerId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationRevokeCertificateArgs = {
  number: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationScheduleSessionArgs = {
  courseId: Scalars['ID']['input'];
  input: SessionInput;
};

/** Where a page of a connection ends (keyset pagination: pass endCursor as after for the next page). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Opaque cursor of the last item of this page, to pass as after; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type Query = {
  __typename?: 'Query';
  /** Public check of a certificate number; null when no such certificate exists. */
  certificate?: Maybe<CertificateVerification>;
  /** One course by id; null when there is none. Public. */
  course?: Maybe<Course>;
  /** Public. Most asked first. open: true for open demand only, false for the rest. first (addition): 0 to 100. */
  courseRequests?: Maybe<Array<CourseRequest>>;
  /** Addition. Public. courseRequests page by page: most asked first, then oldest. */
  courseRequestsPage?: Maybe<CourseRequestConnection>;
  /** The public course catalogue, in creation order, page by page. */
  courses?: Maybe<CourseConnection>;
  /**
   * Addition. Tuition subsidy granted and given back in one month, per union branch of the members,
   * for reconciliation with the union. Admins and training operators; an operator limited to
   * regions sees the branches of the counties inside them only. Others get FORBIDDEN.
   */
  subsidyReconciliation?: Maybe<SubsidyReconciliation>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryCertificateArgs = {
  number: Scalars['String']['input'];
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryCourseArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryCourseRequestsArgs = {
  district?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  open?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryCourseRequestsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  district?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  open?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CourseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QuerySubsidyReconciliationArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  district?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  month: Scalars['String']['input'];
};

/**
 * Addition: a region of the national administrative catalogue (GB/T 2260): the nation (100000), a
 * province, a prefecture-level city, a county or a township/street. The stations service keeps the
 * catalogue; each domain adds its figures for dashboards at every level.
 */
export type Region = {
  __typename?: 'Region';
  /**
   * Six digits for a province (110000), city (110100) or county (110105); nine for a street
   * (110105015); 100000 for the nation.
   */
  code: Scalars['ID']['output'];
  /**
   * Addition: training in the region over [from, to), counted as District.trainingMetrics counts
   * it (same period rules): for the nation (100000), a province or a city the figures of every
   * county in the region summed; for a county its own; for a street those of the courses held in
   * it (Course.streetCode). A parent's figures are the sum of its children's; a county's include
   * courses that name no street, so its streets' sum may be less. City-wide courses (no district)
   * count in no region, the nation included, as in no district. Admins, dashboards and training
   * operators, within their key's regions (a key for 441300 reads Huizhou, its counties and
   * streets, and not 440000, another city or the nation); others get FORBIDDEN. An unknown code
   * is BAD_USER_INPUT.
   */
  trainingMetrics?: Maybe<TrainingMetrics>;
};


/**
 * Addition: a region of the national administrative catalogue (GB/T 2260): the nation (100000), a
 * province, a prefecture-level city, a county or a township/street. The stations service keeps the
 * catalogue; each domain adds its figures for dashboards at every level.
 */
export type RegionTrainingMetricsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * A class meeting to schedule. An OFFLINE course's sessions need stationId, an ONLINE course's
 * onlineUrl, a HYBRID course's either or both.
 */
export type SessionInput = {
  /** When it ends; after startsAt. */
  endsAt: Scalars['DateTime']['input'];
  /** Where to join online: an absolute http or https URL, up to 500 characters. */
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** When it starts. */
  startsAt: Scalars['DateTime']['input'];
  /** The station where it is held: a station of the stations service, not CLOSED. */
  stationId?: InputMaybe<Scalars['ID']['input']>;
};

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
  /**
   * The next sessions held at the station (not yet started, course not cancelled), soonest first;
   * first: 0 to 100. Public.
   */
  upcomingSessions?: Maybe<Array<CourseSession>>;
  /**
   * Addition. The same timetable page by page (soonest first), for stations with more sessions
   * than one list holds. Public.
   */
  upcomingSessionsPage?: Maybe<CourseSessionConnection>;
};


/**
 * A place where new-employment-form workers rest, charge and eat: a warm station (暖心驿站),
 * rider home (骑手之家), party-mass service centre (党群服务中心), union post, driver home
 * (司机之家) or friendly merchant. The stations service owns it; training adds its timetable and
 * governance the rewards redeemable there.
 */
export type StationUpcomingSessionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A place where new-employment-form workers rest, charge and eat: a warm station (暖心驿站),
 * rider home (骑手之家), party-mass service centre (党群服务中心), union post, driver home
 * (司机之家) or friendly merchant. The stations service owns it; training adds its timetable and
 * governance the rewards redeemable there.
 */
export type StationUpcomingSessionsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Addition. Subsidy moved in one month for the members of one union branch (补贴对账): what was
 * granted and what drops and cancellations gave back.
 */
export type SubsidyBranchMonth = {
  __typename?: 'SubsidyBranchMonth';
  /** The union branch the members belonged to when enrolling (a UnionBranch id of the union service). */
  branchId: Scalars['ID']['output'];
  /** The branch's district (six-digit GB/T 2260 code); null for a city-level branch. */
  districtCode?: Maybe<Scalars['ID']['output']>;
  /** Subsidy granted in the month, in fen. */
  grantedCents: Scalars['Int']['output'];
  /** Grants made in the month. */
  grants: Scalars['Int']['output'];
  /** The month, YYYY-MM in Asia/Shanghai. */
  month: Scalars['String']['output'];
  /** grantedCents less returnedCents. */
  netCents: Scalars['Int']['output'];
  /** Subsidy given back in the month, in fen. */
  returnedCents: Scalars['Int']['output'];
  /** Returns made in the month. */
  returns: Scalars['Int']['output'];
};

/** Addition. One branch's month, with its cursor. */
export type SubsidyBranchMonthEdge = {
  __typename?: 'SubsidyBranchMonthEdge';
  /** Opaque cursor of this row, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: SubsidyBranchMonth;
};

/** Addition. A month's subsidy per union branch, in branch id order. */
export type SubsidyReconciliation = {
  __typename?: 'SubsidyReconciliation';
  /** The branches of this page, at most first. */
  edges: Array<SubsidyBranchMonthEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Branches with subsidy moved in the month (within the caller's districts) across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Addition. Where an enrolment's tuition subsidy (培训补贴) stands. */
export type SubsidyStatus =
  /** 额度已用完 Cap reached: a member's seat, but the yearly cap was already used up. */
  | 'CAP_REACHED'
  /** 已享受 Granted: in full or as far as the yearly cap allowed. */
  | 'GRANTED'
  /** 非会员 Not a member: the worker was not an ACTIVE union member when enrolling. */
  | 'NOT_MEMBER'
  /** 不适用 Not offered: the course offers no subsidy. */
  | 'NOT_OFFERED'
  /** 已退回 Returned: given back to the member's yearly allowance by a drop or a cancellation. */
  | 'RETURNED'
  /** 未核验 Unchecked: membership could not be asked (no union peer configured); nothing was granted. */
  | 'UNCHECKED'
  /** 候补中 Waiting: a member on the waitlist; granted when a seat is taken. */
  | 'WAITING';

/** A district's or region's training figures for a period, for dashboards; no personal data. */
export type TrainingMetrics = {
  __typename?: 'TrainingMetrics';
  /** enrollments by course category (key: a CourseCategory value), most first. */
  byCategory: Array<Count>;
  /** Completions in the period that issued a certificate. */
  certificates: Scalars['Int']['output'];
  /** Enrolments completed in the period. */
  completions: Scalars['Int']['output'];
  /** Courses created in the district in the period and not cancelled. */
  courses: Scalars['Int']['output'];
  /** Seats taken in the period that are still held or were completed. */
  enrollments: Scalars['Int']['output'];
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
   * The worker's enrolments, in enrolment order. The partner acting for the worker, training
   * operators and admins; others get FORBIDDEN.
   */
  enrollments?: Maybe<Array<Enrollment>>;
  /**
   * Addition. The worker's enrolments page by page, in enrolment order; read like enrollments (the
   * partner acting for the worker, training operators and admins; others get FORBIDDEN).
   */
  enrollmentsPage?: Maybe<EnrollmentConnection>;
  /** Worker id (a UUID) in the union's registry. */
  id: Scalars['ID']['output'];
  /** Whether the worker's union membership (工会会员) is ACTIVE now. */
  isUnionMember: Scalars['Boolean']['output'];
  /**
   * Tuition subsidy (培训补贴) still available to this worker, in fen (1/100 yuan); union members
   * only. The yearly cap (TRAINING_SUBSIDY_CAP_CENTS, default 300000 fen = 3000 yuan) less the
   * subsidy granted to every seat taken this calendar year (Asia/Shanghai) that is still held or
   * was completed (the course subsidy for enrolments from before grants were recorded), never
   * below 0; 0 for non-members. Readable by the partner acting for the
   * worker and by admins: it needs the worker's membership, which the union discloses only to them.
   */
  subsidyAvailableCents?: Maybe<Scalars['Int']['output']>;
};


/**
 * A new-employment-form worker (新就业形态劳动者): delivery rider, courier, ride-hailing or truck
 * driver. The union service keeps the registry (name, phone, platform accounts, membership); the
 * other services add visits, enrolments, subsidy, points and reports. Personal data: partners see
 * only workers with an account on their own platform, and a worker's activity only while acting
 * for that worker (X-Acting-Worker).
 */
export type WorkerEnrollmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<EnrollmentStatus>;
};


/**
 * A new-employment-form worker (新就业形态劳动者): delivery rider, courier, ride-hailing or truck
 * driver. The union service keeps the registry (name, phone, platform accounts, membership); the
 * other services add visits, enrolments, subsidy, points and reports. Personal data: partners see
 * only workers with an account on their own platform, and a worker's activity only while acting
 * for that worker (X-Acting-Worker).
 */
export type WorkerEnrollmentsPageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<EnrollmentStatus>;
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
  Course: Course;
  District: District;
  Region: Region;
  Station: Station;
  Worker: Worker;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Course:
    ( { __typename: 'Course' }
    & GraphQLRecursivePick<FederationTypes['Course'], {"id":true}> );
  District:
    ( { __typename: 'District' }
    & GraphQLRecursivePick<FederationTypes['District'], {"code":true}> );
  Region:
    ( { __typename: 'Region' }
    & GraphQLRecursivePick<FederationTypes['Region'], {"code":true}> );
  Station:
    ( { __typename: 'Station' }
    & GraphQLRecursivePick<FederationTypes['Station'], {"id":true}> );
  Worker:
    ( { __typename: 'Worker' }
    & GraphQLRecursivePick<FederationTypes['Worker'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Worker'], {"isUnionMember":true}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AttendanceLine: ResolverTypeWrapper<AttendanceLineRow>;
  AttendanceLineEdge: ResolverTypeWrapper<Omit<AttendanceLineEdge, 'node'> & { node: ResolversTypes['AttendanceLine'] }>;
  AttendanceSheet: ResolverTypeWrapper<Omit<AttendanceSheet, 'edges'> & { edges: Array<ResolversTypes['AttendanceLineEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnection>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  CertificateStatus: CertificateStatus;
  CertificateVerification: ResolverTypeWrapper<CertificateVerification>;
  CoordinateSystem: CoordinateSystem;
  Count: ResolverTypeWrapper<Count>;
  Course: ResolverTypeWrapper<CourseRow>;
  CourseCategory: CourseCategory;
  CourseConnection: ResolverTypeWrapper<Omit<CourseConnection, 'edges'> & { edges: Array<ResolversTypes['CourseEdge']> }>;
  CourseEdge: ResolverTypeWrapper<Omit<CourseEdge, 'node'> & { node: ResolversTypes['Course'] }>;
  CourseFilter: CourseFilter;
  CourseFromRequest: ResolverTypeWrapper<Omit<CourseFromRequest, 'course' | 'request'> & { course: ResolversTypes['Course'], request: ResolversTypes['CourseRequest'] }>;
  CourseMode: CourseMode;
  CourseRequest: ResolverTypeWrapper<CourseRequestRow>;
  CourseRequestConnection: ResolverTypeWrapper<Omit<CourseRequestConnection, 'edges'> & { edges: Array<ResolversTypes['CourseRequestEdge']> }>;
  CourseRequestEdge: ResolverTypeWrapper<Omit<CourseRequestEdge, 'node'> & { node: ResolversTypes['CourseRequest'] }>;
  CourseSession: ResolverTypeWrapper<CourseSessionRow>;
  CourseSessionConnection: ResolverTypeWrapper<Omit<CourseSessionConnection, 'edges'> & { edges: Array<ResolversTypes['CourseSessionEdge']> }>;
  CourseSessionEdge: ResolverTypeWrapper<Omit<CourseSessionEdge, 'node'> & { node: ResolversTypes['CourseSession'] }>;
  CourseStatus: CourseStatus;
  CreateCourseInput: CreateCourseInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  District: ResolverTypeWrapper<DistrictRef>;
  Enrollment: ResolverTypeWrapper<EnrollmentRow>;
  EnrollmentConnection: ResolverTypeWrapper<Omit<EnrollmentConnection, 'edges'> & { edges: Array<ResolversTypes['EnrollmentEdge']> }>;
  EnrollmentEdge: ResolverTypeWrapper<Omit<EnrollmentEdge, 'node'> & { node: ResolversTypes['Enrollment'] }>;
  EnrollmentStatus: EnrollmentStatus;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GeoPointInput: GeoPointInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionRef>;
  SessionInput: SessionInput;
  Station: ResolverTypeWrapper<StationRef>;
  SubsidyBranchMonth: ResolverTypeWrapper<SubsidyBranchMonth>;
  SubsidyBranchMonthEdge: ResolverTypeWrapper<SubsidyBranchMonthEdge>;
  SubsidyReconciliation: ResolverTypeWrapper<SubsidyReconciliation>;
  SubsidyStatus: SubsidyStatus;
  TrainingMetrics: ResolverTypeWrapper<TrainingMetrics>;
  Worker: ResolverTypeWrapper<WorkerRef>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AttendanceLine: AttendanceLineRow;
  AttendanceLineEdge: Omit<AttendanceLineEdge, 'node'> & { node: ResolversParentTypes['AttendanceLine'] };
  AttendanceSheet: Omit<AttendanceSheet, 'edges'> & { edges: Array<ResolversParentTypes['AttendanceLineEdge']> };
  Int: Scalars['Int']['output'];
  AuditEntry: AuditEntry;
  ID: Scalars['ID']['output'];
  AuditEntryConnection: AuditEntryConnection;
  AuditEntryEdge: AuditEntryEdge;
  CertificateVerification: CertificateVerification;
  Count: Count;
  Course: CourseRow;
  CourseConnection: Omit<CourseConnection, 'edges'> & { edges: Array<ResolversParentTypes['CourseEdge']> };
  CourseEdge: Omit<CourseEdge, 'node'> & { node: ResolversParentTypes['Course'] };
  CourseFilter: CourseFilter;
  CourseFromRequest: Omit<CourseFromRequest, 'course' | 'request'> & { course: ResolversParentTypes['Course'], request: ResolversParentTypes['CourseRequest'] };
  CourseRequest: CourseRequestRow;
  CourseRequestConnection: Omit<CourseRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['CourseRequestEdge']> };
  CourseRequestEdge: Omit<CourseRequestEdge, 'node'> & { node: ResolversParentTypes['CourseRequest'] };
  CourseSession: CourseSessionRow;
  CourseSessionConnection: Omit<CourseSessionConnection, 'edges'> & { edges: Array<ResolversParentTypes['CourseSessionEdge']> };
  CourseSessionEdge: Omit<CourseSessionEdge, 'node'> & { node: ResolversParentTypes['CourseSession'] };
  CreateCourseInput: CreateCourseInput;
  DateTime: Scalars['DateTime']['output'];
  District: DistrictRef;
  Enrollment: EnrollmentRow;
  EnrollmentConnection: Omit<EnrollmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['EnrollmentEdge']> };
  EnrollmentEdge: Omit<EnrollmentEdge, 'node'> & { node: ResolversParentTypes['Enrollment'] };
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  GeoPointInput: GeoPointInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Region: RegionRef;
  SessionInput: SessionInput;
  Station: StationRef;
  SubsidyBranchMonth: SubsidyBranchMonth;
  SubsidyBranchMonthEdge: SubsidyBranchMonthEdge;
  SubsidyReconciliation: SubsidyReconciliation;
  TrainingMetrics: TrainingMetrics;
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

export type AttendanceLineResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['AttendanceLine'] = ResolversParentTypes['AttendanceLine']> = {
  attended?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enrollment?: Resolver<ResolversTypes['Enrollment'], ParentType, ContextType>;
  recordedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type AttendanceLineEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['AttendanceLineEdge'] = ResolversParentTypes['AttendanceLineEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AttendanceLine'], ParentType, ContextType>;
};

export type AttendanceSheetResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['AttendanceSheet'] = ResolversParentTypes['AttendanceSheet']> = {
  attendedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AttendanceLineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type CertificateVerificationResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['CertificateVerification'] = ResolversParentTypes['CertificateVerification']> = {
  courseTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CertificateStatus'], ParentType, ContextType>;
  verificationUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CountResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CourseResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Course'] = ResolversParentTypes['Course'], FederationReferenceType extends FederationReferenceTypes['Course'] = FederationReferenceTypes['Course']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Course']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['CourseCategory'], ParentType, ContextType>;
  certificateName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  enrolledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enrollments?: Resolver<Array<ResolversTypes['Enrollment']>, ParentType, ContextType, RequireFields<CourseEnrollmentsArgs, 'first'>>;
  enrollmentsPage?: Resolver<Maybe<ResolversTypes['EnrollmentConnection']>, ParentType, ContextType, RequireFields<CourseEnrollmentsPageArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minLearners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['CourseMode'], ParentType, ContextType>;
  priceCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requiredSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['CourseSession']>, ParentType, ContextType, RequireFields<CourseSessionsArgs, 'first'>>;
  sessionsPage?: Resolver<Maybe<ResolversTypes['CourseSessionConnection']>, ParentType, ContextType, RequireFields<CourseSessionsPageArgs, 'first'>>;
  status?: Resolver<ResolversTypes['CourseStatus'], ParentType, ContextType>;
  streetCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subsidyCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  waitlistCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CourseConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['CourseConnection'] = ResolversParentTypes['CourseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CourseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CourseEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['CourseEdge'] = ResolversParentTypes['CourseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
};

export type CourseFromRequestResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['CourseFromRequest'] = ResolversParentTypes['CourseFromRequest']> = {
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  enrolled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  request?: Resolver<ResolversTypes['CourseRequest'], ParentType, ContextType>;
  waitlisted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CourseRequestResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['CourseRequest'] = ResolversParentTypes['CourseRequest']> = {
  category?: Resolver<ResolversTypes['CourseCategory'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  fulfilledBy?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CourseRequestConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['CourseRequestConnection'] = ResolversParentTypes['CourseRequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CourseRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CourseRequestEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['CourseRequestEdge'] = ResolversParentTypes['CourseRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CourseRequest'], ParentType, ContextType>;
};

export type CourseSessionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['CourseSession'] = ResolversParentTypes['CourseSession']> = {
  attendance?: Resolver<Maybe<ResolversTypes['AttendanceSheet']>, ParentType, ContextType, RequireFields<CourseSessionAttendanceArgs, 'first'>>;
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onlineUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  station?: Resolver<Maybe<ResolversTypes['Station']>, ParentType, ContextType>;
};

export type CourseSessionConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['CourseSessionConnection'] = ResolversParentTypes['CourseSessionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CourseSessionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CourseSessionEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['CourseSessionEdge'] = ResolversParentTypes['CourseSessionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CourseSession'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District'], FederationReferenceType extends FederationReferenceTypes['District'] = FederationReferenceTypes['District']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['District']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  trainingMetrics?: Resolver<Maybe<ResolversTypes['TrainingMetrics']>, ParentType, ContextType, Partial<DistrictTrainingMetricsArgs>>;
};

export type EnrollmentResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Enrollment'] = ResolversParentTypes['Enrollment']> = {
  attendedSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  certificateNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  certificateRevokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  certificateUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  course?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
  enrolledAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payableCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  priceCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EnrollmentStatus'], ParentType, ContextType>;
  subsidyCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  subsidyStatus?: Resolver<Maybe<ResolversTypes['SubsidyStatus']>, ParentType, ContextType>;
  worker?: Resolver<Maybe<ResolversTypes['Worker']>, ParentType, ContextType>;
};

export type EnrollmentConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['EnrollmentConnection'] = ResolversParentTypes['EnrollmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EnrollmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EnrollmentEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['EnrollmentEdge'] = ResolversParentTypes['EnrollmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Enrollment'], ParentType, ContextType>;
};

export type GeoPointResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  cancelCourse?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType, RequireFields<MutationCancelCourseArgs, 'id'>>;
  completeEnrollment?: Resolver<Maybe<ResolversTypes['Enrollment']>, ParentType, ContextType, RequireFields<MutationCompleteEnrollmentArgs, 'id'>>;
  createCourse?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType, RequireFields<MutationCreateCourseArgs, 'input'>>;
  dropEnrollment?: Resolver<Maybe<ResolversTypes['Enrollment']>, ParentType, ContextType, RequireFields<MutationDropEnrollmentArgs, 'id'>>;
  enroll?: Resolver<Maybe<ResolversTypes['Enrollment']>, ParentType, ContextType, RequireFields<MutationEnrollArgs, 'courseId'>>;
  openCourseFromRequest?: Resolver<Maybe<ResolversTypes['CourseFromRequest']>, ParentType, ContextType, RequireFields<MutationOpenCourseFromRequestArgs, 'input' | 'requestId'>>;
  recordAttendance?: Resolver<Maybe<ResolversTypes['Enrollment']>, ParentType, ContextType, RequireFields<MutationRecordAttendanceArgs, 'enrollmentId' | 'sessionId'>>;
  requestCourse?: Resolver<Maybe<ResolversTypes['CourseRequest']>, ParentType, ContextType, RequireFields<MutationRequestCourseArgs, 'category' | 'districtCode' | 'topic'>>;
  revokeCertificate?: Resolver<Maybe<ResolversTypes['CertificateVerification']>, ParentType, ContextType, RequireFields<MutationRevokeCertificateArgs, 'number' | 'reason'>>;
  scheduleSession?: Resolver<Maybe<ResolversTypes['CourseSession']>, ParentType, ContextType, RequireFields<MutationScheduleSessionArgs, 'courseId' | 'input'>>;
};

export type PageInfoResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  certificate?: Resolver<Maybe<ResolversTypes['CertificateVerification']>, ParentType, ContextType, RequireFields<QueryCertificateArgs, 'number'>>;
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType, RequireFields<QueryCourseArgs, 'id'>>;
  courseRequests?: Resolver<Maybe<Array<ResolversTypes['CourseRequest']>>, ParentType, ContextType, RequireFields<QueryCourseRequestsArgs, 'first'>>;
  courseRequestsPage?: Resolver<Maybe<ResolversTypes['CourseRequestConnection']>, ParentType, ContextType, RequireFields<QueryCourseRequestsPageArgs, 'first'>>;
  courses?: Resolver<Maybe<ResolversTypes['CourseConnection']>, ParentType, ContextType, RequireFields<QueryCoursesArgs, 'first'>>;
  subsidyReconciliation?: Resolver<Maybe<ResolversTypes['SubsidyReconciliation']>, ParentType, ContextType, RequireFields<QuerySubsidyReconciliationArgs, 'first' | 'month'>>;
};

export type RegionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  trainingMetrics?: Resolver<Maybe<ResolversTypes['TrainingMetrics']>, ParentType, ContextType, Partial<RegionTrainingMetricsArgs>>;
};

export type StationResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Station'] = ResolversParentTypes['Station'], FederationReferenceType extends FederationReferenceTypes['Station'] = FederationReferenceTypes['Station']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Station']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  upcomingSessions?: Resolver<Maybe<Array<ResolversTypes['CourseSession']>>, ParentType, ContextType, RequireFields<StationUpcomingSessionsArgs, 'first'>>;
  upcomingSessionsPage?: Resolver<Maybe<ResolversTypes['CourseSessionConnection']>, ParentType, ContextType, RequireFields<StationUpcomingSessionsPageArgs, 'first'>>;
};

export type SubsidyBranchMonthResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['SubsidyBranchMonth'] = ResolversParentTypes['SubsidyBranchMonth']> = {
  branchId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  districtCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  grantedCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  netCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returnedCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returns?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubsidyBranchMonthEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['SubsidyBranchMonthEdge'] = ResolversParentTypes['SubsidyBranchMonthEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SubsidyBranchMonth'], ParentType, ContextType>;
};

export type SubsidyReconciliationResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['SubsidyReconciliation'] = ResolversParentTypes['SubsidyReconciliation']> = {
  edges?: Resolver<Array<ResolversTypes['SubsidyBranchMonthEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingMetricsResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['TrainingMetrics'] = ResolversParentTypes['TrainingMetrics']> = {
  byCategory?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
  certificates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  completions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  courses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enrollments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WorkerResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Worker'] = ResolversParentTypes['Worker'], FederationReferenceType extends FederationReferenceTypes['Worker'] = FederationReferenceTypes['Worker']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Worker']> | FederationReferenceType, FederationReferenceType, ContextType>;
  enrollments?: Resolver<Maybe<Array<ResolversTypes['Enrollment']>>, ParentType, ContextType, RequireFields<WorkerEnrollmentsArgs, 'first'>>;
  enrollmentsPage?: Resolver<Maybe<ResolversTypes['EnrollmentConnection']>, ParentType, ContextType, RequireFields<WorkerEnrollmentsPageArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subsidyAvailableCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export type Resolvers<ContextType = Ctx> = {
  AttendanceLine?: AttendanceLineResolvers<ContextType>;
  AttendanceLineEdge?: AttendanceLineEdgeResolvers<ContextType>;
  AttendanceSheet?: AttendanceSheetResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  CertificateVerification?: CertificateVerificationResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  Course?: CourseResolvers<ContextType>;
  CourseConnection?: CourseConnectionResolvers<ContextType>;
  CourseEdge?: CourseEdgeResolvers<ContextType>;
  CourseFromRequest?: CourseFromRequestResolvers<ContextType>;
  CourseRequest?: CourseRequestResolvers<ContextType>;
  CourseRequestConnection?: CourseRequestConnectionResolvers<ContextType>;
  CourseRequestEdge?: CourseRequestEdgeResolvers<ContextType>;
  CourseSession?: CourseSessionResolvers<ContextType>;
  CourseSessionConnection?: CourseSessionConnectionResolvers<ContextType>;
  CourseSessionEdge?: CourseSessionEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  Enrollment?: EnrollmentResolvers<ContextType>;
  EnrollmentConnection?: EnrollmentConnectionResolvers<ContextType>;
  EnrollmentEdge?: EnrollmentEdgeResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  Station?: StationResolvers<ContextType>;
  SubsidyBranchMonth?: SubsidyBranchMonthResolvers<ContextType>;
  SubsidyBranchMonthEdge?: SubsidyBranchMonthEdgeResolvers<ContextType>;
  SubsidyReconciliation?: SubsidyReconciliationResolvers<ContextType>;
  TrainingMetrics?: TrainingMetricsResolvers<ContextType>;
  Worker?: WorkerResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = Ctx> = {
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
