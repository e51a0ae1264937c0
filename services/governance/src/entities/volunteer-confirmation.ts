import { EntitySchema } from 'typeorm';

/**
 * A rollup of the district metrics (see src/migrations/rollups.ts), kept in the same transaction
 * as every write that changes it. Days and months are Beijing calendar days ('YYYY-MM-DD') and
 * months ('YYYY-MM'): a period's whole months, then its remaining whole days, are read from the
 * rollups, and only the partial days at its ends from the rows themselves.
 */

/**
 * One confirmed attendance, under its activity's district, linked to the same worker's previous
 * confirmation in that district (in (confirmedAt, participationId) order). The first confirmation
 * of a worker within a period is the one whose previous one lies before the period, so counting
 * those counts the distinct workers without collecting them.
 */
export interface VolunteerConfirmationRow {
  participationId: string;
  districtCode: string;
  workerId: string;
  confirmedAt: Date;
  previousAt: Date | null;
  points: number;
}

export const VolunteerConfirmation = new EntitySchema<VolunteerConfirmationRow>({
  name: 'VolunteerConfirmation',
  tableName: 'volunteer_confirmations',
  columns: {
    participationId: { name: 'participation_id', type: 'varchar', length: 36, primary: true },
    districtCode: { name: 'district_code', type: 'varchar', length: 12 },
    workerId: { name: 'worker_id', type: 'varchar', length: 36 },
    confirmedAt: { name: 'confirmed_at', type: 'datetime', precision: 3 },
    previousAt: { name: 'previous_at', type: 'datetime', precision: 3, nullable: true },
    points: { type: 'int' },
  },
});
