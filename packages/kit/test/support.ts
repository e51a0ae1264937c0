import { GraphQLError } from 'graphql';
export * from '../src';

/** The extensions.code of what `fn` throws, or [] when it does not throw. */
export function errorCodesOf(fn: () => unknown): string[] {
  try {
    fn();
    return [];
  } catch (err) {
    return [err instanceof GraphQLError ? String(err.extensions.code) : 'NOT_A_GRAPHQL_ERROR'];
  }
}
