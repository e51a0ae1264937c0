import { EntitySchema } from 'typeorm';
import { idColumn } from './columns';

export interface UnionBranchRow {
  id: string;
  name: string;
  level: string;
  districtCode: string | null;
}

export const UnionBranchEntity = new EntitySchema<UnionBranchRow>({
  name: 'UnionBranch',
  tableName: 'union_branches',
  columns: {
    id: idColumn('id', true),
    name: { name: 'name', type: 'varchar', length: 100 },
    level: { name: 'level', type: 'varchar', length: 16 },
    districtCode: { name: 'district_code', type: 'varchar', length: 12, nullable: true },
  },
  indices: [{ name: 'IDX_union_branches_district_code', columns: ['districtCode'] }],
});
