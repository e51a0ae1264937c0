import type { VolunteerConfirmationRow } from '../entities';

/**
 * Links each worker's confirmed attendances in a district, in (confirmedAt, participationId)
 * order: each one's previousAt is the one before. A worker's first confirmation within a period
 * is then the one whose previous one lies before the period, so counting those counts distinct
 * volunteers without gathering them.
 */
export function chainConfirmations(rows: Omit<VolunteerConfirmationRow, 'previousAt'>[]): VolunteerConfirmationRow[] {
  const sorted = [...rows].sort(
    (a, b) =>
      (a.districtCode < b.districtCode ? -1 : a.districtCode > b.districtCode ? 1 : 0) ||
      (a.workerId < b.workerId ? -1 : a.workerId > b.workerId ? 1 : 0) ||
      a.confirmedAt.getTime() - b.confirmedAt.getTime() ||
      (a.participationId < b.participationId ? -1 : 1),
  );
  return sorted.map((row, i) => {
    const prev = sorted[i - 1];
    const linked = prev && prev.districtCode === row.districtCode && prev.workerId === row.workerId;
    return { ...row, previousAt: linked ? prev.confirmedAt : null };
  });
}

/**
 * The same order in SQL over volunteer_confirmations' columns, around one confirmation
 * (`:at`, `:id`): the ones before it, nearest first, and the ones after it, nearest first.
 * Recording a confirmation links it to the first of the former and relinks the first of the latter.
 */
export const CONFIRMATIONS_BEFORE_SQL = {
  where: '(confirmed_at < :at OR (confirmed_at = :at AND participation_id < :id))',
  order: [['confirmed_at', 'DESC'], ['participation_id', 'DESC']] as const,
};
export const CONFIRMATIONS_AFTER_SQL = {
  where: '(confirmed_at > :at OR (confirmed_at = :at AND participation_id > :id))',
  order: [['confirmed_at', 'ASC'], ['participation_id', 'ASC']] as const,
};
