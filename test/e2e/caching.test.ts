import { nameId } from '@nef/kit';
import { gatewaySigned, startStack, statementCounts, until, type Stack, STARTUP_TIMEOUT_MS } from '../support/stack';

const WANGJING = nameId('demo:station:cy-wangjing');
// No opening status here: it is kept only until its minute ends, which would make hits depend on the clock.
const NEAR = `query Near($near: GeoPointInput!) { stationsNear(near: $near, radiusMeters: 3000) { distanceMeters station { id name amenities } } }`;
const POINT = { lat: 39.98, lng: 116.47 };

async function send(stack: Stack, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
  return { status: res.status, cache: res.headers.get('x-nef-cache'), body };
}


describe('answers the gateway keeps', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, STARTUP_TIMEOUT_MS);
  afterAll(() => stack?.stop());

  it('serves a public station read again without asking the subgraph, until the station changes through the API', async () => {
    const first = await send(stack, NEAR, { near: POINT });
    expect(first.cache).toBe('miss');
    // Kept from its second asking: a query asked once (a rider's exact position) is not kept.
    expect((await send(stack, NEAR, { near: POINT })).cache).toBe('miss');
    const before = await statementCounts(stack);
    const again = await send(stack, NEAR, { near: POINT });
    expect(again.cache).toBe('hit');
    expect(again.body).toEqual(first.body);
    expect(await statementCounts(stack)).toEqual(before);

    const renamed = await send(stack, `mutation($id: ID!) { updateStation(id: $id, input: { name: "望京骑手之家·新址" }) { name } }`, { id: WANGJING }, { authorization: 'Bearer demo-stations-operator' });
    expect(renamed.body.errors).toBeUndefined();
    const after = await send(stack, NEAR, { near: POINT });
    expect(after.cache).toBe('miss');
    expect(after.body.data.stationsNear.map((n: any) => n.station.name)).toContain('望京骑手之家·新址');
    expect((await send(stack, NEAR, { near: POINT })).cache).toBe('hit');
  });

  it('sees a write made past this gateway (another gateway, a replica, a command) within about a second', async () => {
    const read = `query($id: ID!) { station(id: $id) { name capacity } }`;
    await send(stack, read, { id: WANGJING });
    await send(stack, read, { id: WANGJING });
    expect((await send(stack, read, { id: WANGJING })).cache).toBe('hit');
    // Straight to the subgraph, as another gateway process would send it.
    const update = JSON.stringify({ query: `mutation($id: ID!) { updateStation(id: $id, input: { capacity: 37 }) { capacity } }`, variables: { id: WANGJING } });
    const res = await fetch(stack.subgraphUrls.stations, { method: 'POST', headers: gatewaySigned({ role: 'admin', keyId: 'elsewhere' }, 'stations', update), body: update });
    expect(((await res.json()) as any).data.updateStation.capacity).toBe(37);
    let seen: number | undefined;
    await until(
      async () => (seen = (await send(stack, read, { id: WANGJING })).body.data.station.capacity) === 37,
      5_000,
      () => `capacity still ${seen}`,
    );
    expect(seen).toBe(37);
  });

  it('never keeps personal data: a partner’s worker query runs every time', async () => {
    const q = `{ actingWorker { name phone pointsBalance enrollments { status } } }`;
    const headers = { authorization: 'Bearer demo-meituan', 'x-acting-worker': 'mt-10001' };
    const first = await send(stack, q, {}, headers);
    expect(first.body.data.actingWorker.name).toBe('王强');
    const second = await send(stack, q, {}, headers);
    expect(first.cache).toBeNull();
    expect(second.cache).toBeNull();
  });

  it('keeps each caller’s answers apart: an anonymous caller’s answer is not served to a key', async () => {
    const q = `{ districts(first: 3) { code name } }`;
    await send(stack, q);
    await send(stack, q);
    expect((await send(stack, q)).cache).toBe('hit');
    expect((await send(stack, q, {}, { authorization: 'Bearer demo-dashboard' })).cache).toBe('miss');
    expect((await send(stack, q, {}, { authorization: 'Bearer demo-dashboard' })).cache).toBe('miss');
    expect((await send(stack, q, {}, { authorization: 'Bearer demo-dashboard' })).cache).toBe('hit');
  });

  it('runs identical concurrent queries once and shares the answer', async () => {
    const q = `query Shared($near: GeoPointInput!) { stationsNear(near: $near, radiusMeters: 2000, first: 7) { station { id name } } }`;
    const variables = { near: { lat: 39.93, lng: 116.45 } };
    const before = await statementCounts(stack);
    const answers = await Promise.all(Array.from({ length: 12 }, () => send(stack, q, variables)));
    const ran = (await statementCounts(stack)).stations - before.stations;
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    // Those that arrive while the first runs share its answer; one that arrives just after it
    // has finished runs again (an answer asked for once is not kept), and is kept from then on.
    const executed = answers.filter((a) => a.cache === 'miss').length;
    expect(answers.filter((a) => a.cache === 'shared' || a.cache === 'hit').length).toBe(12 - executed);
    expect(executed).toBeLessThanOrEqual(3);
    // The statements of those executions only, not of twelve.
    const once = await (async () => {
      const b = await statementCounts(stack);
      await send(stack, q, { near: { lat: 39.94, lng: 116.46 } });
      return (await statementCounts(stack)).stations - b.stations;
    })();
    expect(ran).toBe(once * executed);
  });

  it('does not keep a query asked only once', async () => {
    const q = `query Once($near: GeoPointInput!) { stationsNear(near: $near, radiusMeters: 900) { station { id } } }`;
    // Beside 三里屯暖心驿站: the search finds it, so running the query reads its row (the search
    // itself is in memory and runs no SQL).
    const variables = { near: { lat: 39.934, lng: 116.455 } };
    expect((await send(stack, q, variables)).cache).toBe('miss');
    const before = await statementCounts(stack);
    expect((await send(stack, q, variables)).cache).toBe('miss');
    expect((await statementCounts(stack)).stations).toBeGreaterThan(before.stations);
  });

  it('keeps opening status no longer than the minute it was worked out in', async () => {
    const asked = Date.now();
    const first = await send(stack, `query($id: ID!) { station(id: $id) { isOpen } }`, { id: WANGJING });
    // Worked out in the last second of a minute, the answer may be kept for 0 s: then it is not
    // kept at all and carries no cache header.
    const lastSecond = (t: number) => t % 60_000 >= 59_000;
    const mayBeUnkept = lastSecond(asked) || lastSecond(Date.now()) || Math.floor(asked / 60_000) !== Math.floor(Date.now() / 60_000);
    if (mayBeUnkept) expect([null, 'miss']).toContain(first.cache);
    else expect(first.cache).toBe('miss');
    const sent = Date.now();
    const isOpen = JSON.stringify({ query: `query($id: ID!) { station(id: $id) { isOpen } }`, variables: { id: WANGJING } });
    const res = await fetch(stack.subgraphUrls.stations, { method: 'POST', headers: gatewaySigned({ role: 'anonymous' }, 'stations', isOpen), body: isOpen });
    const answered = Date.now();
    const hint = res.headers.get('x-nef-cache');
    const maxAge = Number(/max-age=(\d+)/.exec(hint ?? '')?.[1]);
    // The subgraph worked the status out at some instant between sending and the answer; what
    // it may keep is what was left of that instant's minute, whole seconds, rounded either way.
    const leftOfMinute = (t: number) => (60_000 - (t % 60_000)) / 1000;
    const sameMinute = Math.floor(sent / 60_000) === Math.floor(answered / 60_000);
    const longest = sameMinute ? leftOfMinute(sent) : 60;
    const shortest = sameMinute ? leftOfMinute(answered) : 0;
    expect(maxAge).toBeGreaterThanOrEqual(Math.max(0, Math.floor(shortest) - 1));
    expect(maxAge).toBeLessThanOrEqual(Math.ceil(longest) + 1);
  });

});
