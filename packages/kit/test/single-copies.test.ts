import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const WORKSPACES = ['packages/kit', 'services/stations', 'services/union', 'services/training', 'services/governance', 'gateway', 'examples/partner-client'];

describe('installed dependencies', () => {
  // Two copies of graphql or typeorm break instanceof checks (GraphQLError, EntitySchema)
  // between the kit and the services; npm can nest copies silently when versions drift.
  it.each(['graphql', 'typeorm', '@apollo/server', '@apollo/subgraph'])('resolves one copy of %s from every workspace', (name) => {
    const resolved = new Set(
      WORKSPACES.map((w) => require.resolve(name, { paths: [path.join(ROOT, w)] })),
    );
    expect([...resolved]).toHaveLength(1);
  });
});
