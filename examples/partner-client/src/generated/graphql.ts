/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a station offers workers (服务设施); a station has each at most once. */
export type Amenity =
  /** 空调 Air conditioning: in summer. */
  | 'AIR_CONDITIONING'
  /** 换电柜 Battery swap cabinet: for e-bike batteries. */
  | 'BATTERY_SWAP'
  /** 心理咨询 Counselling: psychological counselling. */
  | 'COUNSELLING'
  /** 饮用水 Drinking water: hot or cold. */
  | 'DRINKING_WATER'
  /** 电动车充电 E-bike charging: outdoors and safe. */
  | 'EBIKE_CHARGING'
  /** 取暖 Heating: in winter. */
  | 'HEATING'
  /** 法律援助 Legal aid: a desk or a referral. */
  | 'LEGAL_AID'
  /** 餐食 Meals: served or sold. */
  | 'MEALS'
  /** 医药箱 Medicine box: first-aid medicine. */
  | 'MEDICINE_BOX'
  /** 微波炉 Microwave: to heat meals. */
  | 'MICROWAVE'
  /** 停车 Parking: for e-bikes or vehicles. */
  | 'PARKING'
  /** 手机充电 Phone charging. */
  | 'PHONE_CHARGING'
  /** 打印 Printer. */
  | 'PRINTER'
  /** 休息区 Rest area: seats or a room to rest. */
  | 'REST_AREA'
  /** 卫生间 Toilet. */
  | 'TOILET'
  /** 无线网络 Wi-Fi: free. */
  | 'WIFI';

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
 * What a worker lets a platform do (授权范围). Given with a code sent to the worker's phone, or at a
 * union desk.
 */
export type ConsentScope =
  /** 代办 Hold the worker's account and act for them in every service: read their data, enrol, report, redeem. Always given. */
  | 'ACT_FOR_WORKER'
  /** 共享工会记录 Also see assistance cases and the reasons of membership changes made through other platforms. */
  | 'SHARE_UNION_RECORDS';

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

/** Conditions on courses; all given ones apply. */
export type CourseFilter = {
  /** Only courses of this category. */
  category?: CourseCategory | null | undefined;
  /** Only courses of this district (six-digit GB/T 2260 code). */
  district?: string | number | null | undefined;
  /** Only courses taught this way. */
  mode?: CourseMode | null | undefined;
  /** Substring of title or provider, case-insensitive; at most 100 characters. */
  search?: string | null | undefined;
  /** Only courses with a session starting after this instant. */
  startsAfter?: string | null | undefined;
  /** Only courses with a session at this station (with startsAfter: a session there after that time). */
  stationId?: string | number | null | undefined;
  /** Only courses in this status now. */
  status?: CourseStatus | null | undefined;
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

/**
 * A point given by a client, in decimal degrees in the datum named by crs (GCJ-02 by default,
 * what Amap and WeChat show). A latitude outside -90..90 or a longitude outside -180..180 is
 * BAD_USER_INPUT.
 */
export type GeoPointInput = {
  /** Datum of lat and lng; default GCJ02. Give WGS84 for GPS fixes and BD09 for Baidu coordinates. */
  crs?: CoordinateSystem;
  /** Latitude in decimal degrees, -90 to 90, north positive. */
  lat: number;
  /** Longitude in decimal degrees, -180 to 180, east positive. */
  lng: number;
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

/** Where a reward voucher stands. */
export type RedemptionStatus =
  /** 已取消 Cancelled: points refunded and stock returned; final. */
  | 'CANCELLED'
  /** 已兑换 Issued: not yet used; show the voucher code at the station. */
  | 'ISSUED'
  /** 已核销 Used: scanned by staff; final. */
  | 'USED';

/**
 * A worker to register (登记). Partners must give platformExternalId; admins and union operators
 * leave it out. The phone is checked as a mainland mobile number (BAD_USER_INPUT otherwise).
 */
export type RegisterWorkerInput = {
  /**
   * Six-digit GB/T 2260 code of the district the worker registers in: a county (县级) of the
   * national catalogue; an unknown code or one of another level is BAD_USER_INPUT.
   */
  districtCode: string | number;
  /** Name, 1 to 50 characters. */
  name: string;
  /** What the worker does. */
  occupation: Occupation;
  /** Mainland mobile number: 11 digits starting 13 to 19, optionally after +86; spaces and dashes ignored. */
  phone: string;
  /**
   * The account on the calling partner's platform; required for partners. Admins and union
   * operators register without one and must leave it out.
   */
  platformExternalId?: string | null | undefined;
  /**
   * Addition: nine-digit code of the street or township (乡镇、街道) the worker works in, e.g.
   * 110105015 八里庄街道; optional. It must be a street of the national catalogue inside
   * districtCode (BAD_USER_INPUT otherwise).
   */
  streetCode?: string | number | null | undefined;
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

/** What a station is (驿站类型). */
export type StationKind =
  /** 司机之家 Driver home: parking, rest and meals for truck and ride-hailing drivers. */
  | 'DRIVER_HOME'
  /** 友好商户 Friendly merchant: a shop or restaurant that welcomes workers, often with offers. */
  | 'FRIENDLY_MERCHANT'
  /** 党群服务中心 Party-mass service centre: of a subdistrict or community, open to workers. */
  | 'PARTY_SERVICE_CENTER'
  /** 骑手之家 Rider home: a rest and service point for delivery riders, often run with a platform. */
  | 'RIDER_HOME'
  /** 工会驿站、职工服务站 Union post: run by a trade union. */
  | 'UNION_POST'
  /** 暖心驿站 Warm station: a rest stop for outdoor workers, often in a union post, bank or shop. */
  | 'WARM_STATION';

/** A hazard report to file. Checked as a whole (BAD_USER_INPUT naming the field). */
export type SubmitReportInput = {
  /** What the hazard is. */
  category: ReportCategory;
  /** What the reporter saw, 1 to 2000 characters. */
  description: string;
  /**
   * Six-digit GB/T 2260 code of the district the hazard is in: a county (县级) of the national
   * catalogue; an unknown code or one of another level is BAD_USER_INPUT.
   */
  districtCode: string | number;
  /** Retries with the same key return the first report instead of creating another (1 to 100 characters). */
  idempotencyKey?: string | null | undefined;
  /**
   * Where the hazard is; GCJ-02 unless crs says otherwise. It must lie in districtCode's region
   * (checked against its province's bounds; BAD_USER_INPUT naming location otherwise).
   */
  location: GeoPointInput;
  /**
   * Addition: photos uploaded with uploadReportPhoto by the same worker and not yet on a report;
   * with photoUrls, at most 9 in all. CONFLICT for another worker's photo or one already used.
   */
  photoIds?: Array<string | number> | null | undefined;
  /** Photos: at most 9 absolute http(s) URLs, each up to 2048 characters. */
  photoUrls?: Array<string> | null | undefined;
  /**
   * Addition: nine-digit code of the street or township (乡镇、街道) the hazard is in, e.g.
   * 110105015 八里庄街道; optional. It must be a street of the national catalogue inside
   * districtCode (BAD_USER_INPUT otherwise).
   */
  streetCode?: string | number | null | undefined;
};

export type BenefitsQueryVariables = Exact<{
  near: GeoPointInput;
  radiusMeters?: number | null | undefined;
  stations?: number | null | undefined;
}>;


export type BenefitsQuery = { actingWorker: { id: string, name: string, phone: string, isUnionMember: boolean, subsidyAvailableCents: number | null, pointsBalance: number | null, membership: { memberNo: string, cardNo: string, status: MembershipStatus, joinedAt: string, branch: { name: string } } | null, enrollments: Array<{ id: string, status: EnrollmentStatus, course: { id: string, title: string, mode: CourseMode } }> | null, reports: Array<{ id: string, category: ReportCategory, status: ReportStatus, pointsAwarded: number, submittedAt: string }> | null, redemptions: Array<{ id: string, voucherCode: string, status: RedemptionStatus, reward: { title: string } }> | null } | null, stationsNear: Array<{ distanceMeters: number, station: { id: string, name: string, kind: StationKind, address: string, isOpen: boolean, amenities: Array<Amenity> } }> | null };

export type SubmitReportMutationVariables = Exact<{
  input: SubmitReportInput;
}>;


export type SubmitReportMutation = { submitReport: { id: string, category: ReportCategory, status: ReportStatus, description: string, submittedAt: string, district: { code: string, name: string } | null } | null };

export type RewardsQueryVariables = Exact<{
  stationId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type RewardsQuery = { rewards: Array<{ id: string, title: string, costPoints: number, stock: number, station: { name: string } | null, district: { code: string, name: string } | null }> | null };

export type RedeemRewardMutationVariables = Exact<{
  rewardId: string | number;
  idempotencyKey: string;
}>;


export type RedeemRewardMutation = { redeemReward: { id: string, voucherCode: string, pointsSpent: number, status: RedemptionStatus, redeemedAt: string, reward: { id: string, title: string } } | null };

export type CoursesQueryVariables = Exact<{
  filter?: CourseFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type CoursesQuery = { courses: { totalCount: number, edges: Array<{ node: { id: string, title: string, category: CourseCategory, mode: CourseMode, status: CourseStatus, capacity: number, enrolledCount: number, waitlistCount: number, priceCents: number, subsidyCents: number, district: { code: string, name: string } | null } }> } | null };

export type EnrollMutationVariables = Exact<{
  courseId: string | number;
}>;


export type EnrollMutation = { enroll: { id: string, status: EnrollmentStatus, enrolledAt: string, course: { id: string, title: string } } | null };

export type UnionBranchesQueryVariables = Exact<{
  district: string | number;
  level?: BranchLevel | null | undefined;
}>;


export type UnionBranchesQuery = { unionBranches: Array<{ id: string, name: string, level: BranchLevel }> | null };

export type JoinUnionMutationVariables = Exact<{
  branchId: string | number;
  channel: JoinChannel;
}>;


export type JoinUnionMutation = { joinUnion: { memberNo: string, cardNo: string, status: MembershipStatus, joinedAt: string, branch: { name: string } } | null };

export type WorkerSummaryFragment = { id: string, name: string, phone: string, occupation: Occupation, registeredAt: string, district: { code: string, name: string } | null, platformAccounts: Array<{ externalId: string, platform: { code: string } }> };

export type WorkerByPlatformAccountQueryVariables = Exact<{
  platform: string | number;
  externalId: string;
}>;


export type WorkerByPlatformAccountQuery = { workerByPlatformAccount: { id: string, name: string, phone: string, occupation: Occupation, registeredAt: string, district: { code: string, name: string } | null, platformAccounts: Array<{ externalId: string, platform: { code: string } }> } | null };

export type RegisterWorkerMutationVariables = Exact<{
  input: RegisterWorkerInput;
}>;


export type RegisterWorkerMutation = { registerWorker: { id: string, name: string, phone: string, occupation: Occupation, registeredAt: string, district: { code: string, name: string } | null, platformAccounts: Array<{ externalId: string, platform: { code: string } }> } | null };

export type RequestWorkerConsentMutationVariables = Exact<{
  input: RegisterWorkerInput;
  scopes?: Array<ConsentScope> | ConsentScope | null | undefined;
}>;


export type RequestWorkerConsentMutation = { requestWorkerConsent: { id: string, phone: string, scopes: Array<ConsentScope>, expiresAt: string, attemptsLeft: number, platform: { code: string } } | null };

export type ConfirmWorkerConsentMutationVariables = Exact<{
  challengeId: string | number;
  code: string;
}>;


export type ConfirmWorkerConsentMutation = { confirmWorkerConsent: { id: string, name: string, phone: string, occupation: Occupation, registeredAt: string, district: { code: string, name: string } | null, platformAccounts: Array<{ externalId: string, platform: { code: string } }> } | null };

export const WorkerSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkerSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platformAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}}]}}]} as unknown as DocumentNode<WorkerSummaryFragment, unknown>;
export const BenefitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Benefits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GeoPointInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radiusMeters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"3000"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stations"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actingWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"isUnionMember"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberNo"}},{"kind":"Field","name":{"kind":"Name","value":"cardNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subsidyAvailableCents"}},{"kind":"Field","name":{"kind":"Name","value":"pointsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pointsAwarded"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redemptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voucherCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stationsNear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"radiusMeters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radiusMeters"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"amenities"}}]}}]}}]}}]} as unknown as DocumentNode<BenefitsQuery, BenefitsQueryVariables>;
export const SubmitReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<SubmitReportMutation, SubmitReportMutationVariables>;
export const RewardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Rewards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rewards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"costPoints"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RewardsQuery, RewardsQueryVariables>;
export const RedeemRewardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rewardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rewardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rewardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voucherCode"}},{"kind":"Field","name":{"kind":"Name","value":"pointsSpent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"redeemedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RedeemRewardMutation, RedeemRewardMutationVariables>;
export const CoursesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Courses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"priceCents"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyCents"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoursesQuery, CoursesQueryVariables>;
export const EnrollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Enroll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enroll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"courseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<EnrollMutation, EnrollMutationVariables>;
export const UnionBranchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnionBranches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"district"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BranchLevel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unionBranches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"district"},"value":{"kind":"Variable","name":{"kind":"Name","value":"district"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<UnionBranchesQuery, UnionBranchesQueryVariables>;
export const JoinUnionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinUnion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinChannel"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinUnion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberNo"}},{"kind":"Field","name":{"kind":"Name","value":"cardNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<JoinUnionMutation, JoinUnionMutationVariables>;
export const WorkerByPlatformAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerByPlatformAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerByPlatformAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}},{"kind":"Argument","name":{"kind":"Name","value":"externalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"externalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkerSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkerSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platformAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}}]}}]} as unknown as DocumentNode<WorkerByPlatformAccountQuery, WorkerByPlatformAccountQueryVariables>;
export const RegisterWorkerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWorker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWorkerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWorker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkerSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkerSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platformAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}}]}}]} as unknown as DocumentNode<RegisterWorkerMutation, RegisterWorkerMutationVariables>;
export const RequestWorkerConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestWorkerConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWorkerInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentScope"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestWorkerConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}}]}}]}}]} as unknown as DocumentNode<RequestWorkerConsentMutation, RequestWorkerConsentMutationVariables>;
export const ConfirmWorkerConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmWorkerConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"challengeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmWorkerConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"challengeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"challengeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkerSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkerSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Worker"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platformAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}}]}}]} as unknown as DocumentNode<ConfirmWorkerConsentMutation, ConfirmWorkerConsentMutationVariables>;