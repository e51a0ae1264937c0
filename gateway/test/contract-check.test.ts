import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema, parse, print, printSchema, visit, type GraphQLObjectType } from 'graphql';
import { clientSchemaOf, findBreakages } from '../src/cli/contract';
import { readManifest } from '../src/trusted/manifest';
import { DEFAULT_SUPERGRAPH_FILE } from '../src/config';
import { DEFAULT_TRUSTED_DOCUMENTS_DIR } from '../src/trusted/settings';

const ROOT = path.resolve(__dirname, '../..');
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join('gateway', 'src', 'cli', script), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TRUSTED_DOCUMENTS_DIR: '' } });

/** The API schema of the current supergraph, without `Worker.pointsBalance` (which the partner client's Benefits reads). */
function schemaWithoutPointsBalance(): string {
  const sdl = printSchema(clientSchemaOf(fs.readFileSync(DEFAULT_SUPERGRAPH_FILE, 'utf8')));
  const edited = visit(parse(sdl), {
    ObjectTypeDefinition: (node) => (node.name.value === 'Worker' ? { ...node, fields: node.fields?.filter((f) => f.name.value !== 'pointsBalance') } : undefined),
  });
  const without = print(edited);
  expect(Object.keys((buildSchema(without).getType('Worker') as GraphQLObjectType).getFields())).not.toContain('pointsBalance');
  return without;
}

describe('contract check against published operations', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nef-contract-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const partnerClient = () => readManifest(path.join(DEFAULT_TRUSTED_DOCUMENTS_DIR, 'partner-client.json')).operations;

  it('finds nothing to report against the schema the operations were published for', () => {
    expect(findBreakages(clientSchemaOf(fs.readFileSync(DEFAULT_SUPERGRAPH_FILE, 'utf8')), { 'partner-client': partnerClient() })).toEqual([]);
  });

  it('names the manifest, the operation and the field a schema without that field would break', () => {
    const broken = findBreakages(clientSchemaOf(schemaWithoutPointsBalance()), { 'partner-client': partnerClient() });
    expect(broken).toEqual([expect.objectContaining({ manifest: 'partner-client', operation: 'Benefits', message: 'Cannot query field "pointsBalance" on type "Worker".' })]);
  });

  it('fails `npm run contract:check` on such a schema, naming them, and passes on the composed one', () => {
    const file = path.join(dir, 'schema.graphql');
    fs.writeFileSync(file, schemaWithoutPointsBalance());
    const failed = run('contract-check.ts', ['--schema', file]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/partner-client: Benefits \[[0-9a-f]{12}\]: Cannot query field "pointsBalance" on type "Worker"/);
    const passed = run('contract-check.ts', []);
    expect(passed.stderr).toBe('');
    expect(passed.status).toBe(0);
    expect(passed.stdout).toMatch(/contract check: \d+ published operation\(s\) in \d+ manifest\(s\) are valid/);
  });

  it('publishes nothing when one operation does not validate against the supergraph', () => {
    const docs = path.join(dir, 'docs');
    const ops = path.join(dir, 'ops.graphql');
    fs.writeFileSync(ops, 'query Good { platforms { code } }\nquery Bad { workerz { id } }');
    const refused = run('publish-operations.ts', ['--client', 'mobile', '--dir', docs, ops]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/mobile: Bad \[[0-9a-f]{12}\]: Cannot query field "workerz" on type "Query"/);
    expect(fs.existsSync(path.join(docs, 'mobile.json'))).toBe(false);

    fs.writeFileSync(ops, 'query Good { platforms { code } }');
    const published = run('publish-operations.ts', ['--client', 'mobile', '--dir', docs, ops]);
    expect(published.status).toBe(0);
    expect(readManifest(path.join(docs, 'mobile.json')).operations.map((op) => op.name)).toEqual(['Good']);
  });
});
