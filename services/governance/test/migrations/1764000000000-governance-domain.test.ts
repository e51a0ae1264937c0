import { createLogger, Database, nameId } from '@nef/kit';
import { testDatabaseTarget } from '@nef/kit/testing';
import { entities, PointsAccount, Report, Reward } from '../../src/entities';
import { migrations } from '../../src/migrations';
import { seedDemo } from '../../src/seed/demo';

const log = createLogger('governance');
const quiet = { info: () => undefined } as never;

describe('migrations', () => {
  it('upgrade a database holding the first slice’s data, which then gains the new demo groups', async () => {
    const { target, drop } = testDatabaseTarget('governance');
    const report = nameId('demo:report:tuanjiehu-stairwell-ebike');
    const worker = nameId('demo:worker:wang-qiang');
    try {
      const old = await Database.open({ target, entities: [], migrations: migrations.slice(0, 1), log });
      await old.manager.query(
        'INSERT INTO reports (id, reporter_id, reporter_platform, idempotency_key, category, description, lat, lng, district_code, photo_urls, status, submitted_at, points_awarded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [report, worker, 'MEITUAN', null, 'EBIKE_INDOOR_CHARGING', '楼道充电', 39.93, 116.46, '110105', '[]', 'ACCEPTED', '2026-11-18 13:40:00.000', 10],
      );
      await old.manager.query('INSERT INTO points_accounts (worker_id, balance, updated_at) VALUES (?, ?, ?)', [worker, 10, '2026-11-19 01:15:00.000']);
      await old.close();

      const db = await Database.open({ target, entities, migrations, log });
      try {
        expect(await db.manager.findOneByOrFail(Report, { id: report })).toMatchObject({ status: 'ACCEPTED', pointsAwarded: 10, reviewNote: null });
        await seedDemo(db, quiet);
        // The first slice's reports stay as they were; the groups added since are loaded (the
        // reports of Huizhou, Nantong and Zhengzhou among them).
        expect(await db.manager.count(Report)).toBe(1 + 6);
        expect(await db.manager.count(Report, { where: { districtCode: '110105' } })).toBe(1);
        expect(await db.manager.count(Reward)).toBe(4);
        expect((await db.manager.findOneByOrFail(PointsAccount, { workerId: worker })).balance).toBe(10);
        // The migrations added after the rollups undo first, newest first: the national metrics indexes,
        await db.dataSource.undoLastMigration({ transaction: 'each' });
        // the street indexes,
        await db.dataSource.undoLastMigration({ transaction: 'each' });
        expect(await db.dataSource.query("SELECT COUNT(*) AS n FROM reports WHERE street_code = '441302103'")).toEqual([{ n: expect.anything() }]);
        // the reports' street column,
        await db.dataSource.undoLastMigration({ transaction: 'each' });
        expect(await db.dataSource.query('SELECT street_code FROM reports').catch(() => 'gone')).toBe('gone');
        // then the tables.
        for (const table of ['report_photos', 'gate_entries', 'report_updates']) {
          await db.dataSource.undoLastMigration({ transaction: 'each' });
          expect(await db.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`).catch(() => 'gone')).toBe('gone');
        }
        await db.dataSource.undoLastMigration({ transaction: 'each' });
        expect(await db.dataSource.query('SELECT COUNT(*) AS n FROM report_day_counts').catch(() => 'gone')).toBe('gone');
        await db.dataSource.undoLastMigration({ transaction: 'each' });
        const [{ n }] = await db.manager.query('SELECT COUNT(*) AS n FROM reports');
        expect(Number(n)).toBe(1 + 6);
        expect(await db.dataSource.query("SELECT COUNT(*) AS n FROM rewards").catch(() => 'gone')).toBe('gone');
      } finally {
        await db.close();
      }
    } finally {
      await drop();
    }
  });
});
