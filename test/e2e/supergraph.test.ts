import { generatePrincipalKeyPair, nameId, signPrincipal } from '@nef/kit';
import { gql } from 'graphql-request';
import { codesOf, gatewaySigned, registerWithConsent, startStack, type Stack, STARTUP_TIMEOUT_MS } from '../support/stack';

const WANG_QIANG = nameId('demo:worker:wang-qiang'); // MEITUAN mt-10001
const LI_NA = nameId('demo:worker:li-na'); // ELEME ele-20001

const BENEFITS = gql`
  query Benefits($near: GeoPointInput!) {
    actingWorker {
      id
      name
      phone
      isUnionMember
      membership { memberNo status branch { name } }
      enrollments { status course { title status } }
      pointsBalance
      reports { category status }
    }
    stationsNear(near: $near, radiusMeters: 3000, filter: { amenities: [MICROWAVE] }) {
      distanceMeters
      station { name amenities district { name } }
    }
  }
`;

describe('the supergraph through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, STARTUP_TIMEOUT_MS);
  afterAll(() => stack?.stop());

  it('answers one query across all four subgraphs for the worker a partner acts for', async () => {
    const data: any = await stack.client('demo-meituan', 'mt-10001').request(BENEFITS, { near: { lat: 39.9334, lng: 116.4545 } });
    const w = data.actingWorker;
    expect(w).toMatchObject({ id: WANG_QIANG, name: '王强', phone: '138****8001', isUnionMember: true });
    expect(w.membership).toMatchObject({ status: 'ACTIVE', branch: { name: '朝阳区总工会' } });
    expect(w.membership.memberNo).toMatch(/\S+/);
    expect(w.enrollments.map((e: any) => e.course.title)).toContain('电动自行车安全骑行');
    expect(w.pointsBalance).toBeGreaterThan(0);
    expect(w.reports.length).toBeGreaterThan(0);
    expect(data.stationsNear[0]).toMatchObject({ distanceMeters: 0, station: { name: '三里屯暖心驿站', district: { name: '朝阳区' } } });
    expect(data.stationsNear.every((n: any) => n.station.amenities.includes('MICROWAVE') && n.distanceMeters <= 3000)).toBe(true);
  });

  it('lets a partner register a worker and act for it at once: join the union, enrol, report', async () => {
    const partner = stack.client('demo-meituan');
    // Registering takes the worker's consent: the code sent to the phone, given back through the platform.
    const workerId = await registerWithConsent(stack, 'demo-meituan', {
      name: '孙悦',
      phone: '13512345678',
      occupation: 'FOOD_DELIVERY',
      districtCode: '110105',
      platformExternalId: 'mt-e2e-1',
    });
    const reg: any = await partner.request(gql`query($id: ID!) { worker(id: $id) { id phone platformAccounts { platform { code } externalId } } }`, { id: workerId });
    expect(reg.worker).toMatchObject({ phone: '135****5678', platformAccounts: [{ platform: { code: 'MEITUAN' }, externalId: 'mt-e2e-1' }] });

    const acting = stack.client('demo-meituan', 'mt-e2e-1');
    const { unionBranches }: any = await acting.request(gql`{ unionBranches(district: "110105") { id level } }`);
    const branch = unionBranches.find((b: any) => b.level === 'DISTRICT');
    const joined: any = await acting.request(gql`mutation($b: ID!) { joinUnion(branchId: $b, channel: PLATFORM_REFERRAL) { memberNo status } }`, { b: branch.id });
    expect(joined.joinUnion.status).toBe('ACTIVE');

    const { courses }: any = await acting.request(gql`{ courses(first: 100) { edges { node { id title status } } } }`);
    const course = courses.edges.map((e: any) => e.node).find((c: any) => c.status !== 'CANCELLED');
    const enrolled: any = await acting.request(gql`mutation($c: ID!) { enroll(courseId: $c) { status worker { id } course { id } } }`, { c: course.id });
    expect(enrolled.enroll).toMatchObject({ status: 'ENROLLED', worker: { id: workerId }, course: { id: course.id } });

    const report: any = await acting.request(
      gql`mutation($input: SubmitReportInput!) { submitReport(input: $input) { id status reporter { id } } }`,
      { input: { category: 'BLOCKED_FIRE_EXIT', description: '楼道消防通道被杂物堵塞', location: { lat: 39.92, lng: 116.46 }, districtCode: '110105', idempotencyKey: 'e2e-1' } },
    );
    expect(report.submitReport).toMatchObject({ status: 'SUBMITTED', reporter: { id: workerId } });

    const me: any = await acting.request(gql`{ actingWorker { isUnionMember enrollments { course { id } } reports { id } } }`);
    expect(me.actingWorker).toEqual({
      isUnionMember: true,
      enrollments: [{ course: { id: course.id } }],
      reports: [{ id: report.submitReport.id }],
    });
  });

  describe('a partner cannot reach another platform’s worker', () => {
    it('cannot act for an account on another platform', async () => {
      expect(await codesOf(stack.client('demo-eleme', 'mt-10001').request(gql`{ actingWorker { id } }`))).toEqual(['FORBIDDEN']);
    });

    it('cannot read the worker by id, nor through nested fields of other subgraphs', async () => {
      const meituan = stack.client('demo-meituan', 'mt-10001');
      expect(await codesOf(meituan.request(gql`query($id: ID!) { worker(id: $id) { name } }`, { id: LI_NA }))).toEqual(['FORBIDDEN']);
      const nested = await codesOf(meituan.request(gql`query($id: ID!) { worker(id: $id) { enrollments { id } pointsBalance } }`, { id: LI_NA }));
      expect(nested.length).toBeGreaterThan(0);
      expect(new Set(nested)).toEqual(new Set(['FORBIDDEN']));
    });

    it('cannot look up accounts on another platform', async () => {
      const eleme = stack.client('demo-eleme');
      expect(await codesOf(eleme.request(gql`{ workerByPlatformAccount(platform: "MEITUAN", externalId: "mt-10001") { id } }`))).toEqual(['FORBIDDEN']);
    });

    it('cannot enrol or report for a worker other than the one it acts for', async () => {
      const meituan = stack.client('demo-meituan', 'mt-10001');
      const { courses }: any = await meituan.request(gql`{ courses(first: 1) { edges { node { id } } } }`);
      const courseId = courses.edges[0].node.id;
      expect(await codesOf(meituan.request(gql`mutation($c: ID!, $w: ID) { enroll(courseId: $c, workerId: $w) { id } }`, { c: courseId, w: LI_NA }))).toEqual(['FORBIDDEN']);
    });
  });

  describe('roles', () => {
    it('lets anyone read public data but not personal data', async () => {
      const anon = stack.client();
      const data: any = await anon.request(gql`{ stations(first: 3) { totalCount } courses(first: 3) { totalCount } reports(first: 3) { totalCount edges { node { category status } } } platforms { code } }`);
      expect(data.stations.totalCount).toBeGreaterThan(0);
      expect(data.courses.totalCount).toBeGreaterThan(0);
      expect(data.reports.totalCount).toBeGreaterThan(0);
      expect(await codesOf(anon.request(gql`query($id: ID!) { worker(id: $id) { name } }`, { id: WANG_QIANG }))).toEqual(['FORBIDDEN']);
      expect(await codesOf(anon.request(gql`{ reports(first: 1) { edges { node { reporter { id } } } } }`))).toEqual(['FORBIDDEN']);
    });

    it('gives dashboards no personal data', async () => {
      expect(await codesOf(stack.client('demo-dashboard').request(gql`query($id: ID!) { worker(id: $id) { name } }`, { id: WANG_QIANG }))).toEqual(['FORBIDDEN']);
    });

    it('shows phones whole to union operators and admins only', async () => {
      const q = gql`query($id: ID!) { worker(id: $id) { phone } }`;
      expect(((await stack.client('demo-union-operator').request(q, { id: WANG_QIANG })) as any).worker.phone).toBe('13800138001');
      expect(((await stack.client('demo-admin').request(q, { id: WANG_QIANG })) as any).worker.phone).toBe('13800138001');
      expect(((await stack.client('demo-meituan').request(q, { id: WANG_QIANG })) as any).worker.phone).toBe('138****8001');
    });

    it('refuses an unknown API key and a malformed Authorization header with UNAUTHENTICATED', async () => {
      expect(await codesOf(stack.client('not-a-key').request(gql`{ platforms { code } }`))).toEqual(['UNAUTHENTICATED']);
      const res = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Basic abc' },
        body: JSON.stringify({ query: '{ platforms { code } }' }),
      });
      expect(res.status).toBe(401);
    });

    it('refuses X-Acting-Worker from keys that are not partners', async () => {
      expect(await codesOf(stack.client('demo-admin', 'mt-10001').request(gql`{ platforms { code } }`))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('subgraphs are not a way around the gateway', () => {
    const post = (url: string, query: string, headers: Record<string, string> = {}) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

    it.each(['stations', 'union', 'training', 'governance'] as const)('%s refuses requests without a principal, _service and _entities included', async (name) => {
      for (const query of ['{ _service { sdl } }', '{ _entities(representations: [{ __typename: "Worker", id: "x" }]) { __typename } }']) {
        const res = await post(stack.subgraphUrls[name], query);
        expect(res.status).toBe(401);
        expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }
    });

    it('refuses a principal forged with another key, and accepts the gateway’s own', async () => {
      const body = JSON.stringify({ query: `query($id: ID!) { worker(id: $id) { phone } }`, variables: { id: WANG_QIANG } });
      // Another key under the key id the subgraph trusts.
      const forger = generatePrincipalKeyPair('test').signer;
      const forged = signPrincipal({ role: 'admin' }, forger, { audience: 'union', body });
      const res = await fetch(stack.subgraphUrls.union, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-nef-principal': forged },
        body,
      });
      expect(res.status).toBe(401);
      const genuine = await fetch(stack.subgraphUrls.union, { method: 'POST', headers: gatewaySigned({ role: 'admin' }, 'union', body), body });
      expect(((await genuine.json()) as any).data.worker.phone).toBe('13800138001');
    });
  });

  describe('operations endpoints', () => {
    it('serves liveness, readiness and Prometheus metrics on the gateway and each subgraph', async () => {
      const base = stack.gatewayUrl.replace(/\/graphql$/, '');
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      expect(await (await fetch(`${base}/metrics`)).text()).toMatch(/graphql_requests_total\{service="gateway"\} \d+/);
      const stations = stack.subgraphUrls.stations.replace(/\/graphql$/, '');
      expect((await fetch(`${stations}/readyz`)).status).toBe(200);
      const metrics = await (await fetch(`${stations}/metrics`)).text();
      const statements = Number(/sql_statements_total\{service="stations"\} (\d+)/.exec(metrics)?.[1]);
      expect(statements).toBeGreaterThan(0);
      expect(metrics).toMatch(/graphql_request_duration_seconds_bucket/);
    });

    it('counts errors by code in the metrics', async () => {
      await codesOf(stack.client().request(gql`{ stations(first: 500) { totalCount } }`));
      const base = stack.gatewayUrl.replace(/\/graphql$/, '');
      expect(await (await fetch(`${base}/metrics`)).text()).toMatch(/graphql_errors_total\{(?=[^}]*code="BAD_USER_INPUT")(?=[^}]*service="gateway")[^}]*\} [1-9]/);
    });
  });
});
