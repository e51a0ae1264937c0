import { EntitySchema } from 'typeorm';

export interface DistrictRow {
  code: string;
  name: string;
  nameEn: string;
  city: string;
}

export const DistrictEntity = new EntitySchema<DistrictRow>({
  name: 'District',
  tableName: 'districts',
  columns: {
    code: { type: 'varchar', length: 12, primary: true },
    name: { type: 'varchar', length: 50 },
    nameEn: { name: 'name_en', type: 'varchar', length: 50 },
    city: { type: 'varchar', length: 50 },
  },
  indices: [{ name: 'idx_districts_city', columns: ['city'] }],
});
