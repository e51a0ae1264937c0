import { GraphQLError } from 'graphql';
import pino from 'pino';
import { EntitySchema, QueryFailedError, Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { Database, createErrorFormatter, createLogger, lockOne } from '../src';
import { testDatabaseTarget } from '../src/testing';

/** Database.transaction on MySQL: deadlock victims run again, within bounds, then SERVICE_UNAVAILABLE. */

interface SlotRow {
  id: string;
  n: number;
}
const Slot = new EntitySchema<SlotRow>({
  name: 'Slot',
  tableName: 'slots',
  columns: { id: { type: 'varchar', length: 8, primary: true }, n: { type: 'int' } },
});
class SlotsInit1700000000200 implements MigrationInterface {
  name = 'SlotsInit1700000000200';
  async up(q: QueryRunner) {
    await q.createTable(new Table({ name: 'slots', columns: [{ name: 'id', type: 'varchar', length: '8', isPrimary: true }, { name: 'n', type: 'int' }] }));
  }
  async down(q: QueryRunner) {
    await q.dropTable('slots');
  }
}

const onMysql = process.env.TEST_DATABASE_URL ? describe : describe.skip;

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  const t = testDatabaseTarget('kit');
  drop = t.drop;
  db = await Database.open({ target: t.target, entities: [Slot], migrations: [SlotsInit1700000000200], log: createLogger('kit') });
  await db.manager.insert(Slot, [
    { id: 'a', n: 0 },
    { id: 'b', n: 0 },
  ]);
});
afterAll(async () => {
  await db.close();
  await drop();
});

const deadlock = () =>
  new QueryFailedError('UPDATE slots', [], Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), { code: 'ER_LOCK_DEADLOCK', errno: 1213 }));

/** Resolves once `n` parties have arrived. */
function barrier(n: number) {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return () => {
    arrived += 1;
    if (arrived === n) open();
    return opened;
  };
}

describe('transactions', () => {
  it('commit everything or nothing', async () => {
    await expect(
      db.transaction(async (em) => {
        await em.update(Slot, { id: 'a' }, { n: 99 });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect((await db.manager.findOneByOrFail(Slot, { id: 'a' })).n).toBe(0);
  });
});

onMysql('lock conflicts on MySQL', () => {
  let defaults: Database['retryPolicy'];
  beforeAll(() => {
    defaults = { ...db.retryPolicy };
  });
  afterEach(() => {
    db.retryPolicy = { ...defaults };
  });

  it('runs the victim of a real deadlock again, and both transactions commit', async () => {
    const bothLocked = barrier(2);
    const before = db.deadlocks;
    let runs = 0;
    // Each locks one slot, waits for the other to lock the other, then wants the other's.
    const crosswise = (first: string, second: string) =>
      db.transaction(async (em) => {
        runs += 1;
        await lockOne(em, db, Slot, { id: first });
        if (runs <= 2) await bothLocked();
        await em.increment(Slot, { id: second }, 'n', 1);
        await em.increment(Slot, { id: first }, 'n', 1);
      });
    await Promise.all([crosswise('a', 'b'), crosswise('b', 'a')]);
    expect(db.deadlocks - before).toBe(1);
    expect(runs).toBe(3);
    const slots = await db.manager.find(Slot, { order: { id: 'ASC' } });
    expect(slots.map((s) => s.n)).toEqual([2, 2]);
  });

  it('tries more than three times, pausing a random, growing time in between', async () => {
    db.retryPolicy = { attempts: 6, baseMs: 20, capMs: 1_000, budgetMs: 10_000 };
    const starts: number[] = [];
    await expect(
      db.transaction(async () => {
        starts.push(Date.now());
        throw deadlock();
      }),
    ).rejects.toMatchObject({ driverError: { code: 'ER_LOCK_DEADLOCK' } });
    expect(starts).toHaveLength(6);
    // Full jitter: the n-th pause lies in [0, 20 * 2^(n-1)) ms, so all five stay under 620 ms.
    const pauses = starts.slice(1).map((t, i) => t - starts[i]!);
    expect(pauses.reduce((a, b) => a + b, 0)).toBeLessThan(620 + 5 * 50);
  });

  it('stops within its time budget, however many attempts remain', async () => {
    db.retryPolicy = { attempts: 1_000, baseMs: 50, capMs: 200, budgetMs: 400 };
    const started = Date.now();
    let runs = 0;
    await expect(
      db.transaction(async () => {
        runs += 1;
        throw deadlock();
      }),
    ).rejects.toBeInstanceOf(QueryFailedError);
    expect(Date.now() - started).toBeLessThan(400 + 200);
    expect(runs).toBeGreaterThan(3);
    expect(runs).toBeLessThan(1_000);
  });

  it('gives up with an error the formatter answers SERVICE_UNAVAILABLE, retryable, naming the service', async () => {
    db.retryPolicy = { attempts: 4, baseMs: 1, capMs: 1, budgetMs: 1_000 };
    const err = await db.transaction(async () => Promise.reject(deadlock())).catch((e: unknown) => e);
    const format = createErrorFormatter(pino({ enabled: false }), { service: 'governance' });
    const formatted = format({ message: 'x', path: ['adjustPoints'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError('x', { originalError: err as Error }));
    expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true, service: 'governance' });
  });

  it('does not run other failures again', async () => {
    let runs = 0;
    await expect(
      db.transaction(async () => {
        runs += 1;
        throw new Error('not a lock conflict');
      }),
    ).rejects.toThrow('not a lock conflict');
    expect(runs).toBe(1);
  });
});
