export const MEMBERSHIP_STATUSES = ['ACTIVE', 'LAPSED', 'WITHDRAWN'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/**
 * ACTIVE lapses (dues not renewed) or is withdrawn; a LAPSED member renews by joining again
 * or withdraws; a WITHDRAWN member may join again. WITHDRAWN never becomes LAPSED.
 */
export const MEMBERSHIP_MOVES: Record<MembershipStatus, readonly MembershipStatus[]> = {
  ACTIVE: ['LAPSED', 'WITHDRAWN'],
  LAPSED: ['ACTIVE', 'WITHDRAWN'],
  WITHDRAWN: ['ACTIVE'],
};

/**
 * Who counts as a union member (Worker.isUnionMember, the workers filter `member`, the
 * district metrics): a membership in this status. SQL compares with it as a parameter.
 */
export const MEMBER_STATUS = 'ACTIVE' satisfies MembershipStatus;

export function isMember(membership: { status: string } | null | undefined): boolean {
  return membership?.status === MEMBER_STATUS;
}

/** The reason a re-join writes in the history, by the status it leaves. */
export function rejoinReason(from: 'LAPSED' | 'WITHDRAWN'): string {
  return from === 'WITHDRAWN' ? 'joined again after withdrawal' : 'renewed after lapse';
}

/** A withdrawn member gave the card up, so joining again issues a new one; renewing a lapsed membership keeps it. */
export function keepsCardOnRejoin(from: 'LAPSED' | 'WITHDRAWN'): boolean {
  return from === 'LAPSED';
}
