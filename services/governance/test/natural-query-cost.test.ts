import fs from 'node:fs';
import path from 'node:path';
import { parse, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
// The gateway's own measure of an operation and its view of the composed schema: the cost a
// partner's query is charged is computed by exactly this code before anything runs.
import { clientSchemaOf } from '../../../gateway/src/cli/contract';
import { analyzeOperation } from '../../../gateway/src/limits/analyze';

/** The gateway's default MAX_QUERY_COST. */
const COST_LIMIT = 5000;

let schema: GraphQLSchema;
beforeAll(() => {
  schema = clientSchemaOf(fs.readFileSync(path.join(__dirname, '../../../gateway/supergraph.graphql'), 'utf8'));
});

function costOf(query: string): number {
  const document = parse(query);
  expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  return analyzeOperation(schema, document, document.definitions[0] as OperationDefinitionNode).cost;
}

/**
 * What partner apps, dashboards and operators ask for, with every page at its default size.
 * Each stays within the cost limit, with room for the rest of a screen beside it.
 */
const NATURAL: Record<string, string> = {
  'a worker’s governance screen: points, ledger, reports with their history, vouchers, passes, roles': /* GraphQL */ `
    query($id: ID!) {
      worker(id: $id) {
        pointsBalance
        pointsHistoryConnection { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { delta reason balanceAfter reference createdAt note } } }
        reportsConnection {
          totalCount pageInfo { hasNextPage endCursor }
          edges { node { id category status submittedAt photoUrls location { lat lng } district { code }
            history { kind status publicNote at } possibleDuplicates { id status } } }
        }
        redemptionsConnection { edges { node { voucherCode status pointsSpent reward { title costPoints station { id } } } } }
        gatePassesConnection { edges { node { code expiresAt valid holderName platform community { name district { code } } } } }
        volunteerRolesConnection { edges { node { role since until community { name } } } }
      }
    }`,
  'the public report map: a page of reports with their duplicates and history': /* GraphQL */ `
    {
      reports(filter: { district: "110105" }) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { id category description status submittedAt location { lat lng } district { code }
          history { kind status publicNote at } possibleDuplicates { id category location { lat lng } } duplicateOf { id } } }
      }
    }`,
  'stations with the rewards redeemable at each': /* GraphQL */ `
    {
      stations { edges { node { id name rewardsConnection { totalCount edges { node { id title costPoints stock district { code } } } } } } }
    }`,
  'the old plain lists at their defaults': /* GraphQL */ `
    {
      rewards { id title costPoints stock station { id } district { code } }
      communities { id name riderFriendly district { code } }
      volunteerActivities { id title startsAt participants capacity community { name district { code } } }
    }`,
  'communities and activities page by page': /* GraphQL */ `
    {
      communitiesConnection { totalCount edges { node { id name riderFriendly passValidityDays district { code } } } }
      volunteerActivitiesConnection { totalCount edges { node { id title startsAt community { name } } } }
      rewardsConnection { totalCount edges { node { id title station { id } } } }
    }`,
  'every district’s governance figures with their breakdowns': /* GraphQL */ `
    { districts { code governanceMetrics { reports resolved byCategory { key count } byStatus { key count } medianHoursToResolve activeVolunteers pointsIssued pointsRedeemed } } }`,
};

describe('the natural governance queries at default page sizes', () => {
  it.each(Object.entries(NATURAL))('%s stays within the gateway’s cost limit', (_, query) => {
    expect(costOf(query)).toBeLessThanOrEqual(COST_LIMIT);
  });

  it('are priced as the gateway prices pages: a connection, then its edges and nodes', () => {
    // One worker, one connection of 20 edges and 20 nodes.
    expect(costOf('query($id: ID!) { worker(id: $id) { pointsHistoryConnection { edges { node { delta } } } } }')).toBe(1 + 1 + 20 + 20);
    // The ledger read at the largest page (100) is still far below the limit.
    expect(costOf('query($id: ID!) { worker(id: $id) { pointsHistoryConnection(first: 100) { edges { node { delta } } } } }')).toBe(1 + 1 + 100 + 100);
  });
});
