#!/usr/bin/env node
// npm run k8s:check [-- <kustomization dir>...]: renders the Kubernetes manifests (the base and
// every overlay under deploy/kubernetes by default) without kubectl, and fails unless every
// object
// - validates against the Kubernetes API schemas bundled in `kubernetes-models` (types,
//   required fields, enums), offline;
// - names no field the schemas do not know (kubectl's strict field validation would refuse it;
//   checked by TypeScript's excess-property check against the same package's types);
// - keeps the project's rules: an image, probes on the paths the code serves and on the port
//   the process listens on, a grace period longer than the drain, non-root and read-only,
//   requests and limits, only environment variables the process's code reads, Services,
//   autoscalers and budgets that find their pods, and Secrets documented in docs/deployment.md.
//
// `-- --render <dir>` prints the rendered objects as YAML instead (for `kubectl apply -f -`
// where kustomize is not at hand). The renderer knows the part of kustomize these manifests use
// (resources, namespace, images, replicas, strategic-merge patches) and refuses anything else,
// so that it never renders differently from `kubectl apply -k` without saying so.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import YAML from 'yaml';
import { root } from './lib.mjs';

const PROCESSES = ['gateway', 'stations', 'union', 'training', 'governance'];
const SUBGRAPHS = PROCESSES.slice(1);
/** Set in a container but read by the tools that run the process (npm), not by its code. */
const TOOL_ENV = /^(npm_config_[a-z_]+|NODE_OPTIONS)$/;
const SECRETS_DOC = 'docs/deployment.md';

// ---------------------------------------------------------------------------------------------
// Rendering

const KUSTOMIZATION_FIELDS = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'replicas', 'patches']);
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'PersistentVolume', 'StorageClass', 'PriorityClass', 'IngressClass']);
/** The list fields strategic merge patches merge by a key (Kubernetes' patchMergeKey), where these manifests use them. */
const MERGE_KEYS = { containers: 'name', initContainers: 'name', env: 'name', volumes: 'name', volumeMounts: 'name', imagePullSecrets: 'name' };

class CheckError extends Error {}

function readYamlDocuments(file) {
  const docs = YAML.parseAllDocuments(fs.readFileSync(file, 'utf8'));
  const out = [];
  for (const doc of docs) {
    if (doc.errors.length > 0) throw new CheckError(`${rel(file)}: ${doc.errors[0].message}`);
    const value = doc.toJS();
    if (value !== null && value !== undefined) out.push(value);
  }
  return out;
}

const rel = (p) => path.relative(process.cwd(), p) || '.';
const idOf = (o) => `${o.kind}/${o.metadata?.name ?? '?'}`;

/** The objects a kustomization directory renders to, in order, each with the file it came from. */
export function render(dir) {
  const file = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
  if (!file) throw new CheckError(`${rel(dir)}: no kustomization.yaml`);
  const [k] = readYamlDocuments(file);
  if (!k || typeof k !== 'object') throw new CheckError(`${rel(file)}: empty`);
  for (const field of Object.keys(k)) {
    if (!KUSTOMIZATION_FIELDS.has(field)) {
      throw new CheckError(`${rel(file)}: "${field}" is not supported by this renderer (supported: ${[...KUSTOMIZATION_FIELDS].join(', ')})`);
    }
  }
  if (k.kind !== 'Kustomization') throw new CheckError(`${rel(file)}: kind must be Kustomization`);

  const objects = [];
  for (const entry of k.resources ?? []) {
    const target = path.resolve(dir, entry);
    if (!fs.existsSync(target)) throw new CheckError(`${rel(file)}: resource ${entry} does not exist`);
    if (fs.statSync(target).isDirectory()) objects.push(...render(target));
    else for (const obj of readYamlDocuments(target)) objects.push({ obj, source: rel(target) });
  }
  const seen = new Set();
  for (const { obj, source } of objects) {
    const id = `${obj.apiVersion} ${idOf(obj)}`;
    if (seen.has(id)) throw new CheckError(`${source}: ${idOf(obj)} is defined twice`);
    seen.add(id);
  }

  for (const p of k.patches ?? []) {
    const patches = p.path ? readYamlDocuments(path.resolve(dir, p.path)) : p.patch ? YAML.parseAllDocuments(p.patch).map((d) => d.toJS()) : [];
    const where = p.path ? rel(path.resolve(dir, p.path)) : `${rel(file)} (inline patch)`;
    if (patches.length === 0) throw new CheckError(`${where}: a patch needs a path or a patch`);
    if (patches.length > 1) throw new CheckError(`${where}: one patch per file or entry (kustomize's patches field takes one)`);
    for (const patch of patches) {
      if (Array.isArray(patch)) throw new CheckError(`${where}: JSON 6902 patches are not supported, only strategic merge patches`);
      const kind = p.target?.kind ?? patch.kind;
      const name = p.target?.name ?? patch.metadata?.name;
      const hits = objects.filter(({ obj }) => obj.kind === kind && obj.metadata?.name === name);
      if (hits.length === 0) throw new CheckError(`${where}: no ${kind}/${name} to patch`);
      for (const hit of hits) hit.obj = strategicMerge(hit.obj, patch);
    }
  }

  for (const img of k.images ?? []) {
    let used = false;
    for (const { obj } of objects) {
      for (const c of containersOf(obj)) {
        const { name, tag } = splitImage(c.image ?? '');
        if (name !== img.name) continue;
        used = true;
        c.image = `${img.newName ?? name}${img.digest ? `@${img.digest}` : img.newTag !== undefined ? `:${img.newTag}` : tag}`;
      }
    }
    if (!used) throw new CheckError(`${rel(file)}: images: no container uses ${img.name}`);
  }

  for (const r of k.replicas ?? []) {
    const hits = objects.filter(({ obj }) => ['Deployment', 'StatefulSet', 'ReplicaSet'].includes(obj.kind) && obj.metadata?.name === r.name);
    if (hits.length === 0) throw new CheckError(`${rel(file)}: replicas: no workload named ${r.name}`);
    for (const { obj } of hits) obj.spec = { ...obj.spec, replicas: r.count };
  }

  if (k.namespace) {
    for (const { obj } of objects) if (!CLUSTER_SCOPED.has(obj.kind)) obj.metadata = { ...obj.metadata, namespace: k.namespace };
  }
  return objects;
}

function splitImage(image) {
  const at = image.indexOf('@');
  const base = at >= 0 ? image.slice(0, at) : image;
  const colon = base.lastIndexOf(':');
  if (colon > base.lastIndexOf('/')) return { name: base.slice(0, colon), tag: base.slice(colon) + (at >= 0 ? image.slice(at) : '') };
  return { name: base, tag: at >= 0 ? image.slice(at) : '' };
}

/** Strategic merge as Kubernetes does it for these fields: maps merge, `null` deletes, keyed lists merge by key, other lists are replaced. */
export function strategicMerge(target, patch, field) {
  if (patch === null) return undefined;
  if (Array.isArray(patch)) {
    const key = MERGE_KEYS[field];
    if (!key || !Array.isArray(target)) return structuredClone(patch);
    const out = target.map((t) => structuredClone(t));
    for (const item of patch) {
      const i = out.findIndex((t) => t?.[key] === item?.[key]);
      if (i >= 0) out[i] = strategicMerge(out[i], item);
      else out.push(structuredClone(item));
    }
    return out;
  }
  if (typeof patch === 'object') {
    const out = target && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
    for (const [k, v] of Object.entries(patch)) {
      const merged = strategicMerge(out[k], v, k);
      if (merged === undefined) delete out[k];
      else out[k] = merged;
    }
    return out;
  }
  return patch;
}

function podSpecOf(obj) {
  if (obj.kind === 'CronJob') return obj.spec?.jobTemplate?.spec?.template?.spec;
  if (['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].includes(obj.kind)) return obj.spec?.template?.spec;
  if (obj.kind === 'Pod') return obj.spec;
  return undefined;
}

function containersOf(obj) {
  const spec = podSpecOf(obj);
  return spec ? [...(spec.initContainers ?? []), ...(spec.containers ?? [])] : [];
}

// ---------------------------------------------------------------------------------------------
// The Kubernetes schemas

async function modelFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const module = group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`;
  let mod;
  try {
    mod = await import(module);
  } catch {
    return undefined;
  }
  return typeof mod[kind] === 'function' ? { Model: mod[kind], module: `${module}/${kind}` } : undefined;
}

/** Errors of one object against its JSON schema (kubernetes-models' validate()). */
async function schemaErrors(obj) {
  if (typeof obj.apiVersion !== 'string' || typeof obj.kind !== 'string') return [{ path: '', message: 'apiVersion and kind are required' }];
  const model = await modelFor(obj.apiVersion, obj.kind);
  if (!model) return [{ path: '', message: `${obj.apiVersion} ${obj.kind} is not a Kubernetes API type` }];
  try {
    new model.Model(obj).validate();
    return [];
  } catch (err) {
    const errors = err.errors ?? [{ instancePath: '', message: err.message }];
    return errors.map((e) => ({ path: e.instancePath, message: e.message }));
  }
}

/**
 * Fields the schemas do not know, found by type-checking each object as an object literal of
 * its kubernetes-models interface: TypeScript refuses a property an interface does not declare,
 * at any depth. Resolves to a list of { index, path, message }.
 */
async function unknownFields(objects) {
  const { default: ts } = await import('typescript');
  const lines = [];
  const imports = [];
  const owners = []; // line number -> { index, path }
  for (const [index, obj] of objects.entries()) {
    const model = await modelFor(obj.apiVersion, obj.kind);
    if (!model) continue;
    imports.push(`import type { I${obj.kind} as T${index} } from ${JSON.stringify(model.module)};`);
    const literal = [];
    literalLines(obj, '', 0, literal);
    literal[0].text = `const o${index}: T${index} = ${literal[0].text}`;
    literal[literal.length - 1].text += ';';
    for (const l of literal) {
      lines.push(l.text);
      owners.push({ index, path: l.path });
    }
  }
  const header = imports.length;
  const text = [...imports, ...lines, 'export {};'].join('\n');
  const file = path.join(root, '__k8s_check__.ts');
  const options = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true, types: [] };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) => (path.resolve(name) === file ? ts.createSourceFile(name, text, lang) : getSourceFile(name, lang, ...rest));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => path.resolve(name) === file || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (path.resolve(name) === file ? text : readFile(name));
  const program = ts.createProgram([file], options, host);
  const out = [];
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n').pop();
    if (!d.file || path.resolve(d.file.fileName) !== file) {
      out.push({ index: -1, path: '', message });
      continue;
    }
    const line = d.file.getLineAndCharacterOfPosition(d.start ?? 0).line - header;
    const owner = owners[line] ?? { index: -1, path: '' };
    out.push({ ...owner, message });
  }
  return out;
}

/** An object literal, one property per line, each line knowing the JSON path it holds. */
function literalLines(value, at, depth, out, prefix = '') {
  const pad = '  '.repeat(depth);
  if (Array.isArray(value)) {
    out.push({ text: `${pad}${prefix}[`, path: at });
    value.forEach((v, i) => literalLines(v, `${at}/${i}`, depth + 1, out));
    out.push({ text: `${pad}],`, path: at });
  } else if (value && typeof value === 'object') {
    out.push({ text: `${pad}${prefix}{`, path: at });
    for (const [k, v] of Object.entries(value)) literalLines(v, `${at}/${k}`, depth + 1, out, `${JSON.stringify(k)}: `);
    out.push({ text: `${pad}},`, path: at });
  } else {
    out.push({ text: `${pad}${prefix}${JSON.stringify(value)},`, path: at });
  }
  if (depth === 0) {
    out[0].text = out[0].text.trimStart();
    out[out.length - 1].text = out[out.length - 1].text.replace(/,$/, '');
  }
}

// ---------------------------------------------------------------------------------------------
// The project's rules, and agreement with the code

/** Every source file of a process: its own and the kit's. */
function sourcesOf(processName) {
  const dirs = [path.join(root, 'packages/kit/src'), processName === 'gateway' ? path.join(root, 'gateway/src') : path.join(root, 'services', processName, 'src')];
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name === 'generated' || e.name === 'vendor') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|mts|cts|js|mjs|cjs)$/.test(e.name) && !e.name.endsWith('.d.ts')) files.push(p);
    }
  };
  for (const d of dirs) if (fs.existsSync(d)) walk(d);
  return files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

/**
 * The environment variables a process's code reads, as a test: the names given to the kit's
 * `Env` readers (`env.str('PORT')`...), read from `process.env.X`, and `${...}_SUFFIX` templates
 * given to a reader (`${service}_DATABASE_URL`). OpenTelemetry's standard OTEL_* variables count
 * as read where the code sets up its SDK (which reads the rest itself).
 */
function envReader(processName) {
  const source = sourcesOf(processName);
  const names = new Set();
  for (const re of [
    /\b(?:str|int|intInRange|bool)\(\s*['"`]([A-Z][A-Z0-9_]*)['"`]/g,
    /\b(?:process\.env|vars)\.([A-Z][A-Z0-9_]*)/g,
    /\b(?:process\.env|vars)\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\]/g,
  ]) {
    for (const m of source.matchAll(re)) names.add(m[1]);
  }
  // Names handed to the kit's settings helpers (`peerTargetsFromEnv(env, { keyName: 'TRAINING_PEER_KEY' }, ...)`,
  // `publicBaseUrl(env, 'TRAINING_PUBLIC_URL')`): every quoted name inside such a call's parentheses.
  for (const m of source.matchAll(/\b\w+(?:FromEnv|BaseUrl)\(/g)) {
    let depth = 0;
    let end = m.index + m[0].length - 1;
    for (; end < source.length; end++) {
      if (source[end] === '(') depth++;
      else if (source[end] === ')' && --depth === 0) break;
    }
    for (const q of source.slice(m.index, end).matchAll(/['"`]([A-Z][A-Z0-9]*_[A-Z0-9_]+)['"`]/g)) names.add(q[1]);
  }
  const templates = [...source.matchAll(/\b(?:str|int|intInRange|bool)\(\s*`\$\{[^}`]+\}([A-Z0-9_]+)`/g)].map((m) => new RegExp(`^[A-Z][A-Z0-9_]*${m[1]}$`));
  const otel = /\bOTEL_[A-Z_]+/.test(source);
  return (name) => names.has(name) || templates.some((t) => t.test(name)) || (otel && name.startsWith('OTEL_'));
}

function processOf(container) {
  if (PROCESSES.includes(container.name)) return container.name;
  return undefined;
}

function defaultPortOf(processName) {
  if (processName === 'gateway') {
    const m = fs.readFileSync(path.join(root, 'gateway/src/config.ts'), 'utf8').match(/env\.int\('PORT',\s*(\d+)\)/);
    return m ? Number(m[1]) : undefined;
  }
  const m = fs.readFileSync(path.join(root, 'packages/kit/src/subgraph.ts'), 'utf8').match(/DEFAULT_PORTS[^=]*=\s*\{([^}]*)\}/);
  const found = m?.[1].match(new RegExp(`${processName}:\\s*(\\d+)`));
  return found ? Number(found[1]) : undefined;
}

function servedPaths() {
  const http = fs.readFileSync(path.join(root, 'packages/kit/src/http.ts'), 'utf8');
  return new Set([...http.matchAll(/'(\/[a-z]+)':/g)].map((m) => m[1]));
}

const selects = (selector, labels) => !!selector && Object.entries(selector).every(([k, v]) => labels?.[k] === v);

/** What a container's environment holds: its own variables and those of the ConfigMaps it takes whole. */
function envOf(container, configMaps, problem) {
  const env = new Map();
  for (const from of container.envFrom ?? []) {
    if (from.configMapRef) {
      const cm = configMaps.get(from.configMapRef.name);
      if (!cm) {
        if (!from.configMapRef.optional) problem(`envFrom: ConfigMap ${from.configMapRef.name} is not among the manifests`);
        continue;
      }
      for (const [k, v] of Object.entries(cm.data ?? {})) env.set(k, { value: v, from: `ConfigMap ${from.configMapRef.name}` });
    }
    if (from.secretRef) problem(`envFrom: Secret ${from.secretRef.name}: name each variable (secretKeyRef) so that the check can see it`);
  }
  for (const e of container.env ?? []) env.set(e.name, { value: e.value, ref: e.valueFrom, from: 'env' });
  return env;
}

function projectProblems(objects) {
  const problems = [];
  const paths = servedPaths();
  const readers = new Map(PROCESSES.map((p) => [p, envReader(p)]));
  const configMaps = new Map(objects.filter((o) => o.kind === 'ConfigMap').map((o) => [o.metadata.name, o]));
  const deployments = objects.filter((o) => o.kind === 'Deployment');
  const services = objects.filter((o) => o.kind === 'Service');
  const secretsDoc = fs.existsSync(path.join(root, SECRETS_DOC)) ? fs.readFileSync(path.join(root, SECRETS_DOC), 'utf8') : '';
  const scripts = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts ?? {};

  for (const [index, obj] of objects.entries()) {
    const problem = (message) => problems.push({ index, path: '', message });
    const pod = podSpecOf(obj);
    if (pod) {
      if (pod.automountServiceAccountToken !== false) problem('automountServiceAccountToken must be false (no process calls the Kubernetes API)');
      if (pod.securityContext?.runAsNonRoot !== true) problem('securityContext.runAsNonRoot must be true');
      if (typeof pod.securityContext?.runAsUser !== 'number') problem('securityContext.runAsUser must be a number (the image\'s user is named, which runAsNonRoot cannot check)');
      for (const c of containersOf(obj)) {
        const cproblem = (message) => problem(`container ${c.name}: ${message}`);
        if (!c.image) cproblem('no image');
        const sc = c.securityContext ?? {};
        if (sc.allowPrivilegeEscalation !== false) cproblem('securityContext.allowPrivilegeEscalation must be false');
        if (sc.readOnlyRootFilesystem !== true) cproblem('securityContext.readOnlyRootFilesystem must be true');
        if (!(sc.capabilities?.drop ?? []).includes('ALL')) cproblem('securityContext.capabilities.drop must include ALL');
        for (const kind of ['requests', 'limits']) {
          for (const r of ['cpu', 'memory']) if (c.resources?.[kind]?.[r] === undefined) cproblem(`resources.${kind}.${r} is not set`);
        }
        for (const m of c.volumeMounts ?? []) {
          if (!(pod.volumes ?? []).some((v) => v.name === m.name)) cproblem(`volumeMount ${m.name} has no volume`);
        }
        const proc = processOf(c);
        if (!proc) {
          cproblem(`the container's name must be the process it runs (${PROCESSES.join(', ')})`);
          continue;
        }
        const command = [...(c.command ?? []), ...(c.args ?? [])];
        const joined = command.join(' ');
        if (!joined.includes(proc === 'gateway' ? 'gateway' : proc)) cproblem(`its command (${joined || 'the image\'s'}) does not run ${proc}`);
        for (const arg of command) {
          if (!/^(gateway|services|packages|scripts)\/.*\.(ts|mjs|js)$/.test(arg)) continue;
          // A compiled entry point (dist/, built in the image) stands for its source file.
          const source = arg.replace(/^((?:gateway|services\/[a-z-]+|packages\/[a-z-]+))\/dist\/(.+)\.js$/, '$1/src/$2.ts');
          if (!fs.existsSync(path.join(root, source))) cproblem(`its command runs ${arg}, and ${source} does not exist`);
        }
        const npmRun = command[0] === 'npm' && command[1] === 'run' ? command[2] : undefined;
        if (npmRun && !scripts[npmRun]) cproblem(`npm run ${npmRun}: package.json has no such script`);

        const env = envOf(c, configMaps, cproblem);
        const reads = readers.get(proc);
        for (const [name, v] of env) {
          if (TOOL_ENV.test(name)) continue;
          if (!reads(name)) cproblem(`${name} (${v.from}) is not read by the ${proc} code`);
          const secret = v.ref?.secretKeyRef?.name;
          if (secret && !secretsDoc.includes(`\`${secret}\``)) cproblem(`${name}: Secret ${secret} is not documented in ${SECRETS_DOC}`);
          const cm = v.ref?.configMapKeyRef;
          if (cm && !configMaps.get(cm.name)?.data?.[cm.key] && !cm.optional) cproblem(`${name}: ConfigMap ${cm.name} has no key ${cm.key}`);
        }
        if (env.has('PRINCIPAL_SIGNING_KEY') && proc !== 'gateway') cproblem('PRINCIPAL_SIGNING_KEY belongs to the gateway alone');
        for (const v of pod.volumes ?? []) {
          if (v.secret && !secretsDoc.includes(`\`${v.secret.secretName}\``)) cproblem(`volume ${v.name}: Secret ${v.secret.secretName} is not documented in ${SECRETS_DOC}`);
        }

        if (obj.kind !== 'Deployment') continue;
        // A serving process: its port, probes and shutdown.
        const port = Number(env.get('PORT')?.value ?? defaultPortOf(proc));
        if (port !== defaultPortOf(proc)) cproblem(`PORT ${port} is not ${proc}'s port (${defaultPortOf(proc)}), which the other processes and docs expect`);
        if (!(c.ports ?? []).some((p) => p.containerPort === port)) cproblem(`no containerPort ${port} (the port ${proc} listens on)`);
        if (env.get('HOST')?.value !== '0.0.0.0') cproblem('HOST must be 0.0.0.0: the process listens on loopback otherwise, out of reach of probes and Services');
        const portOf = (p) => (typeof p === 'number' ? p : (c.ports ?? []).find((cp) => cp.name === p)?.containerPort);
        for (const [probe, want] of [['readinessProbe', '/readyz'], ['livenessProbe', '/healthz']]) {
          const get = c[probe]?.httpGet;
          if (!get) cproblem(`${probe} must be an httpGet of ${want}`);
          else {
            if (get.path !== want) cproblem(`${probe} asks ${get.path}, not ${want}`);
            if (portOf(get.port) !== port) cproblem(`${probe} asks port ${get.port}, not ${port}`);
          }
        }
        for (const probe of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
          const p = c[probe]?.httpGet?.path;
          if (p && !paths.has(p)) cproblem(`${probe}: ${p} is not served (packages/kit/src/http.ts serves ${[...paths].join(', ')})`);
        }
        const drainS = Number(env.get('DRAIN_TIMEOUT_MS')?.value ?? 10000) / 1000;
        const pauseS = c.lifecycle?.preStop?.sleep?.seconds;
        if (!pauseS) cproblem('lifecycle.preStop must pause (sleep) so that endpoints are removed before the drain');
        if (!((pod.terminationGracePeriodSeconds ?? 30) > drainS + (pauseS ?? 0))) {
          cproblem(`terminationGracePeriodSeconds (${pod.terminationGracePeriodSeconds ?? 30}) must exceed the preStop pause and DRAIN_TIMEOUT_MS (${pauseS ?? 0} + ${drainS} s)`);
        }
        if (proc === 'gateway') {
          for (const s of SUBGRAPHS) {
            const url = env.get(`${s.toUpperCase()}_URL`)?.value;
            if (!url) {
              cproblem(`${s.toUpperCase()}_URL is not set (the default is loopback)`);
              continue;
            }
            const u = new URL(url);
            const svc = services.find((x) => x.metadata.name === u.hostname.split('.')[0]);
            const svcPort = svc?.spec?.ports?.find((p) => p.port === Number(u.port));
            const backs = svc && deployments.filter((d) => selects(svc.spec.selector, d.spec?.template?.metadata?.labels));
            if (!svcPort) cproblem(`${s.toUpperCase()}_URL ${url}: no Service ${u.hostname} with port ${u.port}`);
            else if (!backs.some((d) => d.spec.template.spec.containers.some((x) => x.name === s))) cproblem(`${s.toUpperCase()}_URL ${url}: Service ${u.hostname} does not lead to ${s}`);
            if (u.pathname !== '/graphql') cproblem(`${s.toUpperCase()}_URL ${url}: the path must be /graphql`);
          }
        }
      }
    }

    if (obj.kind === 'Service') {
      const pods = deployments.filter((d) => selects(obj.spec?.selector, d.spec?.template?.metadata?.labels));
      if (pods.length === 0) problem('its selector matches no Deployment\'s pods');
      for (const p of obj.spec?.ports ?? []) {
        for (const d of pods) {
          const ok = d.spec.template.spec.containers.some((c) => (c.ports ?? []).some((cp) => cp.name === p.targetPort || cp.containerPort === (p.targetPort ?? p.port)));
          if (!ok) problem(`port ${p.port}: targetPort ${p.targetPort ?? p.port} is no container port of ${idOf(d)}`);
        }
      }
      const subgraph = pods.some((d) => d.spec.template.spec.containers.some((c) => SUBGRAPHS.includes(c.name)));
      if (subgraph && (obj.spec?.type ?? 'ClusterIP') !== 'ClusterIP') problem('a subgraph\'s Service must be ClusterIP (only the gateway is reached from outside)');
    }
    if (obj.kind === 'HorizontalPodAutoscaler') {
      const ref = obj.spec?.scaleTargetRef;
      const target = ref && objects.find((o) => o.kind === ref.kind && o.metadata?.name === ref.name);
      if (ref && !target) problem(`scaleTargetRef ${ref.kind}/${ref.name} is not among the manifests`);
      // Every apply would reset the count the autoscaler chose (pods removed, then added again).
      if (target?.spec?.replicas !== undefined) problem(`${idOf(target)} sets spec.replicas, which this autoscaler owns: set minReplicas instead`);
    }
    if (obj.kind === 'PodDisruptionBudget') {
      if (!deployments.some((d) => selects(obj.spec?.selector?.matchLabels, d.spec?.template?.metadata?.labels))) problem('its selector matches no Deployment\'s pods');
    }
  }

  const denyAll = objects.some((o) => o.kind === 'NetworkPolicy' && Object.keys(o.spec?.podSelector ?? { x: 1 }).length === 0 && ['Ingress', 'Egress'].every((t) => o.spec?.policyTypes?.includes(t)));
  if (deployments.length > 0 && !denyAll) problems.push({ index: -1, path: '', message: 'no default-deny NetworkPolicy (podSelector {}, Ingress and Egress)' });
  return problems;
}

// ---------------------------------------------------------------------------------------------

/** Checks one kustomization directory; resolves to the problems found, as lines. */
export async function check(dir) {
  const rendered = render(dir);
  const objects = rendered.map((r) => r.obj);
  const lines = [];
  const where = (index) => (index >= 0 ? `${rendered[index].source}: ${idOf(objects[index])}` : rel(dir));
  for (const [index, obj] of objects.entries()) {
    for (const e of await schemaErrors(obj)) lines.push(`${where(index)}: ${e.path || '/'} ${e.message}`);
  }
  for (const e of await unknownFields(objects)) lines.push(`${where(e.index)}: ${e.path || '/'} ${e.message}`);
  for (const e of projectProblems(objects)) lines.push(`${where(e.index)}: ${e.message}`);
  return { objects, problems: [...new Set(lines)] };
}

function defaultDirs() {
  const base = path.join(root, 'deploy/kubernetes/base');
  const overlays = path.join(root, 'deploy/kubernetes/overlays');
  const dirs = [base];
  if (fs.existsSync(overlays)) for (const d of fs.readdirSync(overlays).sort()) dirs.push(path.join(overlays, d));
  return dirs;
}

async function main() {
  const args = process.argv.slice(2);
  const renderAt = args.indexOf('--render');
  try {
    if (renderAt >= 0) {
      const dir = args[renderAt + 1];
      if (!dir) throw new CheckError('--render needs a kustomization directory');
      process.stdout.write(render(path.resolve(dir)).map(({ obj }) => YAML.stringify(obj)).join('---\n'));
      return 0;
    }
    const dirs = args.length > 0 ? args.map((a) => path.resolve(a)) : defaultDirs();
    let failed = 0;
    for (const dir of dirs) {
      const { objects, problems } = await check(dir);
      if (problems.length === 0) console.log(`${rel(dir)}: ${objects.length} objects valid`);
      else {
        failed += 1;
        console.error(`${rel(dir)}: ${problems.length} problem(s)`);
        for (const p of problems) console.error(`- ${p}`);
      }
    }
    return failed > 0 ? 1 : 0;
  } catch (err) {
    if (err instanceof CheckError) {
      console.error(`k8s check: ${err.message}`);
      return 1;
    }
    throw err;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main();
