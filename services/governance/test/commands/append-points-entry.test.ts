import { GraphQLError } from 'graphql';
import { newId } from '@nef/kit';
import { startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { appendEntry, type EntryRequest } from '../../src/commands/append-points-entry';
import { PointsAccount, PointsEntry } from '../../src/entities';
import { service } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

/** An entry happening now, unless the request says when. */
const append = (req: Omit<EntryRequest, 'at'> & { at?: Date }) => sg.db.transaction((em) => appendEntry(em, sg.db, { at: new Date(), ...req }));
const balanceOf = async (workerId: string) => (await sg.db.manager.findOne(PointsAccount, { where: { workerId } }))?.balance ?? 0;
const entriesOf = (workerId: string) =>
  sg.db.manager.find(PointsEntry, { where: { workerId }, order: { createdAt: 'ASC', id: 'ASC' } });

async function codeOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
    return null;
  } catch (err) {
    return err instanceof GraphQLError ? err.extensions.code : err;
  }
}

describe('points ledger', () => {
  it('opens an account on first credit and chains balanceAfter through every entry', async () => {
    const worker = newId();
    await append({ workerId: worker, delta: 10, reason: 'REPORT_ACCEPTED', reference: newId() });
    await append({ workerId: worker, delta: 5, reason: 'ACTIVITY', reference: newId() });
    await append({ workerId: worker, delta: -12, reason: 'REDEMPTION', reference: newId() });
    const entries = await entriesOf(worker);
    expect(entries.map((e) => [e.delta, e.balanceAfter])).toEqual([
      [10, 10],
      [5, 15],
      [-12, 3],
    ]);
    expect(await balanceOf(worker)).toBe(3);
  });

  it('refuses to overdraw with CONFLICT and writes nothing', async () => {
    const worker = newId();
    await append({ workerId: worker, delta: 10, reason: 'REPORT_ACCEPTED', reference: newId() });
    expect(await codeOf(append({ workerId: worker, delta: -11, reason: 'REDEMPTION', reference: newId() }))).toBe('CONFLICT');
    expect(await balanceOf(worker)).toBe(10);
    expect(await entriesOf(worker)).toHaveLength(1);
    // Exactly to zero is allowed.
    await append({ workerId: worker, delta: -10, reason: 'REDEMPTION', reference: newId() });
    expect(await balanceOf(worker)).toBe(0);
  });

  it('refuses a debit on a worker who never earned points', async () => {
    const worker = newId();
    expect(await codeOf(append({ workerId: worker, delta: -1, reason: 'ADJUSTMENT' }))).toBe('CONFLICT');
    expect(await entriesOf(worker)).toHaveLength(0);
  });

  it('pays one reference once per reason and returns the first entry on a repeat', async () => {
    const worker = newId();
    const report = newId();
    const first = await append({ workerId: worker, delta: 10, reason: 'REPORT_ACCEPTED', reference: report });
    const again = await append({ workerId: worker, delta: 10, reason: 'REPORT_ACCEPTED', reference: report });
    expect(first.created).toBe(true);
    expect(again).toEqual({ entry: expect.objectContaining({ id: first.entry.id }), created: false });
    expect(await balanceOf(worker)).toBe(10);
    // The same reference under another reason is a different payment.
    await append({ workerId: worker, delta: 3, reason: 'ADJUSTMENT', reference: report });
    expect(await balanceOf(worker)).toBe(13);
  });

  it('entries without a reference are never merged', async () => {
    const worker = newId();
    await append({ workerId: worker, delta: 2, reason: 'ADJUSTMENT' });
    await append({ workerId: worker, delta: 2, reason: 'ADJUSTMENT' });
    expect(await balanceOf(worker)).toBe(4);
  });

  it('pays a reference once even when 20 awards race', async () => {
    const worker = newId();
    const report = newId();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => append({ workerId: worker, delta: 10, reason: 'REPORT_ACCEPTED', reference: report })),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.entry.id)).size).toBe(1);
    expect(await entriesOf(worker)).toHaveLength(1);
    expect(await balanceOf(worker)).toBe(10);
  });

  it('never overdraws under concurrent debits, and the balance equals the ledger sum', async () => {
    const worker = newId();
    await append({ workerId: worker, delta: 50, reason: 'ADJUSTMENT' });
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => codeOf(append({ workerId: worker, delta: -7, reason: 'REDEMPTION', reference: newId() }))),
    );
    expect(outcomes.filter((o) => o === null)).toHaveLength(7);
    expect(outcomes.filter((o) => o === 'CONFLICT')).toHaveLength(13);
    const entries = await entriesOf(worker);
    expect(await balanceOf(worker)).toBe(1);
    expect(entries.reduce((sum, e) => sum + e.delta, 0)).toBe(1);
    expect(new Set(entries.map((e) => e.balanceAfter)).size).toBe(entries.length);
    expect(Math.min(...entries.map((e) => e.balanceAfter))).toBe(1);
  });

  it('dates entries in ledger order even when they share a millisecond', async () => {
    const worker = newId();
    const at = new Date('2026-11-20T02:00:00Z');
    await sg.db.transaction(async (em) => {
      for (let i = 0; i < 5; i++) await appendEntry(em, sg.db, { workerId: worker, delta: 1, reason: 'ADJUSTMENT', at });
    });
    const entries = await entriesOf(worker);
    expect(entries.map((e) => e.balanceAfter)).toEqual([1, 2, 3, 4, 5]);
    const times = entries.map((e) => e.createdAt.getTime());
    expect(times[0]).toBe(at.getTime());
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1]!);
  });

  it('refuses a zero or fractional delta', async () => {
    expect(await codeOf(append({ workerId: newId(), delta: 0, reason: 'ADJUSTMENT' }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(append({ workerId: newId(), delta: 1.5, reason: 'ADJUSTMENT' }))).toBe('BAD_USER_INPUT');
  });
});
