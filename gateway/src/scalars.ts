import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { isScalarType, type GraphQLSchema } from 'graphql';
import { DateTimeScalar } from '@nef/kit';

/**
 * The supergraph names DateTime but carries no implementation of it, so the gateway would
 * let "garbage" through to a subgraph, which refuses it there, and the client would get an
 * error from deep in the plan. Giving the gateway's schema the kit's own parsing makes the
 * gateway refuse a malformed DateTime as the subgraphs would, before it plans anything:
 * BAD_USER_INPUT with HTTP 400, for a literal (validation) and for a variable (coercion).
 * The value still goes to the subgraph as the client wrote it.
 */
export function useKitScalars(schema: GraphQLSchema): void {
  const type = schema.getType(DateTimeScalar.name);
  if (!isScalarType(type)) return;
  type.parseValue = DateTimeScalar.parseValue;
  type.parseLiteral = DateTimeScalar.parseLiteral;
}

/** Applies `useKitScalars` to every schema the gateway loads (once at start, again on each update). */
export function kitScalarsPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema }) {
          useKitScalars(apiSchema);
        },
      };
    },
  };
}
