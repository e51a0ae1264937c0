import { badUserInput, requireCounty, requireText } from '@nef/kit/rules';

/** Highest first: the order branches are listed in. */
export const BRANCH_LEVELS = ['CITY', 'DISTRICT', 'SUBDISTRICT', 'ENTERPRISE'] as const;
export type BranchLevel = (typeof BRANCH_LEVELS)[number];

export interface UnionBranchInput {
  name: string;
  level: BranchLevel;
  districtCode?: string | null;
}

/** The district of a branch: every level below CITY belongs to one (a county of the national catalogue), a CITY branch to none. */
export function branchDistrict(level: BranchLevel, districtCode: string | null | undefined): string | null {
  const code = districtCode == null ? null : requireCounty('districtCode', districtCode);
  if (level === 'CITY' && code != null) {
    throw badUserInput('a CITY branch covers the whole city; leave districtCode out', { field: 'districtCode' });
  }
  if (level !== 'CITY' && code == null) {
    throw badUserInput(`a ${level} branch needs a districtCode`, { field: 'districtCode' });
  }
  return code;
}

/** A branch's name: 1 to 50 characters, trimmed. */
export function branchName(name: string): string {
  return requireText('name', name, { max: 50 });
}

/**
 * The listing order of branches in SQL over `alias`: by level (city first), then district
 * (city-wide ones, whose district is NULL, first on both engines), name and id. Names compare
 * by code point alike on both engines, whose collations here are binary.
 */
export function unionBranchOrderSql(alias: string): string[] {
  const rank = `CASE ${alias}.level ${BRANCH_LEVELS.map((level, i) => `WHEN '${level}' THEN ${i}`).join(' ')} ELSE ${BRANCH_LEVELS.length} END`;
  return [rank, `${alias}.district_code`, `${alias}.name`, `${alias}.id`];
}
