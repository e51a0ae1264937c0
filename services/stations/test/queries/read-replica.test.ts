import { Env, Metrics, VERSIONS_HEADER, buildSubgraph, createLogger, openServiceDatabase, parseVersions, resolveReadDatabaseTarget, VersionBook, type Database } from '@nef/kit';
import { TEST_TRUSTED_KEYS, dataOf, postGraphQL, testDatabaseTarget, testPrincipalHeaders } from '@nef/kit/testing';
import { service } from '../../src/server';
import { CREATE, STATION_METRICS, admin, dashboard, stationInput } from '../support';

/**
 * READ_DATABASE_URL: the dashboards' district metrics read from the replica, everything else
 * (and every write) goes to the primary.
 */

const log = createLogger('stations', 'silent');

describe('a read replica', () => {
  it('is refused beside a SQLite primary: SQLite has no replicas', () => {
    expect(() => resolveReadDatabaseTarget('stations', new Env({ READ_DATABASE_URL: 'mysql://root@127.0.0.1:3306' }))).toThrow(/SQLite has no read replicas/);
    expect(resolveReadDatabaseTarget('stations', new Env({}))).toBeUndefined();
  });

  it('follows DATABASE_URL: per service first, the same database name rule', () => {
    const env = new Env({ DATABASE_URL: 'mysql://root@db:3306', DB_PREFIX: 'p_', READ_DATABASE_URL: 'mysql://ro@replica:3307', UNION_READ_DATABASE_URL: 'mysql://ro@union-replica/u' });
    expect(resolveReadDatabaseTarget('stations', env)).toMatchObject({ engine: 'mysql', host: 'replica', port: 3307, user: 'ro', database: 'p_stations' });
    expect(resolveReadDatabaseTarget('union', env)).toMatchObject({ host: 'union-replica', database: 'u' });
  });

  const mysql = process.env.TEST_DATABASE_URL;
  // The replica is a second MySQL database here: on SQLite there is nothing to point it at.
  (mysql ? it : it.skip)('answers District.stationMetrics from the replica while writes land on the primary', async () => {
    const primary = testDatabaseTarget('stations');
    const replica = testDatabaseTarget('stations');
    let db: Database | undefined;
    let stop: (() => Promise<void>) | undefined;
    try {
      // The replica holds the demo stations; the primary starts empty.
      const seeded = await openServiceDatabase(service, replica.target, log, new Metrics('stations'));
      await service.seedDemo!(seeded, log);
      // Its data versions as replicated from a primary that has not written yet.
      await new VersionBook(seeded, ['stations', 'visits']).current();
      await seeded.close();
      db = await openServiceDatabase(service, primary.target, log, new Metrics('stations'), { readTarget: replica.target });
      const sg = await buildSubgraph(service, { db, trustedKeys: TEST_TRUSTED_KEYS, log, metrics: new Metrics('stations') });
      const url = await sg.listen(0);
      stop = () => sg.stop(0);
      const ask = (query: string, variables: Record<string, unknown>, principal = admin) =>
        postGraphQL(url, query, variables, (body) => testPrincipalHeaders(principal, 'stations', body));
      /** The stations data version an answer is stamped with (x-nef-versions). */
      const stampOf = async (query: string, variables: Record<string, unknown>, principal = admin) => {
        const body = JSON.stringify({ query, variables });
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...testPrincipalHeaders(principal, 'stations', body) }, body });
        return parseVersions(res.headers.get(VERSIONS_HEADER)).get('stations');
      };

      const before = dataOf(await ask(STATION_METRICS, { code: '110105' }, dashboard)).district.stationMetrics;
      expect(before.stations).toBeGreaterThan(0);

      const stampBefore = await stampOf(STATION_METRICS, { code: '110105' }, dashboard);
      const written = await stampOf(CREATE, { input: stationInput({ districtCode: '110105' }) });
      const named = `SELECT COUNT(*) AS n FROM stations WHERE name = '测试驿站'`;
      const [onPrimary] = await db.manager.query(named);
      const [onReplica] = await db.reader.query(named);
      expect([Number(onPrimary.n), Number(onReplica.n)]).toEqual([1, 0]);
      // Lists read the primary: the new station only. The dashboard figure is the replica's, unchanged.
      const listed = dataOf(await ask(`{ stations(filter: { district: "110105" }, first: 100) { edges { node { name } } } }`, {})).stations.edges;
      expect(listed.map((e: any) => e.node.name)).toEqual(['测试驿站']);
      const after = dataOf(await ask(STATION_METRICS, { code: '110105' }, dashboard)).district.stationMetrics;
      expect(after.stations).toBe(before.stations);
      // Stamped with the replica's data version, which has not seen the write: the gateway
      // takes the figure for stale rather than keeping it for its max-age.
      expect(written).toBeGreaterThan(stampBefore!);
      expect(await stampOf(STATION_METRICS, { code: '110105' }, dashboard)).toBe(stampBefore);
    } finally {
      await stop?.();
      await db?.close();
      await Promise.all([primary.drop(), replica.drop()]);
    }
  });
});
