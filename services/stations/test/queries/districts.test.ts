import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';

describe('the district catalogue', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(service);
  });
  afterAll(() => sg.stop());

  describe('Query.districts and Query.district', () => {
    it('lists Beijing’s 16 districts with their GB/T 2260 codes', async () => {
      const { districts } = dataOf(await sg.query(`{ districts(city: "北京市") { code name nameEn } }`));
      expect(districts).toHaveLength(16);
      expect(districts).toContainEqual({ code: '110105', name: '朝阳区', nameEn: 'Chaoyang' });
      expect(districts).toContainEqual({ code: '110119', name: '延庆区', nameEn: 'Yanqing' });
    });

    it('answers null for a code that is not in the catalogue', async () => {
      expect(dataOf(await sg.query(`{ district(code: "999999") { name } }`)).district).toBeNull();
    });
  });

  describe('Query.districts(first)', () => {
    const DISTRICTS = `query($first: Int) { districts(city: "北京市", first: $first) { code } }`;

    it('returns at most first districts, in code order', async () => {
      const all = dataOf(await sg.query(DISTRICTS, {})).districts.map((d: any) => d.code);
      expect(all).toHaveLength(16);
      const five = dataOf(await sg.query(DISTRICTS, { first: 5 })).districts.map((d: any) => d.code);
      expect(five).toEqual(all.slice(0, 5));
      expect(dataOf(await sg.query(DISTRICTS, { first: 0 })).districts).toEqual([]);
    });

    it('refuses first above 100 or below 0', async () => {
      expect(errorCodes(await sg.query(DISTRICTS, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await sg.query(DISTRICTS, { first: -1 }))).toEqual(['BAD_USER_INPUT']);
    });
  });
});
