import { GraphQLError, getNamedType, type ASTNode, type ASTVisitor, type FloatValueNode, type IntValueNode, type ValidationContext, type ValidationRule } from 'graphql';
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
