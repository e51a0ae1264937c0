import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { ErrorCode, badUserInput } from './errors';

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

const EXAMPLE = 'e.g. 2026-11-22T19:00:00+08:00';

/**
 * Why `value` is not an ISO 8601 instant with offset, or undefined when it is one. Every part
 * is checked: JavaScript's Date would read 2026-02-30 as 2 March and 24:00 as the next day.
 */
function dateTimeProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `must be a string (an ISO 8601 instant with offset, ${EXAMPLE})`;
  const m = ISO_WITH_OFFSET.exec(value);
  if (!m) return `must be an ISO 8601 instant with offset, ${EXAMPLE}; got ${JSON.stringify(value.slice(0, 64))}`;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = m.slice(1).map((part) => Number(part ?? 0));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) {
    return `is not a real date and time: ${JSON.stringify(value)}`;
  }
  return undefined;
}

/** Parses an ISO 8601 instant; the offset is required so that no instant is ambiguous. BAD_USER_INPUT naming `field` otherwise. */
export function parseDateTime(value: unknown, field = 'DateTime'): Date {
  const problem = dateTimeProblem(value);
  if (problem) throw badUserInput(`${field} ${problem}`);
  return new Date(value as string);
}

/** A refused literal: BAD_USER_INPUT at the literal's place in the document. */
function refusedLiteral(message: string, node: ValueNode): GraphQLError {
  return new GraphQLError(message, { nodes: node, extensions: { code: ErrorCode.BAD_USER_INPUT } });
}

/**
 * ISO 8601 instants in and out; output is UTC (`Z`). A malformed value is BAD_USER_INPUT: in a
 * variable, Apollo Server answers it with HTTP 400 before anything runs; as a literal, the
 * document does not validate (400, and the error formatter reports the scalar's code).
 */
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
    const problem = dateTimeProblem(ast.kind === Kind.STRING ? ast.value : undefined);
    if (problem || ast.kind !== Kind.STRING) throw refusedLiteral(`DateTime ${problem}`, ast);
    return new Date(ast.value);
  },
});
