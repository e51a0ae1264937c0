import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StationRow, DistrictRow, RegionRow, MerchantOfferRow, StationVisitRow } from '../entities';
import type { StationPage } from '../queries/list-stations';
import type { DistrictStationMetrics } from '../queries/visit-counts';
import type { WorkerRef } from '../resolvers/refs';
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

/**
 * A new station. Checked as a whole (BAD_USER_INPUT naming the field): name and operator 1 to 100
 * characters, address 1 to 200, a district in the catalogue, opening hours unless open24h, at most
 * 28 opening periods, 100 exceptions and 16 amenities.
 */
export type CreateStationInput = {
  /** Street address in Chinese, 1 to 200 characters. */
  address: Scalars['String']['input'];
  /** What the station offers; duplicates count once. May be empty. */
  amenities: Array<Amenity>;
  /** Seats or people it can host at once, 0 to 100000. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Public contact number: digits, spaces, dashes, optional +. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /**
   * Six-digit GB/T 2260 code of a county (县级: 区, 县, 县级市) of the national catalogue; fixed
   * once created. An unknown code or one of another level is BAD_USER_INPUT.
   */
  districtCode: Scalars['ID']['input'];
  /** What kind of station; fixed once created. */
  kind: StationKind;
  /**
   * Where the station is; GCJ-02 unless crs says otherwise. It must lie in districtCode's region
   * (checked against its province's bounds; BAD_USER_INPUT naming location otherwise).
   */
  location: GeoPointInput;
  /** Name, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** Open round the clock; otherwise openingHours are required. */
  open24h: Scalars['Boolean']['input'];
  /** Dated changes to the weekly hours, at most 100. */
  openingExceptions?: InputMaybe<Array<OpeningExceptionInput>>;
  /** Weekly opening periods, at most 28. */
  openingHours?: InputMaybe<Array<OpeningPeriodInput>>;
  /** Who runs it, 1 to 100 characters. */
  operator: Scalars['String']['input'];
  /**
   * Addition: nine-digit code of the street or township (乡镇、街道) the station is in, e.g.
   * 110105015 八里庄街道; optional. It must be a street of the national catalogue inside
   * districtCode (BAD_USER_INPUT otherwise).
   */
  streetCode?: InputMaybe<Scalars['ID']['input']>;
  /** Subdistrict or township (街道 / 乡镇), up to 50 characters. */
  subdistrict?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A county-level division (区/县), keyed by its six-digit GB/T 2260 code (e.g. 110105 = 朝阳区,
 * Chaoyang, Beijing). The stations service keeps the catalogue; each domain adds its district
 * metrics for dashboards.
 */
export type District = {
  __typename?: 'District';
  /** The city (市) the district belongs to, in Chinese, e.g. 北京市. */
  city: Scalars['String']['output'];
  /** Six-digit GB/T 2260 administrative division code (行政区划代码), e.g. 110105. */
  code: Scalars['ID']['output'];
  /** Chinese name, e.g. 朝阳区. */
  name: Scalars['String']['output'];
  /** Addition: English name, e.g. Chaoyang. */
  nameEn: Scalars['String']['output'];
  /**
   * Stations (ACTIVE now), 24-hour stations and stations by kind, and visits in the period
   * over [from, to): without to, up to now; without from, from the first record; from after to is BAD_USER_INPUT.
   * Visits are counted per Asia/Shanghai day: from is rounded down to its day, to up to the end
   * of its day (a to at local midnight leaves that day out). Admins, dashboards and stations
   * operators, within their key's districts; others get FORBIDDEN.
   */
  stationMetrics: StationMetrics;
};


/**
 * A county-level division (区/县), keyed by its six-digit GB/T 2260 code (e.g. 110105 = 朝阳区,
 * Chaoyang, Beijing). The stations service keeps the catalogue; each domain adds its district
 * metrics for dashboards.
 */
export type DistrictStationMetricsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Addition: a page of districts in code order. */
export type DistrictConnection = {
  __typename?: 'DistrictConnection';
  /** The districts of this page, at most first. */
  edges: Array<DistrictEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Districts matching across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Addition: one district of a page, with its cursor. */
export type DistrictEdge = {
  __typename?: 'DistrictEdge';
  /** Opaque cursor of this district, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The district. */
  node: District;
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

/** How many of a district's stations are of one kind. */
export type KindCount = {
  __typename?: 'KindCount';
  /** How many ACTIVE stations of that kind. */
  count: Scalars['Int']['output'];
  /** The station kind. */
  kind: StationKind;
};

/**
 * A discounted meal or service for workers (优惠), e.g. a 13.99-yuan rider set meal (priceCents
 * 1399 against 2400). Prices are whole fen (分, 1/100 yuan).
 */
export type MerchantOffer = {
  __typename?: 'MerchantOffer';
  /** Offer id (a UUID). */
  id: Scalars['ID']['output'];
  /** Usual price in fen (1/100 yuan). */
  originalPriceCents: Scalars['Int']['output'];
  /** Price for workers in fen (1/100 yuan): 1399 is 13.99 yuan. Below originalPriceCents. */
  priceCents: Scalars['Int']['output'];
  /** Addition: when the offer starts being shown (inclusive); before it, the offer is SCHEDULED. */
  startsAt: Scalars['DateTime']['output'];
  /** Addition: the station that makes the offer. */
  station: Station;
  /** Addition: where the offer stands at the time of the request. */
  status: OfferStatus;
  /** What is offered, 1 to 100 characters, e.g. 骑手套餐. */
  title: Scalars['String']['output'];
  /** When the offer ends (exclusive); null: until withdrawn. */
  validUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Addition: when a stations operator withdrew the offer; null unless WITHDRAWN. */
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Addition: a page of a station's offers, cheapest first. */
export type MerchantOfferConnection = {
  __typename?: 'MerchantOfferConnection';
  /** The offers of this page, at most first. */
  edges: Array<MerchantOfferEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
};

/** Addition: one offer of a page, with its cursor. */
export type MerchantOfferEdge = {
  __typename?: 'MerchantOfferEdge';
  /** Opaque cursor of this offer, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The offer. */
  node: MerchantOffer;
};

/** A new offer at a station. Prices are whole fen (1/100 yuan): 13.99 yuan is 1399. */
export type MerchantOfferInput = {
  /** Usual price in fen, 1 to 10000000. */
  originalPriceCents: Scalars['Int']['input'];
  /** Price for workers in fen, 0 to 10000000, below originalPriceCents. */
  priceCents: Scalars['Int']['input'];
  /**
   * Addition: when the offer starts, from now (up to 5 minutes back is taken as now) to 366 days
   * ahead; leave it out to start now.
   */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What is offered, 1 to 100 characters. */
  title: Scalars['String']['input'];
  /** When the offer ends, in the future and after startsAt; leave it out for no end. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
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
   * Admins and stations operators of the station's district; the price must be below the
   * original, validUntil in the future. NOT_FOUND for an unknown station, CONFLICT on a CLOSED one.
   * Addition: startsAt (default now) announces an offer ahead; it is SCHEDULED until then.
   */
  addMerchantOffer?: Maybe<MerchantOffer>;
  /**
   * Admins and stations operators (within their districts) add a station. BAD_USER_INPUT for
   * invalid input or a district not in the catalogue.
   */
  createStation?: Maybe<Station>;
  /**
   * Addition: imports a station file (CSV or GeoJSON, at most 524288 bytes of UTF-8 and 2000
   * stations; larger files through the command line), all or nothing in one transaction. Rows
   * upsert: a row with an id is that station (a UUID, or another system's key mapped to a stable
   * UUID); a row without an id is the stored station with the same district, name and address,
   * else a new one. A station the file says the same of is left as it is, so importing a file twice
   * changes nothing. Admins, and stations operators for stations in their key's districts (a row
   * elsewhere is a problem). Bad rows are returned in problems and nothing is written; BAD_USER_INPUT
   * (field content) for a file over the limits; CONFLICT when another import added the same
   * stations at the same time.
   */
  importStations?: Maybe<StationImportResult>;
  /**
   * A worker checks in at a station (打卡). workerId defaults to the worker the caller acts for.
   * Partners act for their acting worker; stations operators of the station's district and admins name one.
   * at (default now) may be up to 5 minutes ahead and up to VISIT_RETENTION_DAYS in the past. The same
   * idempotencyKey for the same worker returns the first visit and counts it once (the same key at
   * another station is CONFLICT); without a key every call is a new visit. Only ACTIVE stations
   * take visits (CONFLICT otherwise).
   */
  recordVisit?: Maybe<StationVisit>;
  /**
   * Addition: changes an offer's title, prices or dates. Admins and stations operators of the
   * offer's station's district. NOT_FOUND for an unknown id; CONFLICT for an ENDED or WITHDRAWN
   * offer, for a new startsAt on an offer that has started, or on a CLOSED station. A retry is
   * safe (the same changes write nothing).
   */
  updateMerchantOffer?: Maybe<MerchantOffer>;
  /**
   * Changes the fields given; null clears subdistrict, capacity, contactPhone, openingHours and
   * openingExceptions. status SUSPENDED or CLOSED takes a station off stationsNear and openAt.
   * Admins and stations operators of the station's district. NOT_FOUND for an unknown id.
   */
  updateStation?: Maybe<Station>;
  /**
   * Addition: withdraws an offer now, SCHEDULED or CURRENT: it is shown no more and cannot change
   * again. Admins and stations operators of the offer's station's district. NOT_FOUND for an
   * unknown id; CONFLICT for an offer that has already ended. A retry is safe: withdrawing a
   * withdrawn offer answers it unchanged.
   */
  withdrawMerchantOffer?: Maybe<MerchantOffer>;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationAddMerchantOfferArgs = {
  input: MerchantOfferInput;
  stationId: Scalars['ID']['input'];
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationCreateStationArgs = {
  input: CreateStationInput;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationImportStationsArgs = {
  content: Scalars['String']['input'];
  crs?: InputMaybe<CoordinateSystem>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  format: StationFileFormat;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationRecordVisitArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  stationId: Scalars['ID']['input'];
  workerId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationUpdateMerchantOfferArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMerchantOfferInput;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationUpdateStationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateStationInput;
};


/**
 * Entry points for changes. Each field says who may call it, whether a retry is safe and which
 * errors (extensions.code) it answers. Every field is nullable: a change refused, or whose service
 * is unavailable, is null with an error at its path, and the changes made before it in the same
 * request keep their answers.
 */
export type MutationWithdrawMerchantOfferArgs = {
  id: Scalars['ID']['input'];
};

/** A station found by stationsNear, with its distance from the point asked about. */
export type NearbyStation = {
  __typename?: 'NearbyStation';
  /** Great-circle distance from the given point, in whole metres. */
  distanceMeters: Scalars['Int']['output'];
  /** The station. */
  station: Station;
};

/** Addition: a page of the stations around a point, nearest first. */
export type NearbyStationConnection = {
  __typename?: 'NearbyStationConnection';
  /** The stations of this page, at most first. */
  edges: Array<NearbyStationEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
};

/** Addition: one station of a stationsNearConnection page, with its cursor. */
export type NearbyStationEdge = {
  __typename?: 'NearbyStationEdge';
  /** Opaque cursor of this station, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The station and its distance. */
  node: NearbyStation;
};

/** Addition: where an offer stands at an instant (优惠状态). */
export type OfferStatus =
  /** 进行中 Current: started, not ended, not withdrawn. What Station.offers shows. */
  | 'CURRENT'
  /** 已结束 Ended: validUntil has passed. No longer changes. */
  | 'ENDED'
  /** 未开始 Scheduled: announced, not started yet (startsAt is ahead). Shown only by offersConnection. */
  | 'SCHEDULED'
  /** 已撤下 Withdrawn: by a stations operator. No longer changes. */
  | 'WITHDRAWN';

/**
 * A dated change to the weekly hours (holiday closure, shorter hours): local dates YYYY-MM-DD,
 * inclusive. On the days it covers it replaces the weekly hours, of 24-hour stations too.
 */
export type OpeningException = {
  __typename?: 'OpeningException';
  /** true: closed all day on these dates; opens and closes are then null. */
  closed: Scalars['Boolean']['output'];
  /** Local closing time HH:MM on these dates (past midnight when at or before opens); null when closed. */
  closes?: Maybe<Scalars['String']['output']>;
  /** Why, e.g. 春节休息 (Spring Festival closure). */
  note?: Maybe<Scalars['String']['output']>;
  /** Local opening time HH:MM on these dates; null when closed. */
  opens?: Maybe<Scalars['String']['output']>;
  /** First local date covered, YYYY-MM-DD. */
  validFrom: Scalars['String']['output'];
  /** Last local date covered, YYYY-MM-DD (inclusive). */
  validTo: Scalars['String']['output'];
};

/**
 * A dated change to the weekly hours to store: local dates YYYY-MM-DD, inclusive (validTo not
 * before validFrom). At most 100 per station.
 */
export type OpeningExceptionInput = {
  /** true: closed all day; opens and closes are then ignored. */
  closed: Scalars['Boolean']['input'];
  /** Local closing time HH:MM; required unless closed. */
  closes?: InputMaybe<Scalars['String']['input']>;
  /** Why, e.g. 春节休息; trimmed and cut to 200 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Local opening time HH:MM; required unless closed. */
  opens?: InputMaybe<Scalars['String']['input']>;
  /** First local date covered, YYYY-MM-DD. */
  validFrom: Scalars['String']['input'];
  /** Last local date covered, YYYY-MM-DD (inclusive). */
  validTo: Scalars['String']['input'];
};

/**
 * A weekly opening period in Asia/Shanghai local time. opens is inclusive and closes exclusive;
 * closes at or before opens runs past midnight into the next day (e.g. 18:00 to 02:00).
 */
export type OpeningPeriod = {
  __typename?: 'OpeningPeriod';
  /** Local closing time HH:MM (00:00 to 24:00), exclusive; at or before opens means the next day. */
  closes: Scalars['String']['output'];
  /** Local opening time HH:MM (00:00 to 23:59), inclusive. */
  opens: Scalars['String']['output'];
  /** ISO weekday, 1 = Monday to 7 = Sunday. */
  weekday: Scalars['Int']['output'];
};

/**
 * A weekly opening period to store (Asia/Shanghai local time). opens and closes may not be equal
 * (use open24h for round-the-clock stations); at most 28 periods per station.
 */
export type OpeningPeriodInput = {
  /** Local closing time HH:MM (00:00 to 24:00), exclusive; at or before opens means the next day. */
  closes: Scalars['String']['input'];
  /** Local opening time HH:MM (00:00 to 23:59), inclusive. */
  opens: Scalars['String']['input'];
  /** ISO weekday, 1 = Monday to 7 = Sunday. */
  weekday: Scalars['Int']['input'];
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
  /** One district by its GB/T 2260 code; null when not in the catalogue. Public. */
  district?: Maybe<District>;
  /**
   * Districts in code order, optionally of one city. Public. The default page is 50 (it was 100),
   * so that every district with each domain's figures stays within the gateway's cost limit; a
   * city has fewer. Use districtsConnection to read the whole catalogue page by page.
   */
  districts?: Maybe<Array<District>>;
  /** Addition: districts in code order, page by page, optionally of one city. Public. */
  districtsConnection?: Maybe<DistrictConnection>;
  /**
   * Addition: one region of the national catalogue by its code (six digits, nine for a street; the
   * twelve-digit statistical form is accepted), or the nation (100000); null when there is none.
   * Public.
   */
  region?: Maybe<Region>;
  /**
   * Addition: regions in code order, page by page. With parent: its direct children, or with
   * level every region at that level inside it (parent 100000, the nation: the provinces, or every
   * region at level); without parent: every region at level; with neither: the provinces. An unknown parent, or a level not below the parent's, is
   * BAD_USER_INPUT. Public.
   */
  regions?: Maybe<RegionConnection>;
  /** One station by id; null when there is none. Public. */
  station?: Maybe<Station>;
  /** Stations in id order, page by page. Public. */
  stations?: Maybe<StationConnection>;
  /**
   * Addition: this service's audit log of personal data read at full precision, newest first
   * (admins only; others get FORBIDDEN).
   */
  stationsAuditLog?: Maybe<AuditEntryConnection>;
  /**
   * The 15-minute service circle (15分钟服务圈): stations within radiusMeters of a point, nearest
   * first, ACTIVE only unless the filter names a status. Public.
   */
  stationsNear?: Maybe<Array<NearbyStation>>;
  /**
   * Addition: stationsNear page by page, nearest first (then by id), past the first 100 to every
   * station in the circle. The same arguments and rules as stationsNear. Public.
   */
  stationsNearConnection?: Maybe<NearbyStationConnection>;
  /**
   * Addition: the regions the calling key reads figures of, where a dashboard starts: the key's
   * regions for a region-limited dashboard or operator key (e.g. 441300 for a Huizhou key), the
   * nation (100000) for a dashboard, operator or admin key without limits, and none for callers
   * that read no figures (partners, anonymous). An operator reads only its own domain's figures there.
   */
  viewerRegions?: Maybe<Array<Region>>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryDistrictArgs = {
  code: Scalars['ID']['input'];
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryDistrictsArgs = {
  city?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryDistrictsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryRegionArgs = {
  code: Scalars['ID']['input'];
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<RegionLevel>;
  parent?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryStationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryStationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryStationsAuditLogArgs = {
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
export type QueryStationsNearArgs = {
  filter?: InputMaybe<StationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  near: GeoPointInput;
  radiusMeters?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Entry points for reading. Each field says who may read it; lists take first (0 to 100, more is
 * BAD_USER_INPUT). Every field is nullable: when the service that answers it is unavailable it is
 * null, with an error at its path, and the other fields of the request keep their answers.
 */
export type QueryStationsNearConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  near: GeoPointInput;
  radiusMeters?: InputMaybe<Scalars['Int']['input']>;
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
   * Regions below, in code order: without level the direct children, with level every region at
   * that level inside this one (e.g. every street of a city). A level not below this region's is
   * BAD_USER_INPUT.
   */
  children: RegionConnection;
  /**
   * Six digits for a province (110000), city (110100) or county (110105); nine for a street
   * (110105015); 100000 for the nation.
   */
  code: Scalars['ID']['output'];
  /** The district with this code, for a county-level region the stations catalogue has district data for; otherwise null. */
  district?: Maybe<District>;
  /** The region's level. */
  level: RegionLevel;
  /** Chinese name, e.g. 朝阳区, 八里庄街道. */
  name: Scalars['String']['output'];
  /**
   * The region directly above: the nation (100000) for a province, null for the nation. A county directly under a province
   * (省直辖县级行政区划, e.g. 419001 济源市) has the province as parent, and the streets of a city
   * without counties (e.g. 441900 东莞市) the city.
   */
  parent?: Maybe<Region>;
  /**
   * Addition: the region's stations and visits, as District.stationMetrics counts them (same
   * period rules): for the nation, a province or a city the figures of every county inside it
   * summed, so a parent's figures are the sum of its children's; for a county its own; for a
   * street those of the stations that name it (a county's figures include stations that name no
   * street, so its streets may sum to less). Admins, dashboards and stations operators, within
   * their key's regions (a key for 441300 reads Huizhou, its counties and streets, and nothing
   * else); others get FORBIDDEN.
   */
  stationMetrics: StationMetrics;
};


/**
 * Addition: a region of the national administrative catalogue (GB/T 2260 codes for statistical
 * use, mainland China): a province, prefecture-level city, county or township/street. The
 * stations service keeps the catalogue as reference data. County-level regions are also
 * Districts where this API has district data (see district).
 */
export type RegionChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<RegionLevel>;
};


/**
 * Addition: a region of the national administrative catalogue (GB/T 2260 codes for statistical
 * use, mainland China): a province, prefecture-level city, county or township/street. The
 * stations service keeps the catalogue as reference data. County-level regions are also
 * Districts where this API has district data (see district).
 */
export type RegionStationMetricsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Addition: a page of regions in code order. */
export type RegionConnection = {
  __typename?: 'RegionConnection';
  /** The regions of this page, at most first. */
  edges: Array<RegionEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Regions matching across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Addition: one region of a page, with its cursor. */
export type RegionEdge = {
  __typename?: 'RegionEdge';
  /** Opaque cursor of this region, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The region. */
  node: Region;
};

/** Addition: the level of a region in the national administrative catalogue (行政区划). */
export type RegionLevel =
  /** 地级 Prefecture-level city: e.g. 441300 惠州市; a municipality's city level is named after it (110100 北京市). */
  | 'CITY'
  /** 县级 County: a county, district or county-level city, e.g. 110105 朝阳区, 441302 惠城区. */
  | 'COUNTY'
  /** 全国 Nation (addition): code 100000 (中华人民共和国), the region above every province, for nation-wide figures. */
  | 'NATION'
  /** 省级 Province: a province, autonomous region or municipality, e.g. 110000 北京市, 440000 广东省. */
  | 'PROVINCE'
  /** 乡级 Township or street: 乡镇、街道, nine digits, e.g. 110105015 八里庄街道. */
  | 'STREET';

/**
 * A place where new-employment-form workers rest, charge and eat: a warm station (暖心驿站),
 * rider home (骑手之家), party-mass service centre (党群服务中心), union post, driver home
 * (司机之家) or friendly merchant. The stations service owns it; training adds its timetable and
 * governance the rewards redeemable there.
 */
export type Station = {
  __typename?: 'Station';
  /** Street address in Chinese, 1 to 200 characters. */
  address: Scalars['String']['output'];
  /** What the station offers, each amenity once. */
  amenities: Array<Amenity>;
  /** Seats or people it can host at once (0 to 100000); null when not stated. */
  capacity?: Maybe<Scalars['Int']['output']>;
  /** The station's public contact number (not personal data). */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** The district it is in; fixed once created. */
  district: District;
  /** Station id (a UUID). */
  id: Scalars['ID']['output'];
  /**
   * Whether the station is open at the instant (default: now): it is ACTIVE and its hours
   * (exceptions first) say so.
   */
  isOpen: Scalars['Boolean']['output'];
  /** What kind of station it is; fixed once created. */
  kind: StationKind;
  /** Where the station is, in the datum asked for. */
  location: GeoPoint;
  /** Name, 1 to 100 characters, e.g. 望京骑手之家. */
  name: Scalars['String']['output'];
  /**
   * Offers current at the time of the request (started, not ended, not withdrawn), cheapest
   * first; offers not started yet, ended or withdrawn are left out. See offersConnection for pages
   * and for the other statuses.
   */
  offers: Array<MerchantOffer>;
  /**
   * Addition: the station's offers page by page, cheapest first (then by id), in the statuses asked
   * for (default CURRENT only). Anyone may list CURRENT and SCHEDULED offers; ENDED and WITHDRAWN
   * ones only admins and stations operators of the station's district (FORBIDDEN otherwise).
   */
  offersConnection: MerchantOfferConnection;
  /** Open round the clock (24小时开放), unless an opening exception says otherwise. */
  open24h: Scalars['Boolean']['output'];
  /** Dated changes to the weekly hours (holidays, works). At most 100. */
  openingExceptions: Array<OpeningException>;
  /** Weekly opening periods (Asia/Shanghai); empty for most 24-hour stations. At most 28. */
  openingHours: Array<OpeningPeriod>;
  /** Who runs it, e.g. 朝阳区总工会 or a merchant's name. */
  operator: Scalars['String']['output'];
  /** In service, suspended or closed. */
  status: StationStatus;
  /**
   * Addition: nine-digit code of the street or township (乡镇、街道) the station is in, inside
   * district (e.g. 110105015 八里庄街道); null when not given. Public, like district.
   */
  streetCode?: Maybe<Scalars['ID']['output']>;
  /** Subdistrict or township (街道 / 乡镇), if known. */
  subdistrict?: Maybe<Scalars['String']['output']>;
  /**
   * Visits counted per Asia/Shanghai day (see District.stationMetrics for how from and to round;
   * without to, up to the last recorded visit). Counts only, never who: anyone may read them.
   */
  visitCount: Scalars['Int']['output'];
};


/**
 * A place where new-employment-form workers rest, charge and eat: a warm station (暖心驿站),
 * rider home (骑手之家), party-mass service centre (党群服务中心), union post, driver home
 * (司机之家) or friendly merchant. The stations service owns it; training adds its timetable and
 * governance the rewards redeemable there.
 */
export type StationIsOpenArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
};


/**
 * A place where new-employment-form workers rest, charge and eat: a warm station (暖心驿站),
 * rider home (骑手之家), party-mass service centre (党群服务中心), union post, driver home
 * (司机之家) or friendly merchant. The stations service owns it; training adds its timetable and
 * governance the rewards redeemable there.
 */
export type StationLocationArgs = {
  crs?: CoordinateSystem;
};


/**
 * A place where new-employment-form workers rest, charge and eat: a warm station (暖心驿站),
 * rider home (骑手之家), party-mass service centre (党群服务中心), union post, driver home
 * (司机之家) or friendly merchant. The stations service owns it; training adds its timetable and
 * governance the rewards redeemable there.
 */
export type StationOffersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A place where new-employment-form workers rest, charge and eat: a warm station (暖心驿站),
 * rider home (骑手之家), party-mass service centre (党群服务中心), union post, driver home
 * (司机之家) or friendly merchant. The stations service owns it; training adds its timetable and
 * governance the rewards redeemable there.
 */
export type StationOffersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<OfferStatus>>;
};


/**
 * A place where new-employment-form workers rest, charge and eat: a warm station (暖心驿站),
 * rider home (骑手之家), party-mass service centre (党群服务中心), union post, driver home
 * (司机之家) or friendly merchant. The stations service owns it; training adds its timetable and
 * governance the rewards redeemable there.
 */
export type StationVisitCountArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A page of stations in id order. */
export type StationConnection = {
  __typename?: 'StationConnection';
  /** The stations of this page, at most first. */
  edges: Array<StationEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
  /** Stations matching the filter across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One station of a page, with its cursor. */
export type StationEdge = {
  __typename?: 'StationEdge';
  /** Opaque cursor of this station, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The station. */
  node: Station;
};

/** Addition: the file formats importStations reads. */
export type StationFileFormat =
  /** 逗号分隔值 CSV: comma-separated values with a header row (UTF-8); the columns are in the stations service's README. */
  | 'CSV'
  /** 地理JSON GeoJSON: an RFC 7946 FeatureCollection of Points in WGS-84, as GET /stations.geojson exports it (offers included). */
  | 'GEOJSON';

/**
 * Conditions on stations; all given ones apply. Lists are capped: kinds at most 6, amenities at
 * most 16 (BAD_USER_INPUT beyond).
 */
export type StationFilter = {
  /** Stations that have all of these. */
  amenities?: InputMaybe<Array<Amenity>>;
  /** Only stations in this district (six-digit GB/T 2260 code). */
  district?: InputMaybe<Scalars['ID']['input']>;
  /** Only stations of any of these kinds. */
  kinds?: InputMaybe<Array<StationKind>>;
  /** true: only 24-hour stations; false: only the others. */
  open24h?: InputMaybe<Scalars['Boolean']['input']>;
  /** Stations open at this instant (ACTIVE, and their hours say open), exactly as Station.isOpen(at). */
  openAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Addition: true means openAt = the time of the request. */
  openNow?: InputMaybe<Scalars['Boolean']['input']>;
  /** Substring of name or address. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Default: ACTIVE for stationsNear, any status for stations. */
  status?: InputMaybe<StationStatus>;
};

/** Addition: a row of an import file that cannot be imported, and why. */
export type StationImportProblem = {
  __typename?: 'StationImportProblem';
  /** What is wrong and what is allowed. */
  reason: Scalars['String']['output'];
  /** Where in the file: line N (CSV, the header being line 1), feature N (GeoJSON, from 0), or file. */
  where: Scalars['String']['output'];
};

/**
 * Addition: what an import did, or with dryRun or bad rows would do (nothing is then written). A
 * station or offer that matches a stored one and says the same is unchanged and not written.
 */
export type StationImportResult = {
  __typename?: 'StationImportResult';
  /** Stations added. */
  created: Scalars['Int']['output'];
  /** Offers added. */
  offersCreated: Scalars['Int']['output'];
  /** Stored offers the file says the same of, and withdrawn offers (never changed by an import). */
  offersUnchanged: Scalars['Int']['output'];
  /** Stored offers changed. */
  offersUpdated: Scalars['Int']['output'];
  /** Every row that cannot be imported, in file order; empty when the file is good. */
  problems: Array<StationImportProblem>;
  /** Stored stations the file says the same of. */
  unchanged: Scalars['Int']['output'];
  /** Stored stations changed. */
  updated: Scalars['Int']['output'];
  /** true when the stations were written; false on a dry run or when a row was refused (then nothing is). */
  written: Scalars['Boolean']['output'];
};

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

/** A district's stations and visits, for dashboards. */
export type StationMetrics = {
  __typename?: 'StationMetrics';
  /** ACTIVE stations by kind: every kind, zeros included, in StationKind order. */
  byKind: Array<KindCount>;
  /** ACTIVE stations open round the clock. */
  open24h: Scalars['Int']['output'];
  /** ACTIVE stations now. */
  stations: Scalars['Int']['output'];
  /** Check-ins at the district's stations in the period, from the daily counts. */
  visits: Scalars['Int']['output'];
};

/** Whether a station is in service. */
export type StationStatus =
  /** 运营中 In service: shown by stationsNear by default, can be open, takes visits. */
  | 'ACTIVE'
  /** 已关闭 Closed: like SUSPENDED, and takes no new offers; can be set ACTIVE again to reopen. */
  | 'CLOSED'
  /** 暂停 Suspended: temporarily out of service; never open, left out of stationsNear by default, takes no visits. */
  | 'SUSPENDED';

/**
 * A worker's check-in (打卡) at a station. Personal data: raw visits are kept for
 * VISIT_RETENTION_DAYS (default 180), then only daily counts remain.
 */
export type StationVisit = {
  __typename?: 'StationVisit';
  /** When the worker checked in. */
  at: Scalars['DateTime']['output'];
  /** Visit id (a UUID). */
  id: Scalars['ID']['output'];
  /** Where the worker checked in. */
  station: Station;
  /** Who checked in. */
  worker?: Maybe<Worker>;
};

/** Addition: a page of a worker's visits, newest first. */
export type StationVisitConnection = {
  __typename?: 'StationVisitConnection';
  /** The visits of this page, at most first. */
  edges: Array<StationVisitEdge>;
  /** Whether more pages follow, and the cursor to ask for the next. */
  pageInfo: PageInfo;
};

/** Addition: one visit of a page, with its cursor. */
export type StationVisitEdge = {
  __typename?: 'StationVisitEdge';
  /** Opaque cursor of this visit, to pass as after. */
  cursor: Scalars['String']['output'];
  /** The visit. */
  node: StationVisit;
};

/**
 * Addition: changes to an offer; fields left out stay as they are. The result is checked like a
 * new offer. A CURRENT offer keeps its startsAt; ENDED and WITHDRAWN offers cannot change.
 */
export type UpdateMerchantOfferInput = {
  /** New usual price in fen, 1 to 10000000. */
  originalPriceCents?: InputMaybe<Scalars['Int']['input']>;
  /** New price for workers in fen, 0 to 10000000, below originalPriceCents. */
  priceCents?: InputMaybe<Scalars['Int']['input']>;
  /** New start, only while SCHEDULED: from now to 366 days ahead. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** New title, 1 to 100 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** New end, in the future and after startsAt; null removes the end (to end it now, withdraw it). */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * Changes to a station: fields left out stay as they are; null clears subdistrict, streetCode, capacity,
 * contactPhone, openingHours and openingExceptions, and is BAD_USER_INPUT for the others. The
 * result is checked like a new station. Kind and district cannot change.
 */
export type UpdateStationInput = {
  /** New street address, 1 to 200 characters. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the whole set of amenities. */
  amenities?: InputMaybe<Array<Amenity>>;
  /** New capacity, 0 to 100000; null clears it. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** New public contact number; null clears it. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** New location; GCJ-02 unless crs says otherwise; it must lie in the station's district. */
  location?: InputMaybe<GeoPointInput>;
  /** New name, 1 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Open round the clock or not; without it the station needs opening hours. */
  open24h?: InputMaybe<Scalars['Boolean']['input']>;
  /** Replaces the dated exceptions (at most 100); null clears them. */
  openingExceptions?: InputMaybe<Array<OpeningExceptionInput>>;
  /** Replaces the weekly periods (at most 28); null clears them. */
  openingHours?: InputMaybe<Array<OpeningPeriodInput>>;
  /** New operator, 1 to 100 characters. */
  operator?: InputMaybe<Scalars['String']['input']>;
  /** New status; SUSPENDED or CLOSED take the station out of stationsNear and openAt. */
  status?: InputMaybe<StationStatus>;
  /**
   * Addition: new street or township code (nine digits, inside the station's district); null
   * clears it.
   */
  streetCode?: InputMaybe<Scalars['ID']['input']>;
  /** New subdistrict; null clears it. */
  subdistrict?: InputMaybe<Scalars['String']['input']>;
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
  /** Worker id (a UUID) in the union's registry. */
  id: Scalars['ID']['output'];
  /**
   * The worker's latest visits, newest first (at most 100). Only the partner acting for the
   * worker, stations operators and admins; others get FORBIDDEN.
   */
  stationVisits?: Maybe<Array<StationVisit>>;
  /**
   * Addition: the worker's visits page by page, newest first, past the first 100 as far back as
   * visits are kept (VISIT_RETENTION_DAYS). Who may read them as for stationVisits.
   */
  stationVisitsConnection?: Maybe<StationVisitConnection>;
};


/**
 * A new-employment-form worker (新就业形态劳动者): delivery rider, courier, ride-hailing or truck
 * driver. The union service keeps the registry (name, phone, platform accounts, membership); the
 * other services add visits, enrolments, subsidy, points and reports. Personal data: partners see
 * only workers with an account on their own platform, and a worker's activity only while acting
 * for that worker (X-Acting-Worker).
 */
export type WorkerStationVisitsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A new-employment-form worker (新就业形态劳动者): delivery rider, courier, ride-hailing or truck
 * driver. The union service keeps the registry (name, phone, platform accounts, membership); the
 * other services add visits, enrolments, subsidy, points and reports. Personal data: partners see
 * only workers with an account on their own platform, and a worker's activity only while acting
 * for that worker (X-Acting-Worker).
 */
export type WorkerStationVisitsConnectionArgs = {
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
  Station:
    ( { __typename: 'Station' }
    & GraphQLRecursivePick<FederationTypes['Station'], {"id":true}> );
  Worker:
    ( { __typename: 'Worker' }
    & GraphQLRecursivePick<FederationTypes['Worker'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Amenity: Amenity;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnection>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  CoordinateSystem: CoordinateSystem;
  CreateStationInput: CreateStationInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  District: ResolverTypeWrapper<DistrictRow>;
  DistrictConnection: ResolverTypeWrapper<Omit<DistrictConnection, 'edges'> & { edges: Array<ResolversTypes['DistrictEdge']> }>;
  DistrictEdge: ResolverTypeWrapper<Omit<DistrictEdge, 'node'> & { node: ResolversTypes['District'] }>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GeoPointInput: GeoPointInput;
  KindCount: ResolverTypeWrapper<KindCount>;
  MerchantOffer: ResolverTypeWrapper<MerchantOfferRow>;
  MerchantOfferConnection: ResolverTypeWrapper<Omit<MerchantOfferConnection, 'edges'> & { edges: Array<ResolversTypes['MerchantOfferEdge']> }>;
  MerchantOfferEdge: ResolverTypeWrapper<Omit<MerchantOfferEdge, 'node'> & { node: ResolversTypes['MerchantOffer'] }>;
  MerchantOfferInput: MerchantOfferInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NearbyStation: ResolverTypeWrapper<Omit<NearbyStation, 'station'> & { station: ResolversTypes['Station'] }>;
  NearbyStationConnection: ResolverTypeWrapper<Omit<NearbyStationConnection, 'edges'> & { edges: Array<ResolversTypes['NearbyStationEdge']> }>;
  NearbyStationEdge: ResolverTypeWrapper<Omit<NearbyStationEdge, 'node'> & { node: ResolversTypes['NearbyStation'] }>;
  OfferStatus: OfferStatus;
  OpeningException: ResolverTypeWrapper<OpeningException>;
  OpeningExceptionInput: OpeningExceptionInput;
  OpeningPeriod: ResolverTypeWrapper<OpeningPeriod>;
  OpeningPeriodInput: OpeningPeriodInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionRow>;
  RegionConnection: ResolverTypeWrapper<Omit<RegionConnection, 'edges'> & { edges: Array<ResolversTypes['RegionEdge']> }>;
  RegionEdge: ResolverTypeWrapper<Omit<RegionEdge, 'node'> & { node: ResolversTypes['Region'] }>;
  RegionLevel: RegionLevel;
  Station: ResolverTypeWrapper<StationRow>;
  StationConnection: ResolverTypeWrapper<StationPage>;
  StationEdge: ResolverTypeWrapper<Omit<StationEdge, 'node'> & { node: ResolversTypes['Station'] }>;
  StationFileFormat: StationFileFormat;
  StationFilter: StationFilter;
  StationImportProblem: ResolverTypeWrapper<StationImportProblem>;
  StationImportResult: ResolverTypeWrapper<StationImportResult>;
  StationKind: StationKind;
  StationMetrics: ResolverTypeWrapper<DistrictStationMetrics>;
  StationStatus: StationStatus;
  StationVisit: ResolverTypeWrapper<StationVisitRow>;
  StationVisitConnection: ResolverTypeWrapper<Omit<StationVisitConnection, 'edges'> & { edges: Array<ResolversTypes['StationVisitEdge']> }>;
  StationVisitEdge: ResolverTypeWrapper<Omit<StationVisitEdge, 'node'> & { node: ResolversTypes['StationVisit'] }>;
  UpdateMerchantOfferInput: UpdateMerchantOfferInput;
  UpdateStationInput: UpdateStationInput;
  Worker: ResolverTypeWrapper<WorkerRef>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  link__Purpose: Link__Purpose;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditEntry: AuditEntry;
  ID: Scalars['ID']['output'];
  AuditEntryConnection: AuditEntryConnection;
  Int: Scalars['Int']['output'];
  AuditEntryEdge: AuditEntryEdge;
  CreateStationInput: CreateStationInput;
  DateTime: Scalars['DateTime']['output'];
  District: DistrictRow;
  DistrictConnection: Omit<DistrictConnection, 'edges'> & { edges: Array<ResolversParentTypes['DistrictEdge']> };
  DistrictEdge: Omit<DistrictEdge, 'node'> & { node: ResolversParentTypes['District'] };
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  GeoPointInput: GeoPointInput;
  KindCount: KindCount;
  MerchantOffer: MerchantOfferRow;
  MerchantOfferConnection: Omit<MerchantOfferConnection, 'edges'> & { edges: Array<ResolversParentTypes['MerchantOfferEdge']> };
  MerchantOfferEdge: Omit<MerchantOfferEdge, 'node'> & { node: ResolversParentTypes['MerchantOffer'] };
  MerchantOfferInput: MerchantOfferInput;
  Mutation: Record<PropertyKey, never>;
  NearbyStation: Omit<NearbyStation, 'station'> & { station: ResolversParentTypes['Station'] };
  NearbyStationConnection: Omit<NearbyStationConnection, 'edges'> & { edges: Array<ResolversParentTypes['NearbyStationEdge']> };
  NearbyStationEdge: Omit<NearbyStationEdge, 'node'> & { node: ResolversParentTypes['NearbyStation'] };
  OpeningException: OpeningException;
  OpeningExceptionInput: OpeningExceptionInput;
  OpeningPeriod: OpeningPeriod;
  OpeningPeriodInput: OpeningPeriodInput;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Region: RegionRow;
  RegionConnection: Omit<RegionConnection, 'edges'> & { edges: Array<ResolversParentTypes['RegionEdge']> };
  RegionEdge: Omit<RegionEdge, 'node'> & { node: ResolversParentTypes['Region'] };
  Station: StationRow;
  StationConnection: StationPage;
  StationEdge: Omit<StationEdge, 'node'> & { node: ResolversParentTypes['Station'] };
  StationFilter: StationFilter;
  StationImportProblem: StationImportProblem;
  StationImportResult: StationImportResult;
  StationMetrics: DistrictStationMetrics;
  StationVisit: StationVisitRow;
  StationVisitConnection: Omit<StationVisitConnection, 'edges'> & { edges: Array<ResolversParentTypes['StationVisitEdge']> };
  StationVisitEdge: Omit<StationVisitEdge, 'node'> & { node: ResolversParentTypes['StationVisit'] };
  UpdateMerchantOfferInput: UpdateMerchantOfferInput;
  UpdateStationInput: UpdateStationInput;
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

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistrictResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District'], FederationReferenceType extends FederationReferenceTypes['District'] = FederationReferenceTypes['District']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['District']> | FederationReferenceType, FederationReferenceType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stationMetrics?: Resolver<ResolversTypes['StationMetrics'], ParentType, ContextType, Partial<DistrictStationMetricsArgs>>;
};

export type DistrictConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['DistrictConnection'] = ResolversParentTypes['DistrictConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DistrictEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DistrictEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['DistrictEdge'] = ResolversParentTypes['DistrictEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
};

export type GeoPointResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = {
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type KindCountResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StationKind'], ParentType, ContextType>;
};

export type MerchantOfferResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['MerchantOffer'] = ResolversParentTypes['MerchantOffer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  originalPriceCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priceCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  station?: Resolver<ResolversTypes['Station'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OfferStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type MerchantOfferConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['MerchantOfferConnection'] = ResolversParentTypes['MerchantOfferConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MerchantOfferEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MerchantOfferEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['MerchantOfferEdge'] = ResolversParentTypes['MerchantOfferEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MerchantOffer'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addMerchantOffer?: Resolver<Maybe<ResolversTypes['MerchantOffer']>, ParentType, ContextType, RequireFields<MutationAddMerchantOfferArgs, 'input' | 'stationId'>>;
  createStation?: Resolver<Maybe<ResolversTypes['Station']>, ParentType, ContextType, RequireFields<MutationCreateStationArgs, 'input'>>;
  importStations?: Resolver<Maybe<ResolversTypes['StationImportResult']>, ParentType, ContextType, RequireFields<MutationImportStationsArgs, 'content' | 'crs' | 'dryRun' | 'format'>>;
  recordVisit?: Resolver<Maybe<ResolversTypes['StationVisit']>, ParentType, ContextType, RequireFields<MutationRecordVisitArgs, 'stationId'>>;
  updateMerchantOffer?: Resolver<Maybe<ResolversTypes['MerchantOffer']>, ParentType, ContextType, RequireFields<MutationUpdateMerchantOfferArgs, 'id' | 'input'>>;
  updateStation?: Resolver<Maybe<ResolversTypes['Station']>, ParentType, ContextType, RequireFields<MutationUpdateStationArgs, 'id' | 'input'>>;
  withdrawMerchantOffer?: Resolver<Maybe<ResolversTypes['MerchantOffer']>, ParentType, ContextType, RequireFields<MutationWithdrawMerchantOfferArgs, 'id'>>;
};

export type NearbyStationResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['NearbyStation'] = ResolversParentTypes['NearbyStation']> = {
  distanceMeters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  station?: Resolver<ResolversTypes['Station'], ParentType, ContextType>;
};

export type NearbyStationConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['NearbyStationConnection'] = ResolversParentTypes['NearbyStationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NearbyStationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type NearbyStationEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['NearbyStationEdge'] = ResolversParentTypes['NearbyStationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NearbyStation'], ParentType, ContextType>;
};

export type OpeningExceptionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['OpeningException'] = ResolversParentTypes['OpeningException']> = {
  closed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  closes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  opens?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validTo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OpeningPeriodResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['OpeningPeriod'] = ResolversParentTypes['OpeningPeriod']> = {
  closes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekday?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType, RequireFields<QueryDistrictArgs, 'code'>>;
  districts?: Resolver<Maybe<Array<ResolversTypes['District']>>, ParentType, ContextType, RequireFields<QueryDistrictsArgs, 'first'>>;
  districtsConnection?: Resolver<Maybe<ResolversTypes['DistrictConnection']>, ParentType, ContextType, RequireFields<QueryDistrictsConnectionArgs, 'first'>>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType, RequireFields<QueryRegionArgs, 'code'>>;
  regions?: Resolver<Maybe<ResolversTypes['RegionConnection']>, ParentType, ContextType, RequireFields<QueryRegionsArgs, 'first'>>;
  station?: Resolver<Maybe<ResolversTypes['Station']>, ParentType, ContextType, RequireFields<QueryStationArgs, 'id'>>;
  stations?: Resolver<Maybe<ResolversTypes['StationConnection']>, ParentType, ContextType, RequireFields<QueryStationsArgs, 'first'>>;
  stationsAuditLog?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType, RequireFields<QueryStationsAuditLogArgs, 'first'>>;
  stationsNear?: Resolver<Maybe<Array<ResolversTypes['NearbyStation']>>, ParentType, ContextType, RequireFields<QueryStationsNearArgs, 'first' | 'near' | 'radiusMeters'>>;
  stationsNearConnection?: Resolver<Maybe<ResolversTypes['NearbyStationConnection']>, ParentType, ContextType, RequireFields<QueryStationsNearConnectionArgs, 'first' | 'near' | 'radiusMeters'>>;
  viewerRegions?: Resolver<Maybe<Array<ResolversTypes['Region']>>, ParentType, ContextType>;
};

export type RegionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'], FederationReferenceType extends FederationReferenceTypes['Region'] = FederationReferenceTypes['Region']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Region']> | FederationReferenceType, FederationReferenceType, ContextType>;
  children?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, RequireFields<RegionChildrenArgs, 'first'>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['RegionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  stationMetrics?: Resolver<ResolversTypes['StationMetrics'], ParentType, ContextType, Partial<RegionStationMetricsArgs>>;
};

export type RegionConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['RegionConnection'] = ResolversParentTypes['RegionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RegionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['RegionEdge'] = ResolversParentTypes['RegionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type StationResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Station'] = ResolversParentTypes['Station'], FederationReferenceType extends FederationReferenceTypes['Station'] = FederationReferenceTypes['Station']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Station']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amenities?: Resolver<Array<ResolversTypes['Amenity']>, ParentType, ContextType>;
  capacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<StationIsOpenArgs>>;
  kind?: Resolver<ResolversTypes['StationKind'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType, RequireFields<StationLocationArgs, 'crs'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offers?: Resolver<Array<ResolversTypes['MerchantOffer']>, ParentType, ContextType, RequireFields<StationOffersArgs, 'first'>>;
  offersConnection?: Resolver<ResolversTypes['MerchantOfferConnection'], ParentType, ContextType, RequireFields<StationOffersConnectionArgs, 'first'>>;
  open24h?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openingExceptions?: Resolver<Array<ResolversTypes['OpeningException']>, ParentType, ContextType>;
  openingHours?: Resolver<Array<ResolversTypes['OpeningPeriod']>, ParentType, ContextType>;
  operator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StationStatus'], ParentType, ContextType>;
  streetCode?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  subdistrict?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  visitCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, Partial<StationVisitCountArgs>>;
};

export type StationConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['StationConnection'] = ResolversParentTypes['StationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StationEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['StationEdge'] = ResolversParentTypes['StationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Station'], ParentType, ContextType>;
};

export type StationImportProblemResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['StationImportProblem'] = ResolversParentTypes['StationImportProblem']> = {
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  where?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StationImportResultResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['StationImportResult'] = ResolversParentTypes['StationImportResult']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offersCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offersUnchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offersUpdated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['StationImportProblem']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type StationMetricsResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['StationMetrics'] = ResolversParentTypes['StationMetrics']> = {
  byKind?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  open24h?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StationVisitResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['StationVisit'] = ResolversParentTypes['StationVisit']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  station?: Resolver<ResolversTypes['Station'], ParentType, ContextType>;
  worker?: Resolver<Maybe<ResolversTypes['Worker']>, ParentType, ContextType>;
};

export type StationVisitConnectionResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['StationVisitConnection'] = ResolversParentTypes['StationVisitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StationVisitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type StationVisitEdgeResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['StationVisitEdge'] = ResolversParentTypes['StationVisitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StationVisit'], ParentType, ContextType>;
};

export type WorkerResolvers<ContextType = Ctx, ParentType extends ResolversParentTypes['Worker'] = ResolversParentTypes['Worker'], FederationReferenceType extends FederationReferenceTypes['Worker'] = FederationReferenceTypes['Worker']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Worker']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stationVisits?: Resolver<Maybe<Array<ResolversTypes['StationVisit']>>, ParentType, ContextType, RequireFields<WorkerStationVisitsArgs, 'first'>>;
  stationVisitsConnection?: Resolver<Maybe<ResolversTypes['StationVisitConnection']>, ParentType, ContextType, RequireFields<WorkerStationVisitsConnectionArgs, 'first'>>;
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
  DateTime?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  DistrictConnection?: DistrictConnectionResolvers<ContextType>;
  DistrictEdge?: DistrictEdgeResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  MerchantOffer?: MerchantOfferResolvers<ContextType>;
  MerchantOfferConnection?: MerchantOfferConnectionResolvers<ContextType>;
  MerchantOfferEdge?: MerchantOfferEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NearbyStation?: NearbyStationResolvers<ContextType>;
  NearbyStationConnection?: NearbyStationConnectionResolvers<ContextType>;
  NearbyStationEdge?: NearbyStationEdgeResolvers<ContextType>;
  OpeningException?: OpeningExceptionResolvers<ContextType>;
  OpeningPeriod?: OpeningPeriodResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionConnection?: RegionConnectionResolvers<ContextType>;
  RegionEdge?: RegionEdgeResolvers<ContextType>;
  Station?: StationResolvers<ContextType>;
  StationConnection?: StationConnectionResolvers<ContextType>;
  StationEdge?: StationEdgeResolvers<ContextType>;
  StationImportProblem?: StationImportProblemResolvers<ContextType>;
  StationImportResult?: StationImportResultResolvers<ContextType>;
  StationMetrics?: StationMetricsResolvers<ContextType>;
  StationVisit?: StationVisitResolvers<ContextType>;
  StationVisitConnection?: StationVisitConnectionResolvers<ContextType>;
  StationVisitEdge?: StationVisitEdgeResolvers<ContextType>;
  Worker?: WorkerResolvers<ContextType>;
  federation__FieldSet?: GraphQLScalarType;
  link__Import?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = Ctx> = {
  inaccessible?: InaccessibleDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
