import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getNamedType, type ASTNode, type DirectiveNode, type ASTVisitor, type FloatValueNode, type IntValueNode, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode } from './errors';

/**
 * Validation rules beside GraphQL's own, for the gateway and every subgraph alike: what they
 * refuse is the caller's mistake, answered with HTTP 400 and BAD_USER_INPUT before anything
 * runs (GraphQL's own rules pass these through, and the request used to fail later as an
 * internal error).
 */

const refuse = (context: ValidationContext, message: string, node: ASTNode) =>
  context.reportError(new GraphQLError(message, { nodes: node, extensions: { code: ErrorCode.BAD_USER_INPUT } }));

/** An operation type the schema has no root for: a `subscription` here (nothing is pushed; poll a query). */
export const SupportedOperationsRule: ValidationRule = (context): ASTVisitor => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    refuse(context, `this API has no ${node.operation} operations; send a query or a mutation`, node);
  },
});

/**
 * A Float literal too large for a double (1e999): GraphQL's Float reads it as Infinity, which
 * no field can take. (In a variable, JSON has no Infinity; `1e999` there is refused as a
 * variable that Float cannot represent.)
 */
export const FiniteFloatRule: ValidationRule = (context): ASTVisitor => {
  const check = (node: FloatValueNode | IntValueNode) => {
    if (getNamedType(context.getInputType())?.name !== 'Float' || Number.isFinite(Number(node.value))) return;
    refuse(context, `Float must be a finite number of at most ±1.7976931348623157e308; got ${node.value.slice(0, 32)}`, node);
  };
  return { FloatValue: check, IntValue: check };
};

/** Every rule above, for Apollo Server's `validationRules`. */
export const INPUT_RULES: readonly ValidationRule[] = [SupportedOperationsRule, FiniteFloatRule];

/** The errors DirectiveFloodRule reports, for directiveFloodPlugin to find. */
const floods = new WeakSet<Error>();

/**
 * Directive overloading: GraphQL's own rules answer every unknown directive, and every repeat of
 * one at a location, with an error of its own (60 unknown directives got 60 errors). This rule
 * reports the first such directive once and ignores the rest; `directiveFloodPlugin` then
 * answers that one error alone. (How many known directives an operation may carry is the
 * gateway's operation limit, counted after validation.)
 */
export const DirectiveFloodRule: ValidationRule = (context): ASTVisitor => {
  let reported = false;
  const report = (message: string, node: DirectiveNode) => {
    reported = true;
    const error = new GraphQLError(message, { nodes: node });
    floods.add(error);
    context.reportError(error);
  };
  return {
    enter(node) {
      if (reported || !('directives' in node) || !node.directives?.length) return;
      const seen = new Set<string>();
      for (const directive of node.directives) {
        const name = directive.name.value;
        const known = context.getSchema().getDirective(name);
        if (!known) return report(`Unknown directive "@${name.slice(0, 64)}".`, directive);
        if (seen.has(name) && !known.isRepeatable) return report(`The directive "@${name}" can only be used once at this location.`, directive);
        seen.add(name);
      }
    },
  };
};

/**
 * With DirectiveFloodRule among the validation rules: when it has reported, the answer is its
 * one error, not the dozens GraphQL's own rules add for the same directives.
 */
export function directiveFloodPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async validationDidStart() {
          return async (errors) => {
            const flood = errors?.find((e) => floods.has(e));
            // Apollo Server answers this same array once the hook returns (as its own plugin
            // that hides suggestions relies on): the array is typed read-only, but is not.
            if (flood) (errors as Error[]).splice(0, errors!.length, flood);
          };
        },
      };
    },
  };
}

/** GraphQL's hints at names a caller did not type: "Did you mean "name"?", "Did you mean the enum value "DOCK"?". */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * A message without GraphQL's suggestions. Production strips them from every error the gateway
 * answers (validation, variable coercion, input object fields, a subgraph's own errors): they
 * would map the schema for a caller without introspection.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}
