/**
 * A row that names a station stations does not know (written before station ids were checked,
 * or while no stations peer was configured) reads through the gateway with a null station, and
 * the rest of the answer stands without an error: stations resolves an unknown Station reference
 * to null, and each field of another subgraph whose type is Station is nullable.
 */
import { newId } from '@nef/kit';
import { startStack, STARTUP_TIMEOUT_MS, type Stack } from '../../../../test/support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
}, STARTUP_TIMEOUT_MS);
afterAll(() => stack?.stop());

async function post(query: string, variables: Record<string, unknown> = {}, key?: string) {
  const res = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: unknown[] } };
}

describe('a row naming a station that is not (or no longer) in the catalogue', () => {
  it('reads with a null station and no error: a session, and a reward', async () => {
    const gone = newId();
    // The stack's training and governance have no stations peer: station ids are taken unchecked.
    const course = await post(
      `mutation { createCourse(input: { title: "电动自行车安全骑行", category: SAFETY, mode: OFFLINE, provider: "朝阳区总工会", districtCode: "110105", minLearners: 1, capacity: 5 }) { id } }`,
      {},
      'demo-admin',
    );
    const courseId = course.body.data.createCourse.id;
    const input = { startsAt: new Date(Date.now() + 86_400_000).toISOString(), endsAt: new Date(Date.now() + 90_000_000).toISOString(), stationId: gone };
    const scheduled = await post(`mutation($id: ID!, $input: SessionInput!) { scheduleSession(courseId: $id, input: $input) { id } }`, { id: courseId, input }, 'demo-admin');
    expect(scheduled.body.errors).toBeUndefined();
    const reward = await post(`mutation($s: ID) { createReward(input: { title: "洗衣券", costPoints: 10, stock: 3, stationId: $s }) { id } }`, { s: gone }, 'demo-admin');
    expect(reward.body.errors).toBeUndefined();

    const read = await post(`query($id: ID!) { course(id: $id) { title sessions { startsAt station { id name address } } } }`, { id: courseId });
    expect(read.status).toBe(200);
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data.course).toMatchObject({ title: '电动自行车安全骑行', sessions: [{ station: null }] });

    const rewards = await post(`{ rewards { id title station { name } } }`);
    expect(rewards.status).toBe(200);
    expect(rewards.body.errors).toBeUndefined();
    expect(rewards.body.data.rewards).toContainEqual({ id: reward.body.data.createReward.id, title: '洗衣券', station: null });
    // Rewards at stations that exist still name them.
    expect(rewards.body.data.rewards.some((r: { station: { name: string } | null }) => r.station?.name)).toBe(true);
  });
});
