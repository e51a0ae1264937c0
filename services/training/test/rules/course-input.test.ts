import { checkCourseInput, checkSessionInput, type CreateCourseInput } from '../../src/rules/course-input';

const valid: CreateCourseInput = {
  title: '  电动自行车安全骑行 ',
  category: 'SAFETY',
  mode: 'OFFLINE',
  provider: '朝阳区总工会',
  districtCode: '110105',
  minLearners: 10,
  capacity: 30,
  subsidyCents: 0,
  priceCents: 0,
};
const fields = (input: Partial<CreateCourseInput>) => checkCourseInput({ ...valid, ...input }).problems.map((p) => p.field);

describe('checkCourseInput', () => {
  it('trims text and turns blank optional text into null', () => {
    const { draft, problems } = checkCourseInput({ ...valid, description: '   ', certificateName: ' 证书 ' });
    expect(problems).toEqual([]);
    expect(draft).toMatchObject({ title: '电动自行车安全骑行', description: null, certificateName: '证书', requiredSessions: null });
  });

  it('counts characters, not UTF-16 units, against the 200-character title limit', () => {
    expect(fields({ title: '骑'.repeat(200) })).toEqual([]);
    expect(fields({ title: '𠀀'.repeat(200) })).toEqual([]);
    expect(fields({ title: '骑'.repeat(201) })).toEqual(['title']);
    expect(fields({ title: '   ' })).toEqual(['title']);
  });

  it('reports every problem at once', () => {
    expect(fields({ provider: '', minLearners: 0, subsidyCents: -1, priceCents: -1, districtCode: 'x' }).sort()).toEqual(
      ['districtCode', 'minLearners', 'priceCents', 'provider', 'subsidyCents'].sort(),
    );
  });

  it('holds capacity between minLearners and 10000', () => {
    expect(fields({ minLearners: 5, capacity: 5 })).toEqual([]);
    expect(fields({ minLearners: 5, capacity: 4 })).toEqual(['capacity']);
    expect(fields({ capacity: 10_000 })).toEqual([]);
    expect(fields({ capacity: 10_001 })).toEqual(['capacity']);
  });
});

describe('checkSessionInput: where a session meets follows the course mode', () => {
  const startsAt = new Date('2026-12-01T12:00:00Z');
  const endsAt = new Date('2026-12-01T13:30:00Z');
  const problems = (mode: 'OFFLINE' | 'ONLINE' | 'HYBRID', place: { stationId?: string; onlineUrl?: string }, times = { startsAt, endsAt }) =>
    checkSessionInput(mode, { ...times, ...place }).problems.map((p) => p.field);

  it('refuses a session that does not end after it starts', () => {
    expect(problems('OFFLINE', { stationId: 's1' }, { startsAt, endsAt: startsAt })).toEqual(['endsAt']);
  });

  it('puts OFFLINE sessions at a station and ONLINE ones at an http(s) URL', () => {
    expect(problems('OFFLINE', { stationId: 's1' })).toEqual([]);
    expect(problems('OFFLINE', {})).toEqual(['stationId']);
    expect(problems('ONLINE', { onlineUrl: 'https://ketang.example.org/live/1' })).toEqual([]);
    expect(problems('ONLINE', {})).toEqual(['onlineUrl']);
    expect(problems('ONLINE', { onlineUrl: 'ftp://ketang.example.org/1' })).toEqual(['onlineUrl']);
    expect(problems('ONLINE', { onlineUrl: 'javascript:alert(1)' })).toEqual(['onlineUrl']);
    expect(problems('ONLINE', { onlineUrl: 'not a url' })).toEqual(['onlineUrl']);
  });

  it('lets HYBRID sessions use a station, a URL or both, but not neither', () => {
    expect(problems('HYBRID', { stationId: 's1' })).toEqual([]);
    expect(problems('HYBRID', { onlineUrl: 'http://ketang.example.org/1' })).toEqual([]);
    expect(problems('HYBRID', { stationId: 's1', onlineUrl: 'https://ketang.example.org/1' })).toEqual([]);
    expect(problems('HYBRID', {})).toEqual(['stationId']);
  });

  it('refuses a place the mode rules out', () => {
    expect(problems('OFFLINE', { stationId: 's1', onlineUrl: 'https://ketang.example.org/1' })).toEqual(['onlineUrl']);
    expect(problems('ONLINE', { stationId: 's1', onlineUrl: 'https://ketang.example.org/1' })).toEqual(['stationId']);
  });
});
