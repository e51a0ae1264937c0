import type { StationRow } from '../entities/station';
import { isOpenAt } from './hours';

/**
 * Whether a station is open at an instant: only an ACTIVE station can be, and then its hours
 * decide. Station.isOpen and the openAt filter both use this, so they always agree.
 */
export function isStationOpen(s: Pick<StationRow, 'status' | 'open24h' | 'openingHours' | 'openingExceptions'>, at: Date): boolean {
  return s.status === 'ACTIVE' && isOpenAt(s, at);
}
