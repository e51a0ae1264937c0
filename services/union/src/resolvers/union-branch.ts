import type { UnionBranchRow } from '../entities';

export const UnionBranch = {
  district: (b: UnionBranchRow) => (b.districtCode ? { __typename: 'District', code: b.districtCode } : null),
};
