import { newId } from '@nef/kit';
import { errorCodesOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { VolunteerActivity, type VolunteerActivityRow } from '../../src/entities';
import { hasStarted, requireConfirmable, requireSignUpOpen, UPCOMING_ACTIVITY_SQL } from '../../src/rules/volunteer-activity';
import { service } from '../support';

const now = new Date('2026-11-22T04:00:00.500Z');
const activity = (startsInMs: number, over: Partial<VolunteerActivityRow> = {}): VolunteerActivityRow => ({
  id: newId(),
  title: '消防巡查',
  communityId: null,
  districtCode: '110109',
  startsAt: new Date(now.getTime() + startsInMs),
  hours: 2,
  pointsPerParticipant: 5,
  capacity: 2,
  participants: 0,
  createdAt: new Date(now.getTime() - 86_400_000),
  ...over,
});

describe('when an activity has started', () => {
  it('closes sign-up and opens confirmation at its start time', () => {
    expect(hasStarted(activity(1), now)).toBe(false);
    expect(hasStarted(activity(0), now)).toBe(true);
    expect(errorCodesOf(() => requireSignUpOpen(activity(1), now))).toEqual([]);
    expect(errorCodesOf(() => requireSignUpOpen(activity(0), now))).toEqual(['CONFLICT']);
    expect(errorCodesOf(() => requireSignUpOpen(activity(1, { participants: 2 }), now))).toEqual(['CONFLICT']);
    expect(errorCodesOf(() => requireConfirmable(activity(1), now))).toEqual(['CONFLICT']);
    expect(errorCodesOf(() => requireConfirmable(activity(0), now))).toEqual([]);
  });
});

describe('upcoming activities in SQL', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(service);
  });
  afterAll(() => sg?.stop());

  it('selects exactly the activities that have not started', async () => {
    const rows = [-86_400_000, -1, 0, 1, 86_400_000].map((ms) => activity(ms));
    await sg.db.transaction((em) => em.insert(VolunteerActivity, rows));
    const selected = await sg.db.manager
      .createQueryBuilder(VolunteerActivity, 'a')
      .where('a.districtCode = :d', { d: '110109' })
      .andWhere(UPCOMING_ACTIVITY_SQL, { now })
      .getMany();
    expect(selected.map((a) => a.id).sort()).toEqual(rows.filter((a) => !hasStarted(a, now)).map((a) => a.id).sort());
    expect(selected).toHaveLength(2);
  });
});
