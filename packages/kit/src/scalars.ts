import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from './errors';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses an ISO 8601 instant; the offset is required so that no instant is ambiguous. */
export function parseDateTime(value: unknown, field = 'DateTime'): Date {
  if (typeof value !== 'string' || !ISO_WITH_OFFSET.test(value)) {
    throw badUserInput(`${field} must be an ISO 8601 instant with offset, e.g. 2026-11-22T19:00:00+08:00`);
  }
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw badUserInput(`${field} is not a real date: ${value}`);
  return d;
}

/** ISO 8601 instants in and out; output is UTC (`Z`). */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'ISO 8601 instant with offset, e.g. 2026-11-22T19:00:00+08:00. Stored in UTC.',
  serialize(value) {
    const d = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(d.getTime())) throw new TypeError('DateTime cannot represent an invalid date');
    return d.toISOString();
  },
  parseValue: (value) => parseDateTime(value),
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badUserInput('DateTime must be a string');
    return parseDateTime(ast.value);
  },
});
