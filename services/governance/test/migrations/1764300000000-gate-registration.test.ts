import { createLogger, Database, newId } from '@nef/kit';
import { testDatabaseTarget } from '@nef/kit/testing';
import { entities, GatePass } from '../../src/entities';
import { migrations } from '../../src/migrations';
import { isPassValid } from '../../src/rules/gate-pass';

const log = createLogger('governance');

describe('the migrations of report history, gate registration and photos', () => {
  it('upgrade a database holding passes and reports: passes keep working without a name, and undo cleanly', async () => {
    const { target, drop } = testDatabaseTarget('governance');
    const pass = newId();
    try {
      const rollupsIndex = migrations.findIndex((m) => m.name === 'GovernanceMetricsRollups1764100000000');
      const old = await Database.open({ target, entities: [], migrations: migrations.slice(0, rollupsIndex + 1), log });
      // As both engines store datetime(3) and read it back.
      const sqlTime = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');
      const expires = sqlTime(new Date(Date.now() + 86_400_000));
      await old.manager.query('INSERT INTO gate_passes (id, code, worker_id, community_id, issued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)', [
        pass,
        'ABCDEFGHJKLMNPQRSTUV',
        newId(),
        newId(),
        sqlTime(new Date()),
        expires,
      ]);
      await old.close();

      const db = await Database.open({ target, entities, migrations, log });
      try {
        const row = await db.manager.findOneByOrFail(GatePass, { id: pass });
        expect(row).toMatchObject({ holderName: null, platform: null, revokedAt: null, revocationReason: null });
        expect(isPassValid(row, new Date())).toBe(true);
        for (const table of ['report_photos', 'gate_pass_requests', 'gate_entries', 'report_updates']) {
          expect(await db.manager.query(`SELECT COUNT(*) AS n FROM ${table}`)).toEqual([{ n: expect.anything() }]);
        }
        // Undone newest first down to gate registration, the pass is as it was.
        const undo = migrations.length - migrations.findIndex((m) => m.name === 'GateRegistration1764300000000');
        for (let i = 0; i < undo; i++) await db.dataSource.undoLastMigration({ transaction: 'each' });
        const [back] = await db.manager.query('SELECT * FROM gate_passes WHERE id = ?', [pass]);
        expect(back.code).toBe('ABCDEFGHJKLMNPQRSTUV');
        expect('holder_name' in back).toBe(false);
      } finally {
        await db.close();
      }
    } finally {
      await drop();
    }
  });
});
