import { DAY_MS, newId } from '@nef/kit';
import { startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { GatePass } from '../../src/entities';
import { isPassValid, newPassCode, planIssue, VALID_PASS_SQL } from '../../src/rules/gate-pass';
import { service } from '../support';

describe('gate pass rules', () => {
  const now = new Date('2026-11-22T04:00:00Z');

  it('is valid strictly before its expiry', () => {
    expect(isPassValid({ expiresAt: new Date(now.getTime() + 1) }, now)).toBe(true);
    expect(isPassValid({ expiresAt: now }, now)).toBe(false);
  });

  it('is not valid once revoked, and a revoked pass is replaced by a new one, never extended', () => {
    const revoked = { expiresAt: new Date(now.getTime() + DAY_MS), revokedAt: new Date(now.getTime() - 1) };
    expect(isPassValid(revoked, now)).toBe(false);
    expect(planIssue(revoked, 30, now)).toEqual({ kind: 'issue', expiresAt: new Date(now.getTime() + 30 * DAY_MS) });
  });

  it('issues a fresh pass for the community’s days when none is valid', () => {
    expect(planIssue(null, 30, now)).toEqual({ kind: 'issue', expiresAt: new Date(now.getTime() + 30 * DAY_MS) });
    const expired = { expiresAt: new Date(now.getTime() - 1) };
    expect(planIssue(expired, 7, now)).toEqual({ kind: 'issue', expiresAt: new Date(now.getTime() + 7 * DAY_MS) });
  });

  it('extends a valid pass to now + days, never shortening it', () => {
    const soon = { expiresAt: new Date(now.getTime() + DAY_MS) };
    expect(planIssue(soon, 30, now)).toEqual({ kind: 'extend', expiresAt: new Date(now.getTime() + 30 * DAY_MS) });
    const far = { expiresAt: new Date(now.getTime() + 60 * DAY_MS) };
    expect(planIssue(far, 30, now)).toEqual({ kind: 'extend', expiresAt: far.expiresAt });
  });

  it('makes codes of 20 characters from a 32-letter alphabet (100 bits), all different', () => {
    const codes = Array.from({ length: 1000 }, newPassCode);
    expect(new Set(codes).size).toBe(1000);
    for (const c of codes) expect(c).toMatch(/^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{20}$/);
  });
});

describe('gate pass validity in SQL', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(service);
  });
  afterAll(() => sg?.stop());

  it('selects exactly the passes isPassValid calls valid', async () => {
    const now = new Date('2026-11-22T04:00:00.500Z');
    const worker = newId();
    const offsets = [-DAY_MS, -1, 0, 1, DAY_MS];
    // Each expiry twice: once as issued, once revoked.
    const rows = [null, new Date(now.getTime() - DAY_MS)].flatMap((revokedAt) =>
      offsets.map((ms) => ({
        id: newId(),
        code: newPassCode(),
        workerId: worker,
        communityId: newId(),
        issuedAt: new Date(now.getTime() - 30 * DAY_MS),
        expiresAt: new Date(now.getTime() + ms),
        holderName: null,
        platform: null,
        revokedAt,
        revocationReason: revokedAt ? '转借' : null,
      })),
    );
    await sg.db.transaction((em) => em.insert(GatePass, rows));
    const selected = await sg.db.manager
      .createQueryBuilder(GatePass, 'g')
      .where('g.workerId = :worker', { worker })
      .andWhere(VALID_PASS_SQL, { now })
      .getMany();
    expect(selected.map((g) => g.id).sort()).toEqual(rows.filter((g) => isPassValid(g, now)).map((g) => g.id).sort());
    expect(selected).toHaveLength(2);
  });
});
