import { bulkInsert, createLogger, Database } from '@nef/kit';
import { testDatabaseTarget } from '@nef/kit/testing';
import {
  Community,
  entities,
  GatePass,
  Participation,
  PointsAccount,
  PointsEntry,
  Redemption,
  Report,
  Reward,
  VolunteerActivity,
  VolunteerRole,
} from '../../src/entities';
import { migrations } from '../../src/migrations';
import { planCity } from '../../src/seed/city-plan';
import { writePlan } from '../../src/seed/generate';
import { expectFastEqualsPlain, rollupRows as rollups, somePeriods } from '../support';

const log = createLogger('governance');

describe('the metrics rollups migration', () => {
  it('fills the rollups from the rows already there, as the generator writes them', async () => {
    const now = new Date('2026-11-20T04:00:00Z');
    const plan = planCity(5, { workers: 300, communities: 4, rewards: 5, activities: 20, roles: 30, stations: 100 }, now);
    const old = testDatabaseTarget('governance');
    const fresh = testDatabaseTarget('governance');
    try {
      const before = await Database.open({ target: old.target, entities, migrations: migrations.slice(0, 2), log });
      await before.transaction(async (em) => {
        await bulkInsert(em, Community, plan.communities);
        await bulkInsert(em, Reward, plan.rewards);
        await bulkInsert(em, VolunteerActivity, plan.activities);
        const workers = plan.workers.filter((w) => w !== undefined);
        // Written with today's entity, whose street column came later: added for the insert, then dropped.
        await em.query('ALTER TABLE reports ADD COLUMN street_code varchar(12) NULL');
        await bulkInsert(em, Report, workers.flatMap((w) => w.reports));
        await em.query('ALTER TABLE reports DROP COLUMN street_code');
        await bulkInsert(em, PointsEntry, workers.flatMap((w) => w.entries));
        await bulkInsert(em, PointsAccount, workers.flatMap((w) => (w.account ? [w.account] : [])));
        await bulkInsert(em, Redemption, workers.flatMap((w) => w.redemptions));
        await bulkInsert(em, Participation, workers.flatMap((w) => w.participations));
        await bulkInsert(em, VolunteerRole, workers.flatMap((w) => w.roles));
        await bulkInsert(em, GatePass, workers.flatMap((w) => w.passes));
      });
      await before.close();
      const migrated = await Database.open({ target: old.target, entities, migrations, log });
      const generated = await Database.open({ target: fresh.target, entities, migrations, log });
      try {
        await writePlan(generated, plan, { batchWorkers: 100 });
        expect(await rollups(migrated)).toEqual(await rollups(generated));
        expect((await rollups(migrated)).report_resolutions!.length).toBeGreaterThan(100);
        await expectFastEqualsPlain(migrated, somePeriods(now));
      } finally {
        await migrated.close();
        await generated.close();
      }
    } finally {
      await old.drop();
      await fresh.drop();
    }
  });
});
