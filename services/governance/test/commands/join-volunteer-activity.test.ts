import { newId } from '@nef/kit';
import { errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Participation, VolunteerActivity } from '../../src/entities';
import { as, JOIN, N, outcome, service, volunteeringOn } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const { activity, startNow } = volunteeringOn(() => sg);

describe('volunteer activities', () => {
  it('take sign-ups up to capacity, never over it when 20 workers race', async () => {
    const id = await activity({ capacity: 5 });
    const workers = N(20).map(() => newId());
    const results = await Promise.all(workers.map((w) => sg.query(JOIN, { a: id }, as.partner('MEITUAN', w))));
    expect(results.filter((r) => outcome(r) === 'ok')).toHaveLength(5);
    const full = results.filter((r) => outcome(r) !== 'ok');
    expect(full.map(outcome)).toEqual(Array(15).fill('CONFLICT'));
    expect(full[0]!.errors![0]!.message).toMatch(/full/);
    expect(await sg.db.manager.count(Participation, { where: { activityId: id } })).toBe(5);
    expect((await sg.db.manager.findOneByOrFail(VolunteerActivity, { id })).participants).toBe(5);
  });

  it('count a worker once however often they sign up, also concurrently', async () => {
    const id = await activity({ capacity: 5 });
    const worker = newId();
    const results = await Promise.all(N(10).map(() => sg.query(JOIN, { a: id }, as.partner('MEITUAN', worker))));
    expect(results.map(outcome)).toEqual(Array(10).fill('ok'));
    expect((await sg.db.manager.findOneByOrFail(VolunteerActivity, { id })).participants).toBe(1);
  });

  it('close sign-up once started', async () => {
    const id = await activity();
    await startNow(id);
    expect(errorCodes(await sg.query(JOIN, { a: id }, as.partner('MEITUAN', newId())))).toEqual(['CONFLICT']);
  });
});
