/** The contract's enum values, stored as they are in varchar columns. */

export const REPORT_CATEGORIES = [
  'EBIKE_INDOOR_CHARGING',
  'FIRE_HAZARD',
  'BLOCKED_FIRE_EXIT',
  'INFRASTRUCTURE',
  'SANITATION',
  'TRAFFIC_SAFETY',
  'PRODUCTION_SAFETY',
  'PUBLIC_ORDER',
  'OTHER',
] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

export const REPORT_STATUSES = ['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'RESOLVED', 'REJECTED', 'DUPLICATE'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Reports still waiting for the city: the ones a new report may duplicate. */
export const OPEN_STATUSES: readonly ReportStatus[] = ['SUBMITTED', 'ACCEPTED', 'DISPATCHED'];

export const POINTS_REASONS = ['REPORT_ACCEPTED', 'ACTIVITY', 'REDEMPTION', 'REDEMPTION_REFUND', 'ADJUSTMENT'] as const;
export type PointsReason = (typeof POINTS_REASONS)[number];

export const REVIEW_DECISIONS = ['ACCEPT', 'REJECT', 'DUPLICATE'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const ROLE_KINDS = [
  'DEPUTY_BUILDING_HEAD',
  'GRID_MEMBER',
  'NEW_SOCIAL_WORKER',
  'PATROL_VOLUNTEER',
  'COMMUNITY_REPRESENTATIVE',
] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

export const REDEMPTION_STATUSES = ['ISSUED', 'USED', 'CANCELLED'] as const;
export type RedemptionStatus = (typeof REDEMPTION_STATUSES)[number];
