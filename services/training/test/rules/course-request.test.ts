import { newId } from '@nef/kit';
import { errorCodesOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { CourseRequest } from '../../src/entities';
import { OPEN_DEMAND_SQL, checkCourseRequest, demandKey, isOpenDemand, normaliseTopic } from '../../src/rules/course-request';
import { service } from '../../src/server';

describe('course requests', () => {
  it('treats case, spacing and full-width letters as the same topic', () => {
    const a = normaliseTopic('  Python   入门 ');
    const b = normaliseTopic('ｐｙｔｈｏｎ 入门');
    expect(a).toEqual({ display: 'Python 入门', key: 'python 入门' });
    expect(b.key).toBe(a.key);
    expect(demandKey('110105', 'SKILLS', a.key)).toBe('110105|SKILLS|python 入门');
  });
  it('checks a request: the topic as shown, the district, and the key it joins', () => {
    expect(checkCourseRequest({ topic: '  Python   入门 ', category: 'SKILLS', districtCode: ' 110105 ' })).toEqual({
      topic: 'Python 入门',
      category: 'SKILLS',
      districtCode: '110105',
      openKey: '110105|SKILLS|python 入门',
    });
    expect(errorCodesOf(() => checkCourseRequest({ topic: '  ', category: 'SKILLS', districtCode: '110105' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodesOf(() => checkCourseRequest({ topic: '𠀀'.repeat(101), category: 'SKILLS', districtCode: '110105' }))).toEqual(['BAD_USER_INPUT']);
    expect(checkCourseRequest({ topic: '𠀀'.repeat(100), category: 'SKILLS', districtCode: '110105' }).topic).toHaveLength(200);
    expect(errorCodesOf(() => checkCourseRequest({ topic: '电工', category: 'SKILLS', districtCode: 'Chaoyang' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('is open demand from the threshold on, until fulfilled', () => {
    expect(isOpenDemand(9, 10, false)).toBe(false);
    expect(isOpenDemand(10, 10, false)).toBe(true);
    expect(isOpenDemand(25, 10, true)).toBe(false);
  });
});

describe('open demand in SQL', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(service);
  });
  afterAll(() => sg.stop());

  it('selects exactly the requests isOpenDemand calls open, and NOT selects the rest', async () => {
    const threshold = 10;
    const now = new Date('2026-03-01T12:00:00Z');
    const expected = new Map<string, boolean>();
    for (const requests of [1, 9, 10, 11, 30]) {
      for (const fulfilled of [false, true]) {
        const id = newId();
        await sg.db.manager.insert(CourseRequest, {
          id,
          topic: `话题 ${requests} ${fulfilled}`,
          category: 'SKILLS',
          districtCode: '110105',
          openKey: fulfilled ? null : `110105|SKILLS|${id}`,
          requests,
          openedAt: requests >= threshold ? now : null,
          fulfilledByCourseId: fulfilled ? newId() : null,
          fulfilledAt: fulfilled ? now : null,
          createdAt: now,
          updatedAt: now,
        });
        expected.set(id, isOpenDemand(requests, threshold, fulfilled));
      }
    }
    const ids = async (where: string) =>
      (await sg.db.manager.createQueryBuilder(CourseRequest, 'r').select('r.id', 'id').where(where, { threshold }).getRawMany<{ id: string }>())
        .map((r) => r.id)
        .sort();
    const open = [...expected].filter(([, o]) => o).map(([id]) => id).sort();
    const rest = [...expected].filter(([, o]) => !o).map(([id]) => id).sort();
    expect(open).toHaveLength(3);
    expect(await ids(OPEN_DEMAND_SQL)).toEqual(open);
    expect(await ids(`NOT (${OPEN_DEMAND_SQL})`)).toEqual(rest);
  });
});
