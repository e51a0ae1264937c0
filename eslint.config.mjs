// Lint: typescript-eslint's recommended rules, no import cycles, and the layers of a service
// (docs/architecture.md, "Where code goes"): rules/ does no I/O, resolvers stay thin, services
// never import each other, the kit imports no service. `npm run lint`; CI runs it.
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const SERVICES = ['stations', 'union', 'training', 'governance'];

/** Import patterns a file may not use (type-only imports are allowed: they vanish at run time). */
const restrict = (patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: patterns.map((p) => ({ ...p, allowTypeImports: true })) }],
});

const otherServices = (self) =>
  SERVICES.filter((s) => s !== self).map((s) => ({
    group: [`@nef/${s}`, `@nef/${s}/*`, `**/services/${s}/**`, `../../${s}/**`, `../../../${s}/**`],
    message: 'services never import each other: talk through the supergraph, or move what both need to the kit',
  }));

const IO = {
  group: ['typeorm', 'dataloader', 'graphql', '@apollo/*', 'mysql2', 'better-sqlite3', 'node:fs', 'node:http', 'node:net', 'node:child_process', 'fs', 'http'],
  message: 'rules/ holds pure functions: no database, no GraphQL, no I/O (take values, return values)',
};
const KIT_WHOLE = { regex: '^@nef/kit(/(cli|testing|seed))?$', message: 'rules/ imports @nef/kit/rules, the part of the kit without I/O' };
const upper = (names, message) => ({ group: names.flatMap((n) => [`../${n}`, `../${n}/*`, `./${n}/*`]), message });

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/generated/**', 'bench/**', 'gateway/src/ui/vendor/**', 'test-output/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  // Every package a workspace's code imports is declared in its own package.json; its tests,
  // scripts and commands may also use the repository's dev tools (jest, tsx, graphql-request).
  ...['packages/kit', 'gateway', ...SERVICES.map((s) => `services/${s}`), 'examples/partner-client'].flatMap((dir) => [
    { files: [`${dir}/**/*.ts`], rules: { 'import-x/no-extraneous-dependencies': ['error', { packageDir: [dir], devDependencies: false }] } },
    {
      files: [`${dir}/test/**/*.ts`, `${dir}/scripts/**/*.ts`, `${dir}/codegen.ts`, `${dir}/src/cli/**/*.ts`],
      rules: { 'import-x/no-extraneous-dependencies': ['error', { packageDir: [dir, '.'], devDependencies: true }] },
    },
  ]),
  // The kit serves everyone and imports no one.
  {
    files: ['packages/kit/src/**/*.ts'],
    rules: restrict([{ group: ['@nef/*', '**/services/**', '**/gateway/**'], message: 'the kit imports no service and not the gateway' }]),
  },
  { files: ['gateway/src/**/*.ts'], rules: restrict([{ group: SERVICES.map((s) => `@nef/${s}`), message: 'the gateway reaches services over HTTP only' }]) },
  ...SERVICES.flatMap((s) => [
    { files: [`services/${s}/**/*.ts`], rules: restrict(otherServices(s)) },
    {
      files: [`services/${s}/src/rules/**/*.ts`],
      rules: restrict([
        ...otherServices(s),
        IO,
        KIT_WHOLE,
        upper(['commands', 'queries', 'resolvers', 'entities', 'migrations', 'seed', 'server', 'main', 'cli', 'http'], 'rules/ depends on nothing above it'),
      ]),
    },
    {
      files: [`services/${s}/src/entities/**/*.ts`, `services/${s}/src/migrations/**/*.ts`],
      rules: restrict([...otherServices(s), upper(['commands', 'queries', 'resolvers', 'seed', 'server', 'main', 'cli', 'http'], 'tables and migrations depend on nothing above them')]),
    },
    {
      files: [`services/${s}/src/queries/**/*.ts`],
      rules: restrict([...otherServices(s), upper(['commands', 'resolvers', 'seed', 'server', 'main', 'cli', 'http'], 'queries read; they do not call writes, resolvers or seeds')]),
    },
    {
      files: [`services/${s}/src/commands/**/*.ts`],
      rules: restrict([...otherServices(s), upper(['resolvers', 'seed', 'server', 'main', 'cli', 'http'], 'commands do not depend on resolvers or seeds')]),
    },
    {
      files: [`services/${s}/src/resolvers/**/*.ts`],
      rules: restrict([
        ...otherServices(s),
        { group: ['typeorm', 'mysql2', 'better-sqlite3'], message: 'resolvers stay thin: SQL lives in queries/ and commands/' },
        upper(['seed', 'main', 'cli'], 'resolvers do not depend on seeds or entry points'),
      ]),
    },
  ]),
);
