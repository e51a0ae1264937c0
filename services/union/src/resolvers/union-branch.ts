import type { UnionBranchResolvers } from '../generated/resolvers';

export const UnionBranch: UnionBranchResolvers = {
  district: (b) => (b.districtCode ? { __typename: 'District', code: b.districtCode } : null),
};
