/** Where a new enrolment lands: a seat while any is free, the waitlist after that. */
export type SeatDecision = 'ENROLLED' | 'WAITLISTED';

/**
 * Decides the seat for one more learner, given how many hold a seat now. The caller must hold
 * the course's lock while counting and inserting, or two calls could both take the last seat.
 */
export function seatFor(enrolled: number, capacity: number): SeatDecision {
  return enrolled < capacity ? 'ENROLLED' : 'WAITLISTED';
}

/**
 * Who of those who asked for a class gets a seat when a course opens from their request: the
 * first `capacity` in the order they asked; the others wait in that same order.
 */
export function seatAskers<T>(askersInOrder: readonly T[], capacity: number): { seated: T[]; waitlisted: T[] } {
  const n = Math.max(0, capacity);
  return { seated: askersInOrder.slice(0, n), waitlisted: askersInOrder.slice(n) };
}
