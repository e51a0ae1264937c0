import { EntitySchema } from 'typeorm';
import type { OpeningException, OpeningPeriod } from '../rules/opening-hours';

export interface StationRow {
  id: string;
  name: string;
  kind: string;
  status: string;
  address: string;
  districtCode: string;
  subdistrict: string | null;
  /** Nine-digit street or township code (乡镇、街道) inside the district; null (or absent) when not given. */
  streetCode?: string | null;
  /** WGS-84 */
  lat: number;
  lng: number;
  open24h: boolean;
  openingHours: OpeningPeriod[];
  openingExceptions: OpeningException[];
  capacity: number | null;
  operator: string;
  contactPhone: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const StationEntity = new EntitySchema<StationRow>({
  name: 'Station',
  tableName: 'stations',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    name: { type: 'varchar', length: 100 },
    kind: { type: 'varchar', length: 32 },
    status: { type: 'varchar', length: 16 },
    address: { type: 'varchar', length: 200 },
    districtCode: { name: 'district_code', type: 'varchar', length: 12 },
    subdistrict: { type: 'varchar', length: 50, nullable: true },
    streetCode: { name: 'street_code', type: 'varchar', length: 12, nullable: true },
    lat: { type: 'double' },
    lng: { type: 'double' },
    open24h: { name: 'open_24h', type: 'boolean' },
    openingHours: { name: 'opening_hours', type: 'simple-json' },
    openingExceptions: { name: 'opening_exceptions', type: 'simple-json' },
    capacity: { type: 'int', nullable: true },
    operator: { type: 'varchar', length: 100 },
    contactPhone: { name: 'contact_phone', type: 'varchar', length: 20, nullable: true },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
  },
});
