import type { EnrollmentStatus } from '../entities/enrollment';

/** What the waitlist needs to know about a waiting enrolment. */
export interface Waiting {
  id: string;
  enrolledAt: Date;
}

/** Waitlist order: who asked first goes first; the (time-ordered) id breaks ties. */
export function waitlistOrder(a: Waiting, b: Waiting): number {
  const byTime = a.enrolledAt.getTime() - b.enrolledAt.getTime();
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * `waitlistOrder` for SQL over the `enrollments` table: by `enrolled_at`, then by `id` in the
 * same direction (the shape the kit's `firstPerKeyLoader` takes). Rosters and a worker's
 * enrolments list in this order too: enrolment order is waitlist order.
 */
export const WAITLIST_ORDER = { column: 'enrolled_at', property: 'enrolledAt', direction: 'ASC' } as const;

/** `WAITLIST_ORDER` as an ORDER BY list over the `enrollments` columns. */
export const WAITLIST_ORDER_SQL = `${WAITLIST_ORDER.column} ${WAITLIST_ORDER.direction}, id ${WAITLIST_ORDER.direction}`;

/**
 * Who moves up from the waitlist: the first waitlisted, as many as there are free seats. The
 * caller holds the course's lock, so seats counted here are the seats there are.
 */
export function promotions<T extends Waiting>(enrolled: number, capacity: number, waitlist: readonly T[]): T[] {
  const free = Math.max(0, capacity - enrolled);
  return [...waitlist].sort(waitlistOrder).slice(0, free);
}

/**
 * What dropping an enrolment in this status does. Dropping is idempotent: a DROPPED enrolment
 * is returned as it is. A COMPLETED one cannot be dropped: the course was done and any
 * certificate issued stands.
 */
export function dropOutcome(status: EnrollmentStatus): 'FREE_SEAT' | 'LEAVE_WAITLIST' | 'ALREADY_DROPPED' | 'COMPLETED' {
  switch (status) {
    case 'ENROLLED':
      return 'FREE_SEAT';
    case 'WAITLISTED':
      return 'LEAVE_WAITLIST';
    case 'DROPPED':
      return 'ALREADY_DROPPED';
    case 'COMPLETED':
      return 'COMPLETED';
  }
}
