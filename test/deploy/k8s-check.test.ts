import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';

const ROOT = path.resolve(__dirname, '../..');
const BASE = path.join(ROOT, 'deploy/kubernetes/base');
const SCRIPT = path.join(ROOT, 'scripts/k8s-check.mjs');

interface Run {
  code: number;
  output: string;
}

function check(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [SCRIPT, ...args], { cwd: ROOT }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, output: stdout + stderr });
    });
  });
}

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the base with one file edited; resolves to its directory. */
function brokenBase(file: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nef-k8s-'));
  copies.push(dir);
  for (const f of fs.readdirSync(BASE)) fs.copyFileSync(path.join(BASE, f), path.join(dir, f));
  const target = path.join(dir, file);
  const before = fs.readFileSync(target, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit changed nothing in ${file}`);
  fs.writeFileSync(target, after);
  return dir;
}

describe('npm run k8s:check', () => {
  it('passes the base and the example overlay as they are', async () => {
    const run = await check();
    expect(run.output).toMatch(/deploy\/kubernetes\/base: \d+ objects valid/);
    expect(run.output).toMatch(/deploy\/kubernetes\/overlays\/example: \d+ objects valid/);
    expect(run.code).toBe(0);
  });

  it('fails a Deployment whose container has no image', async () => {
    const dir = brokenBase('stations.yaml', (t) => t.replace('          image: nef-supergraph\n', ''));
    const run = await check(dir);
    expect(run.code).toBe(1);
    expect(run.output).toContain('Deployment/stations: container stations: no image');
  });

  it('fails a field the Kubernetes schema does not know, naming where it is', async () => {
    const dir = brokenBase('gateway.yaml', (t) => t.replace('failureThreshold: 2', 'failureThreshhold: 2'));
    const run = await check(dir);
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/Deployment\/gateway: \/spec\/template\/spec\/containers\/0\/readinessProbe\/failureThreshhold .*"failureThreshhold"/);
  });

  it('fails a value of the wrong type and a missing required field', async () => {
    const dir = brokenBase('training.yaml', (t) => t.replace('maxReplicas: 10', 'maxReplicas: ten').replace('  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: training }\n', ''));
    const run = await check(dir);
    expect(run.code).toBe(1);
    expect(run.output).toContain('HorizontalPodAutoscaler/training: /spec/maxReplicas must be integer');
    expect(run.output).toContain('HorizontalPodAutoscaler/training: /spec must have required property scaleTargetRef');
  });

  it('fails what disagrees with the code: a variable no code reads, a probe path or port not served', async () => {
    const dir = brokenBase('union.yaml', (t) =>
      t
        .replace('            - { name: PORT, value: "4002" }\n', '            - { name: PORT, value: "4002" }\n            - { name: UNION_COLOUR, value: red }\n')
        .replace('httpGet: { path: /readyz, port: http }', 'httpGet: { path: /ready, port: http }'),
    );
    fs.writeFileSync(path.join(dir, 'governance.yaml'), fs.readFileSync(path.join(dir, 'governance.yaml'), 'utf8').replaceAll('4004', '4014'));
    const run = await check(dir);
    expect(run.code).toBe(1);
    expect(run.output).toContain('container union: UNION_COLOUR (env) is not read by the union code');
    expect(run.output).toContain('container union: readinessProbe asks /ready, not /readyz');
    expect(run.output).toContain("container governance: PORT 4014 is not governance's port (4004)");
    expect(run.output).toContain('GOVERNANCE_URL http://governance:4004/graphql: no Service governance with port 4004');
  });

  it('fails a grace period that the pause and the drain do not fit in', async () => {
    const dir = brokenBase('gateway.yaml', (t) => t.replace('terminationGracePeriodSeconds: 30', 'terminationGracePeriodSeconds: 12'));
    const run = await check(dir);
    expect(run.code).toBe(1);
    expect(run.output).toContain('terminationGracePeriodSeconds (12) must exceed the preStop pause and DRAIN_TIMEOUT_MS (5 + 10 s)');
  });

  it('fails a replica count on a Deployment that an autoscaler scales', async () => {
    const dir = brokenBase('stations.yaml', (t) => t.replace('  revisionHistoryLimit: 5\n', '  replicas: 3\n  revisionHistoryLimit: 5\n'));
    const run = await check(dir);
    expect(run.code).toBe(1);
    expect(run.output).toContain('HorizontalPodAutoscaler/stations: Deployment/stations sets spec.replicas, which this autoscaler owns');
  });

  it('renders the example overlay: namespace, image tag and autoscaler bounds applied', async () => {
    const run = await check('--render', path.join(ROOT, 'deploy/kubernetes/overlays/example'));
    expect(run.code).toBe(0);
    const objects = YAML.parseAllDocuments(run.output).map((d) => d.toJS());
    const find = (kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);
    expect(objects.filter((o) => o.kind !== 'Namespace').every((o) => o.metadata.namespace === 'nef')).toBe(true);
    expect(find('Deployment', 'gateway').spec.template.spec.containers[0].image).toBe('registry.example.com/nef/nef-supergraph:1.0.0');
    expect(find('Job', 'nef-migrate').spec.template.spec.containers.map((c: { image: string }) => c.image)).toEqual(Array(4).fill('registry.example.com/nef/nef-supergraph:1.0.0'));
    expect(find('HorizontalPodAutoscaler', 'gateway').spec).toMatchObject({ minReplicas: 3, maxReplicas: 20, scaleTargetRef: { name: 'gateway' } });
    expect(find('HorizontalPodAutoscaler', 'union').spec).toMatchObject({ minReplicas: 2, maxReplicas: 10 });
  });
});
