import { EntitySchema, Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { Database, bulkInsert, bulkInsertValues, createLogger, firstPerKeyLoader, perArgs } from '../src';
import { testDatabaseTarget } from '../src/testing';

interface TripRow {
  id: string;
  riderId: string;
  startedAt: Date;
  paid: boolean;
  note: string | null;
}
const Trip = new EntitySchema<TripRow>({
  name: 'Trip',
  tableName: 'trips',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    riderId: { name: 'rider_id', type: 'varchar', length: 36 },
    startedAt: { name: 'started_at', type: 'datetime', precision: 3 },
    paid: { type: 'boolean' },
    note: { type: 'varchar', length: 40, nullable: true },
  },
});
class TripsInit1700000000100 implements MigrationInterface {
  name = 'TripsInit1700000000100';
  async up(q: QueryRunner) {
    await q.createTable(
      new Table({
        name: 'trips',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'rider_id', type: 'varchar', length: '36' },
          { name: 'started_at', type: 'datetime', precision: 3 },
          { name: 'paid', type: 'boolean' },
          { name: 'note', type: 'varchar', length: '40', isNullable: true },
        ],
      }),
    );
  }
  async down(q: QueryRunner) {
    await q.dropTable('trips');
  }
}

let db: Database;
let drop: () => Promise<void>;
const start = Date.parse('2026-11-22T00:00:00.000Z');
const id = (n: number) => `t-${String(n).padStart(5, '0')}`;
/** 2,500 trips of 5 riders: rider r-0 has every fifth trip, and so on; every trip one minute after the last. */
const trips: TripRow[] = Array.from({ length: 2_500 }, (_, n) => ({
  id: id(n),
  riderId: `r-${n % 5}`,
  startedAt: new Date(start + n * 60_000 + (n % 1000)),
  paid: n % 2 === 0,
  note: n % 3 === 0 ? null : `第${n}单 🚲`,
}));

beforeAll(async () => {
  const t = testDatabaseTarget('kit');
  drop = t.drop;
  db = await Database.open({ target: t.target, entities: [Trip], migrations: [TripsInit1700000000100], log: createLogger('kit') });
  await db.transaction((em) => bulkInsert(em, Trip, trips));
});

afterAll(async () => {
  await db.close();
  await drop();
});

describe('bulk inserts', () => {
  it('stores every row with the values em.insert would store: times to the millisecond, booleans, nulls, any text', async () => {
    const back = await db.manager.find(Trip, { order: { id: 'ASC' } });
    expect(back).toHaveLength(trips.length);
    expect(back).toEqual(trips);
  });

  it('writes in statements of at most 1,000 rows', async () => {
    const more = trips.slice(0, 2_001).map((t) => ({ ...t, id: `m${t.id}` }));
    const before = db.statements;
    await db.transaction((em) => bulkInsert(em, Trip, more));
    // BEGIN, three INSERTs, COMMIT.
    expect(db.statements - before).toBe(5);
    await db.manager.delete(Trip, more.map((t) => t.id));
  });

  it('inserts plain tuples by column name, converting dates and booleans, and nothing for no rows', async () => {
    const at = new Date('2026-11-23T09:30:00.123Z');
    await db.transaction(async (em) => {
      await bulkInsertValues(em, 'trips', ['id', 'rider_id', 'started_at', 'paid', 'note'], [
        ['v-1', 'r-9', at, true, null],
        ['v-2', 'r-9', at, false, '夜班'],
      ]);
      const before = db.statements;
      await bulkInsertValues(em, 'trips', ['id'], []);
      await bulkInsert(em, Trip, []);
      expect(db.statements).toBe(before);
    });
    expect(await db.manager.find(Trip, { where: { riderId: 'r-9' }, order: { id: 'ASC' } })).toEqual([
      { id: 'v-1', riderId: 'r-9', startedAt: at, paid: true, note: null },
      { id: 'v-2', riderId: 'r-9', startedAt: at, paid: false, note: '夜班' },
    ]);
    await db.manager.delete(Trip, ['v-1', 'v-2']);
  });
});

describe('the first rows per key', () => {
  const latest = (limit: number, filter?: { sql: string; params: Record<string, unknown> }) =>
    firstPerKeyLoader(db, {
      entity: Trip,
      table: 'trips',
      keyColumn: 'rider_id',
      orderBy: { column: 'started_at', property: 'startedAt', direction: 'DESC' },
      keyOf: (t) => t.riderId,
      limit,
      filter,
    });
  const expected = (rider: string, limit: number, keep: (t: TripRow) => boolean = () => true) =>
    trips
      .filter((t) => t.riderId === rider && keep(t))
      .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime())
      .slice(0, limit)
      .map((t) => t.id);

  it('answers each key with its own first rows, in order, from one statement', async () => {
    const loader = latest(3);
    const before = db.statements;
    const [r0, r3, none] = await Promise.all([loader.load('r-0'), loader.load('r-3'), loader.load('nobody')]);
    expect(db.statements - before).toBe(1);
    expect(r0.map((t) => t.id)).toEqual(expected('r-0', 3));
    expect(r3.map((t) => t.id)).toEqual(expected('r-3', 3));
    expect(none).toEqual([]);
  });

  it('applies a filter before ranking, so a filtered key still gets its full count', async () => {
    const rows = await latest(4, { sql: 'paid = :paid', params: { paid: true } }).load('r-1');
    expect(rows.map((t) => t.id)).toEqual(expected('r-1', 4, (t) => t.paid));
    expect(rows).toHaveLength(4);
  });

  it('runs no statement for a limit of 0', async () => {
    const before = db.statements;
    expect(await latest(0).loadMany(['r-0', 'r-1'])).toEqual([[], []]);
    expect(db.statements).toBe(before);
  });
});

describe('one loader per argument set', () => {
  it('makes a loader once per distinct arguments and shares it', () => {
    const made: string[] = [];
    const byArgs = perArgs((a: { first: number; status: string | null }) => {
      made.push(JSON.stringify(a));
      return { a };
    });
    const x = byArgs({ first: 10, status: null });
    expect(byArgs({ first: 10, status: null })).toBe(x);
    expect(byArgs({ first: 20, status: null })).not.toBe(x);
    expect(made).toHaveLength(2);
  });

  it('keys by the given function when JSON would tell equal arguments apart', () => {
    const byPeriod = perArgs(
      (p: { from: Date }) => ({ p }),
      (p) => String(p.from.getTime()),
    );
    expect(byPeriod({ from: new Date(5) })).toBe(byPeriod({ from: new Date(5) }));
  });
});
