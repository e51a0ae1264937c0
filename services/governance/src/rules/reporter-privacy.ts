import { forbidden, isAdmin, isOperatorOf, type Principal } from '@nef/kit/rules';
import type { ReportRow } from '../entities';

type ReportFacts = Pick<ReportRow, 'reporterId' | 'reporterPlatform' | 'districtCode'>;

/**
 * Who may learn who filed a report. Reports are public (category, place, status, dates), the
 * reporter is not: reporting a neighbour's hazard must not expose the reporter to retaliation.
 * Admins, governance operators (within their districts), the partner platform the report came
 * through, and the partner acting for the reporter may see it.
 */
export function canSeeReporter(p: Principal, report: ReportFacts): boolean {
  if (isAdmin(p) || isOperatorOf(p, 'governance', report.districtCode)) return true;
  if (p.role !== 'partner') return false;
  if (report.reporterPlatform !== null && p.platform === report.reporterPlatform) return true;
  return p.workerId !== undefined && p.workerId === report.reporterId;
}

export function requireReporterVisible(p: Principal, report: ReportFacts): void {
  if (!canSeeReporter(p, report)) {
    throw forbidden(
      p.role === 'partner'
        ? 'partners see the reporter only of reports submitted through their platform'
        : 'the reporter of a report is visible only to governance operators, admins and the submitting platform',
    );
  }
}
