import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { withChinese, type Env } from '@nef/kit';
import { analyzeOperation, type OperationShape } from './analyze';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxFields: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

export function readLimits(env: Env): OperationLimits {
  return {
    // 15 lets the standard introspection query (depth 14) through and stops circular probes.
    maxDepth: env.int('MAX_QUERY_DEPTH', 15),
    maxAliases: env.int('MAX_QUERY_ALIASES', 30),
    // Counted with fragments expanded: the full introspection query is 230; a field-duplication
    // flood repeats one field hundreds of times.
    maxFields: env.int('MAX_QUERY_FIELDS', 400),
    maxDirectives: env.int('MAX_QUERY_DIRECTIVES', 30),
    maxTokens: env.int('MAX_QUERY_TOKENS', 4000),
    maxCost: env.int('MAX_QUERY_COST', 5000),
  };
}

export const LIMIT_CODE = 'OPERATION_LIMIT_EXCEEDED';

const CHECKS: { limit: keyof OperationShape; max: keyof OperationLimits; what: string; whatZh: string }[] = [
  { limit: 'depth', max: 'maxDepth', what: 'nesting depth', whatZh: '嵌套深度' },
  { limit: 'aliases', max: 'maxAliases', what: 'aliases', whatZh: '别名数' },
  { limit: 'fields', max: 'maxFields', what: 'field selections', whatZh: '字段选择数' },
  { limit: 'directives', max: 'maxDirectives', what: 'directives', whatZh: '指令数' },
  { limit: 'cost', max: 'maxCost', what: 'cost', whatZh: '成本' },
];

/**
 * Refuses operations over the limits after validation and before the gateway plans or calls
 * any subgraph, and reports every operation's cost in `extensions.cost`. (The token limit is
 * enforced by the parser itself, through Apollo Server's parseOptions.)
 */
export function operationLimitsPlugin<C extends BaseContext>(
  limits: OperationLimits,
  /** Runs once an operation is within the limits, before it executes (rate limiting). */
  charge?: (context: C, shape: OperationShape) => Promise<{ remaining: number } | undefined>,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      let shape: OperationShape | undefined;
      let remaining: number | undefined;
      return {
        async didResolveOperation(ctx) {
          // Apollo Server leaves this to the executor, where the gateway throws it as an
          // unexpected error (a 500); it is the caller's mistake, so answer it as one.
          if (!ctx.operation) {
            const name = ctx.request.operationName;
            throw new GraphQLError(
              name ? `Unknown operation named "${name}".` : 'Must provide operation name if query contains multiple operations.',
              {
                extensions: {
                  code: 'OPERATION_RESOLUTION_FAILURE',
                  http: { status: 400 },
                  ...withChinese(name ? `文档中没有名为"${name}"的操作` : '文档含有多个操作时须提供operationName'),
                },
              },
            );
          }
          shape = analyzeOperation(ctx.schema, ctx.document, ctx.operation, ctx.request.variables ?? {});
          for (const check of CHECKS) {
            if (shape[check.limit] > limits[check.max]) {
              throw new GraphQLError(`operation exceeds the ${check.what} limit of this API (${limits[check.max]})`, {
                extensions: {
                  code: LIMIT_CODE,
                  limit: check.limit,
                  max: limits[check.max],
                  http: { status: 400 },
                  ...withChinese(`操作超出了本接口的${check.whatZh}上限（${limits[check.max]}）`),
                },
              });
            }
          }
          remaining = (await charge?.(ctx.contextValue, shape))?.remaining;
        },
        async willSendResponse(ctx) {
          if (remaining !== undefined) ctx.response.http.headers.set('ratelimit-remaining', String(remaining));
          if (!shape || ctx.response.body.kind !== 'single') return;
          const result = ctx.response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested: shape.cost, limit: limits.maxCost } };
        },
      };
    },
  };
}
