import { beijingDay, nameId, systemClock, type Clock, type Database, type Route } from '@nef/kit';
import type { DistrictRow, StationRow } from '../entities';
import { DistrictEntity } from '../entities';
import { exportRoute, type ExportedStation } from './geojson';

export const HSDS_PATH = '/stations.hsds.json';

/**
 * Open Referral HSDS 3.0 (Human Services Data Specification): the public station layer as the
 * answer of HSDS's `GET /services` (a Page of compiled service objects), one service per
 * station, so any HSDS reader (a city's service directory, 211-style referral tools) can load
 * it. The tables and fields used, with how the station maps onto them, are listed in the
 * service's README.
 */
export const HSDS_VERSION = '3.0';

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const SERVICE_STATUS: Record<string, string> = { ACTIVE: 'active', SUSPENDED: 'temporarily closed', CLOSED: 'defunct' };
const TAXONOMY = {
  kind: { id: nameId('hsds:taxonomy:station-kind'), name: 'nef-station-kind', description: 'What a station is (StationKind of the stations API).' },
  amenity: { id: nameId('hsds:taxonomy:amenity'), name: 'nef-amenity', description: 'What a station offers workers (Amenity of the stations API).' },
};

const id = (...parts: string[]) => nameId(`hsds:${parts.join(':')}`);

function term(taxonomy: keyof typeof TAXONOMY, code: string) {
  const t = TAXONOMY[taxonomy];
  return { id: id('term', taxonomy, code), code, name: code, description: null, taxonomy: t.name, taxonomy_id: t.id, taxonomy_detail: t };
}

/** The weekly hours and dated exceptions as HSDS schedules (RFC 5545 recurrence fields, Asia/Shanghai). */
function schedules(s: StationRow) {
  const base = { service_id: s.id, location_id: null, service_at_location_id: id('sal', s.id), timezone: 8, wkst: 'MO' };
  const weekly = s.open24h
    ? [{ ...base, id: id('schedule', s.id, '24h'), freq: 'WEEKLY', interval: 1, byday: WEEKDAYS.join(','), opens_at: '00:00', closes_at: '24:00', description: 'Open 24 hours (24小时开放)', valid_from: null, valid_to: null, notes: null }]
    : s.openingHours.map((p, i) => ({
        ...base,
        id: id('schedule', s.id, 'week', String(i)),
        freq: 'WEEKLY',
        interval: 1,
        byday: WEEKDAYS[p.weekday - 1]!,
        opens_at: p.opens,
        closes_at: p.closes,
        description: p.closes <= p.opens ? 'Closes after midnight, on the next day' : null,
        valid_from: null,
        valid_to: null,
        notes: null,
      }));
  const exceptions = s.openingExceptions.map((e, i) => ({
    ...base,
    id: id('schedule', s.id, 'exception', String(i)),
    freq: null,
    interval: null,
    byday: null,
    opens_at: e.closed ? null : e.opens,
    closes_at: e.closed ? null : e.closes,
    description: e.closed ? 'Closed on these dates (休息)' : 'Changed hours on these dates; they replace the weekly hours',
    valid_from: e.validFrom,
    valid_to: e.validTo,
    notes: e.note ?? null,
  }));
  return [...weekly, ...exceptions];
}

/** One station as a compiled HSDS 3.0 service, with its organization, location, address, phone, schedules, cost options and attributes. */
export function hsdsService({ station: s, amenities, offers }: ExportedStation, district: DistrictRow | undefined) {
  const organization = { id: id('organization', s.operator), name: s.operator, description: `${s.operator} runs stations for new-employment-form workers.` };
  const phones = s.contactPhone ? [{ id: id('phone', s.id), service_id: s.id, location_id: s.id, number: s.contactPhone, type: 'voice', languages: [] }] : [];
  const location = {
    id: s.id,
    location_type: 'physical',
    name: s.name,
    latitude: Math.round(s.lat * 1e7) / 1e7,
    longitude: Math.round(s.lng * 1e7) / 1e7,
    external_identifier: s.id,
    external_identifier_type: 'nef-station-id',
    addresses: [
      {
        id: id('address', s.id),
        location_id: s.id,
        address_1: s.address,
        address_2: s.subdistrict,
        city: district?.city ?? null,
        region: district?.name ?? null,
        state_province: district?.city ?? null,
        postal_code: null,
        country: 'CN',
        address_type: 'physical',
      },
    ],
    phones,
  };
  return {
    id: s.id,
    organization_id: organization.id,
    name: s.name,
    description: `${s.kind} in ${district?.name ?? s.districtCode}${s.capacity == null ? '' : `; hosts up to ${s.capacity} at once`}`,
    status: SERVICE_STATUS[s.status] ?? 'inactive',
    last_modified: s.updatedAt.toISOString(),
    organization,
    phones,
    schedules: schedules(s),
    service_at_locations: [{ id: id('sal', s.id), service_id: s.id, location_id: s.id, location }],
    cost_options: offers.map((o) => ({
      id: o.id,
      service_id: s.id,
      valid_from: beijingDay(o.startsAt),
      valid_to: o.validUntil ? beijingDay(new Date(o.validUntil.getTime() - 1)) : null,
      option: o.title,
      currency: 'CNY',
      amount: o.priceCents / 100,
      amount_description: `${(o.priceCents / 100).toFixed(2)} yuan for workers, usually ${(o.originalPriceCents / 100).toFixed(2)}`,
    })),
    attributes: [
      { id: id('attribute', s.id, 'kind'), link_id: s.id, link_type: 'service', link_entity: 'service', value: s.kind, taxonomy_term: term('kind', s.kind) },
      ...amenities.map((a) => ({ id: id('attribute', s.id, a), link_id: s.id, link_type: 'service', link_entity: 'service', value: a, taxonomy_term: term('amenity', a) })),
    ],
  };
}

/**
 * GET /stations.hsds.json: the station layer in HSDS 3.0, with the GeoJSON export's filters,
 * ETag and streaming. The answer is one page holding every service that matches.
 */
export function hsdsRoute(db: Database, clock: Clock = systemClock): Route {
  return exportRoute(db, clock, async () => {
    const districts = new Map((await db.manager.find(DistrictEntity)).map((d) => [d.code, d]));
    return {
      contentType: 'application/json; charset=utf-8',
      open: (count) =>
        `{"hsds_version":"${HSDS_VERSION}","total_items":${count},"total_pages":${count ? 1 : 0},"page_number":1,"size":${count},"first_page":true,"last_page":true,"empty":${count === 0},"contents":[`,
      item: (b) => hsdsService(b, districts.get(b.station.districtCode)),
      close: ']}',
    };
  });
}
