export const MEASURE_STATUSES = ['AGREED', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/**
 * A measure is worked on, done or dropped. DONE may be reopened (IN_PROGRESS) when the
 * follow-up finds it was not really done; a DROPPED measure may be reinstated (AGREED).
 */
export const MEASURE_MOVES: Record<MeasureStatus, readonly MeasureStatus[]> = {
  AGREED: ['IN_PROGRESS', 'DONE', 'DROPPED'],
  IN_PROGRESS: ['DONE', 'DROPPED'],
  DONE: ['IN_PROGRESS'],
  DROPPED: ['AGREED'],
};
