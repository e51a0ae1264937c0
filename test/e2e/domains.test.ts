import { nameId } from '@nef/kit';
import { gql } from 'graphql-request';
import { codesOf, startStack, type Stack, STARTUP_TIMEOUT_MS } from '../support/stack';

const WANG_QIANG = nameId('demo:worker:wang-qiang'); // MEITUAN mt-10001, union member
const WANGJING = nameId('demo:station:cy-wangjing');

/** What only shows when the four subgraphs meet at the gateway. */
describe('the domains through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, STARTUP_TIMEOUT_MS);
  afterAll(() => stack?.stop());

  it('resolves the subsidy through @requires: union membership decides training’s answer', async () => {
    const q = gql`{ actingWorker { isUnionMember subsidyAvailableCents } }`;
    const member: any = await stack.client('demo-meituan', 'mt-10001').request(q);
    expect(member.actingWorker.isUnionMember).toBe(true);
    expect(member.actingWorker.subsidyAvailableCents).toBeGreaterThan(0);
    const nonMember: any = await stack.client('demo-eleme', 'ele-20001').request(q);
    expect(nonMember.actingWorker).toEqual({ isUnionMember: false, subsidyAvailableCents: 0 });
  });

  it('shows a station with what three subgraphs say about it: visit count, upcoming classes, rewards', async () => {
    const data: any = await stack.client().request(
      gql`query($id: ID!) { station(id: $id) { name visitCount upcomingSessions { course { title } startsAt } rewards { title costPoints } } }`,
      { id: WANGJING },
    );
    expect(data.station.name).toBe('望京骑手之家');
    expect(data.station.upcomingSessions.map((s: any) => s.course.title)).toContain('电动自行车安全骑行');
    expect(data.station.rewards.map((r: any) => r.title)).toContain('理发一次');
    expect(data.station.visitCount).toBeGreaterThan(0);
  });

  it('answers a district dashboard across all four subgraphs, for the districts of the key only', async () => {
    const q = gql`query($code: ID!) { district(code: $code) { name
      stationMetrics { stations open24h }
      unionMetrics { members }
      trainingMetrics { courses enrollments }
      governanceMetrics { reports byCategory { key count } } } }`;
    const chaoyang: any = await stack.client('demo-chaoyang-dashboard').request(q, { code: '110105' });
    expect(chaoyang.district.name).toBe('朝阳区');
    expect(chaoyang.district.stationMetrics.stations).toBeGreaterThan(0);
    expect(chaoyang.district.unionMetrics.members).toBeGreaterThan(0);
    expect(chaoyang.district.trainingMetrics.courses).toBeGreaterThan(0);
    expect(chaoyang.district.governanceMetrics.reports).toBeGreaterThan(0);
    const haidian = await codesOf(stack.client('demo-chaoyang-dashboard').request(q, { code: '110108' }));
    expect(new Set(haidian)).toEqual(new Set(['FORBIDDEN']));
    expect(new Set(await codesOf(stack.client().request(q, { code: '110105' })))).toEqual(new Set(['FORBIDDEN']));
  });

  it('serves the public station layer as GeoJSON from the gateway', async () => {
    const res = await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/stations.geojson?district=110105&amenity=MICROWAVE'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/geo\+json/);
    const layer: any = await res.json();
    expect(layer.type).toBe('FeatureCollection');
    expect(layer.features.length).toBeGreaterThan(0);
    for (const f of layer.features) {
      expect(f.properties.amenities).toContain('MICROWAVE');
      const [lng, lat] = f.geometry.coordinates;
      expect(lat).toBeGreaterThan(39);
      expect(lng).toBeGreaterThan(116);
    }
    expect((await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/stations.geojson?kind=SPACESHIP'))).status).toBe(400);
  });

  describe('audit of personal data read at full precision', () => {
    const auditOf = async (service: 'union' | 'stations' | 'governance', subjectId: string) =>
      ((await stack.client('demo-admin').request(
        gql`query($s: ID) { ${service}AuditLog(subjectId: $s, first: 50) { totalCount edges { node { role keyId field subjectType subjectId actingWorkerId } } } }`,
        { s: subjectId },
      )) as any)[`${service}AuditLog`];

    it('logs a whole phone read by a union operator, and not a masked one', async () => {
      const before = (await auditOf('union', WANG_QIANG)).totalCount;
      await stack.client('demo-meituan').request(gql`query($id: ID!) { worker(id: $id) { phone } }`, { id: WANG_QIANG });
      expect((await auditOf('union', WANG_QIANG)).totalCount).toBe(before);
      await stack.client('demo-union-operator').request(gql`query($id: ID!) { worker(id: $id) { phone } }`, { id: WANG_QIANG });
      const log = await auditOf('union', WANG_QIANG);
      expect(log.totalCount).toBe(before + 1);
      expect(log.edges[0].node).toEqual({ role: 'operator', keyId: 'demo-union-operator', field: 'Worker.phone', subjectType: 'Worker', subjectId: WANG_QIANG, actingWorkerId: null });
    });

    it('logs visits read by the acting partner, with the worker it acted for', async () => {
      await stack.client('demo-meituan', 'mt-10001').request(gql`{ actingWorker { stationVisits { at station { name } } } }`);
      const log = await auditOf('stations', WANG_QIANG);
      expect(log.edges[0].node).toMatchObject({ role: 'partner', keyId: 'demo-meituan', field: 'Worker.stationVisits', actingWorkerId: WANG_QIANG });
    });

    it('logs reporters and assistance cases shown to operators', async () => {
      const reports: any = await stack.client('demo-governance-operator').request(gql`{ reports(first: 1) { edges { node { id reporter { id } } } } }`);
      const reportId = reports.reports.edges[0].node.id;
      expect((await auditOf('governance', reportId)).edges[0].node).toMatchObject({ field: 'Report.reporter', subjectType: 'Report' });
      const cases: any = await stack.client('demo-union-operator').request(gql`{ assistanceCases(first: 1) { id summary } }`);
      expect((await auditOf('union', cases.assistanceCases[0].id)).edges[0].node).toMatchObject({ field: 'AssistanceCase.summary' });
    });

    it('is for admins only', async () => {
      expect(await codesOf(stack.client('demo-union-operator').request(gql`{ unionAuditLog { totalCount } }`))).toEqual(['FORBIDDEN']);
      expect(await codesOf(stack.client().request(gql`{ stationsAuditLog { totalCount } }`))).toEqual(['FORBIDDEN']);
    });
  });
});
