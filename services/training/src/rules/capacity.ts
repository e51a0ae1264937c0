/** Where a new enrolment lands: a seat while any is free, the waitlist after that. */
export type SeatDecision = 'ENROLLED' | 'WAITLISTED';

/**
 * Decides the seat for one more learner, given how many hold a seat now. The caller must hold
 * the course's lock while counting and inserting, or two calls could both take the last seat.
 */
export function seatFor(enrolled: number, capacity: number): SeatDecision {
  return enrolled < capacity ? 'ENROLLED' : 'WAITLISTED';
}
