// Jest transformer: TypeScript (and the ES-module-only graphql-request) to CommonJS with
// esbuild, the same transpiler that runs the services under tsx, so tests run the code as
// it runs in production. Type checking is `npm run typecheck`'s job.
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const { transformSync, version } = require('esbuild');

const SELF = fs.readFileSync(__filename);

module.exports = {
  getCacheKey(source, filename) {
    return createHash('sha256').update(SELF).update(version).update(filename).update(source).digest('hex');
  },
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: filename.endsWith('.ts') ? 'ts' : 'js',
      format: 'cjs',
      target: 'node20',
      sourcefile: filename,
      sourcemap: 'external',
      sourcesContent: false,
    });
    return { code, map };
  },
};
