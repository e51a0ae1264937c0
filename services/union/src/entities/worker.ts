import { EntitySchema } from 'typeorm';
import { idColumn, timeColumn } from './columns';

export interface WorkerRow {
  id: string;
  name: string;
  /** base64(iv | tag | ciphertext), AES-256-GCM; see rules/phone-cipher. */
  phoneEnc: string;
  /** HMAC-SHA256 of the normalised number: uniqueness and look-up without decrypting. */
  phoneHash: string;
  phoneLast4: string | null;
  occupation: string;
  districtCode: string;
  /** Nine-digit street or township code inside the district; null when not given. */
  streetCode?: string | null;
  registeredAt: Date;
}

export const WorkerEntity = new EntitySchema<WorkerRow>({
  name: 'Worker',
  tableName: 'workers',
  columns: {
    id: idColumn('id', true),
    name: { name: 'name', type: 'varchar', length: 100 },
    phoneEnc: { name: 'phone_enc', type: 'varchar', length: 128 },
    phoneHash: { name: 'phone_hash', type: 'varchar', length: 64 },
    phoneLast4: { name: 'phone_last4', type: 'varchar', length: 4, nullable: true },
    occupation: { name: 'occupation', type: 'varchar', length: 24 },
    districtCode: { name: 'district_code', type: 'varchar', length: 12 },
    streetCode: { name: 'street_code', type: 'varchar', length: 12, nullable: true },
    registeredAt: timeColumn('registered_at'),
  },
  indices: [
    { name: 'UQ_workers_phone_hash', columns: ['phoneHash'], unique: true },
    { name: 'IDX_workers_district_code', columns: ['districtCode'] },
    { name: 'IDX_workers_district_occupation', columns: ['districtCode', 'occupation'] },
    { name: 'IDX_workers_phone_last4', columns: ['phoneLast4'] },
  ],
});
