import fs from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { DOMAINS, sharedTypeDefs, subgraphTypeDefs } from '@nef/kit';
import { parse, type DefinitionNode } from 'graphql';
import { composeSupergraph } from '../src/compose';

const repo = path.resolve(__dirname, '../..');
const named = (d: DefinitionNode): string | null => ('name' in d && d.name ? d.name.value : null);
const shared = parse(sharedTypeDefs).definitions.map(named).filter((n): n is string => n !== null);

describe('definitions every subgraph shares', () => {
  it('are written once, in the kit: no service schema defines one again', () => {
    expect(shared).toEqual(expect.arrayContaining(['DateTime', 'GeoPoint', 'GeoPointInput', 'PageInfo', 'AuditEntry', 'AuditEntryConnection']));
    for (const name of DOMAINS) {
      const own = parse(fs.readFileSync(path.join(repo, 'services', name, 'src', 'schema.graphql'), 'utf8'));
      const again = own.definitions.map(named).filter((n) => n !== null && shared.includes(n));
      expect({ service: name, redefines: again }).toEqual({ service: name, redefines: [] });
    }
  });

  it('reach every subgraph, and the four compose', () => {
    expect(() => composeSupergraph()).not.toThrow();
    expect(composeSupergraph()).toMatch(/type PageInfo\s+@join__type\(graph: GOVERNANCE\)\s+@join__type\(graph: STATIONS\)\s+@join__type\(graph: TRAINING\)\s+@join__type\(graph: UNION\)/);
  });

  it('cannot drift: a service that writes its own copy does not build', () => {
    const drifted = `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@shareable"])
      type Query { page: PageInfo }
      type PageInfo @shareable { hasNextPage: Boolean! endCursor: String total: Int }
    `;
    expect(() => buildSubgraphSchema([{ typeDefs: parse(subgraphTypeDefs(drifted)) }])).toThrow(/PageInfo/);
  });
});
