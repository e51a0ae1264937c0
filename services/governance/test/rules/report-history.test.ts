import { impliedHistory } from '../../src/rules/report-history';

const at = (h: number) => new Date(Date.UTC(2026, 10, 1, h));
const base = { submittedAt: at(1), reviewedAt: null, resolvedAt: null, externalRef: null };

describe('the history a report’s columns tell', () => {
  const steps = (r: Parameters<typeof impliedHistory>[0]) => impliedHistory(r).map((l) => [l.status, l.at]);

  it('follows each status back to the submission', () => {
    expect(steps({ ...base, status: 'SUBMITTED' })).toEqual([['SUBMITTED', at(1)]]);
    expect(steps({ ...base, status: 'REJECTED', reviewedAt: at(2) })).toEqual([['SUBMITTED', at(1)], ['REJECTED', at(2)]]);
    expect(steps({ ...base, status: 'DUPLICATE', reviewedAt: at(2) })).toEqual([['SUBMITTED', at(1)], ['DUPLICATE', at(2)]]);
    expect(steps({ ...base, status: 'DISPATCHED', reviewedAt: at(2), externalRef: '12345' })).toEqual([
      ['SUBMITTED', at(1)],
      ['ACCEPTED', at(2)],
      ['DISPATCHED', null],
    ]);
  });

  it('shows a dispatch before resolution only when the report had a ticket', () => {
    expect(steps({ ...base, status: 'RESOLVED', reviewedAt: at(2), resolvedAt: at(5) })).toEqual([
      ['SUBMITTED', at(1)],
      ['ACCEPTED', at(2)],
      ['RESOLVED', at(5)],
    ]);
    expect(steps({ ...base, status: 'RESOLVED', reviewedAt: at(2), resolvedAt: at(5), externalRef: '12345' })).toEqual([
      ['SUBMITTED', at(1)],
      ['ACCEPTED', at(2)],
      ['DISPATCHED', null],
      ['RESOLVED', at(5)],
    ]);
    expect(impliedHistory({ ...base, status: 'RESOLVED', reviewedAt: at(2), resolvedAt: at(5) }).every((l) => l.kind === 'STATUS_CHANGE' && l.publicNote === null)).toBe(true);
  });
});
