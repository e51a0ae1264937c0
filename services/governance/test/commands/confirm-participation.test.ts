import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Participation, PointsEntry, VolunteerConfirmation } from '../../src/entities';
import { chainConfirmations } from '../../src/rules/volunteer-confirmations';
import { as, chaoyangOp, CONFIRM, haidianOp, JOIN, N, service, volunteeringOn } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const { activity, startNow, balanceOf } = volunteeringOn(() => sg);

describe('volunteer activities', () => {
  it('pay the activity’s points once on confirmation, however often and concurrently it is confirmed', async () => {
    const id = await activity({ pointsPerParticipant: 8 });
    const worker = newId();
    dataOf(await sg.query(JOIN, { a: id, w: worker }, as.operator));
    expect(errorCodes(await sg.query(CONFIRM, { a: id, w: worker }, chaoyangOp))).toEqual(['CONFLICT']);
    await startNow(id);
    const results = await Promise.all(N(10).map(() => sg.query(CONFIRM, { a: id, w: worker }, chaoyangOp)));
    const entries = results.map((r) => dataOf(r).confirmParticipation);
    expect(new Set(entries.map((e) => e.id)).size).toBe(1);
    expect(entries[0]).toMatchObject({ delta: 8, reason: 'ACTIVITY', reference: id, balanceAfter: 8 });
    expect(await balanceOf(worker)).toBe(8);
    expect(await sg.db.manager.count(PointsEntry, { where: { workerId: worker } })).toBe(1);
    const p = await sg.db.manager.findOneByOrFail(Participation, { activityId: id, workerId: worker });
    expect(p.confirmedAt).toBeTruthy();
    expect(p.pointsAwarded).toBe(8);
  });

  it('confirm only signed-up workers, by operators of the district', async () => {
    const id = await activity();
    await startNow(id);
    expect(errorCodes(await sg.query(CONFIRM, { a: id, w: newId() }, chaoyangOp))).toEqual(['CONFLICT']);
    expect(errorCodes(await sg.query(CONFIRM, { a: id, w: newId() }, haidianOp))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(CONFIRM, { a: id, w: newId() }, as.partner('MEITUAN', newId())))).toEqual(['FORBIDDEN']);
  });
});

describe('confirmations of one worker at once', () => {
  it('link each to the one before, as if they had come one after another', async () => {
    const worker = newId();
    const ids = await Promise.all(N(12).map(() => activity({ pointsPerParticipant: 2 })));
    for (const id of ids) dataOf(await sg.query(JOIN, { a: id, w: worker }, as.operator));
    await Promise.all(ids.map(startNow));
    const results = await Promise.all(ids.map((a) => sg.query(CONFIRM, { a, w: worker }, chaoyangOp)));
    expect(results.map((r) => dataOf(r).confirmParticipation.delta)).toEqual(ids.map(() => 2));
    const rows = await sg.db.manager.find(VolunteerConfirmation, { where: { workerId: worker } });
    expect(rows).toHaveLength(12);
    expect(byId(rows)).toEqual(byId(chainConfirmations(rows)));
    expect(await balanceOf(worker)).toBe(24);
  });
});

const byId = <T extends { participationId: string }>(rows: T[]) => [...rows].sort((a, b) => (a.participationId < b.participationId ? -1 : 1));
