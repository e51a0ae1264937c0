/**
 * Which failures mean "the database, or a service reached over the network, cannot answer
 * now" (the same request may succeed shortly: SERVICE_UNAVAILABLE, retryable) rather than
 * "this request is wrong" or "a bug" (INTERNAL_SERVER_ERROR). The error formatter asks these
 * of every unexpected error, so every resolver gets the answer without catching anything.
 *
 * An error is looked at whole: TypeORM's QueryFailedError (its `driverError` and the copied
 * `code`), `cause`, a GraphQLError's `originalError` (and graphql-js's `thrownValue`) and an
 * AggregateError's `errors` (Node's connection attempts to several addresses) are followed.
 */

/** The code the kit gives a wait for a pooled database connection that ran out of time. */
export const ACQUIRE_TIMEOUT_CODE = 'DB_ACQUIRE_TIMEOUT';

/** A connection that could not be made, or was lost: the peer is down, restarting or unreachable. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // undici, the gateway's HTTP client: no connection, or no answer in time.
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);

/** The database refused or dropped the connection, or is too busy to take one. */
const DATABASE_CODES = new Set([
  // mysql2: the connection went away under a command, or a command came after it had.
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR',
  'PROTOCOL_ENQUEUE_AFTER_QUIT',
  // The MySQL or MariaDB server: full, shutting down, the connection killed or broken, or a
  // statement stopped by the server's time limit.
  'ER_CON_COUNT_ERROR',
  'ER_TOO_MANY_USER_CONNECTIONS',
  'ER_SERVER_SHUTDOWN',
  'ER_NET_READ_ERROR',
  'ER_NET_READ_INTERRUPTED',
  'ER_NET_ERROR_ON_WRITE',
  'ER_NET_WRITE_INTERRUPTED',
  'ER_CLIENT_INTERACTION_TIMEOUT',
  'ER_QUERY_TIMEOUT',
  ACQUIRE_TIMEOUT_CODE,
]);

/** MariaDB's own numbers, which mysql2 reports without a code: connection killed, statement time limit. */
const MARIADB_ERRNOS = new Set([1927, 1969]);

/**
 * SQLite: another connection held the lock past the busy timeout (BUSY, LOCKED), or the file
 * cannot be opened, read or written (CANTOPEN, IOERR, FULL), with any extended code.
 */
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL)(_[A-Z_]+)?$/;

/** mysql2's pool says these without a code. */
const POOL_MESSAGES = new Set([
  'Pool is closed.',
  'Queue limit reached.',
  'No connections available.',
  "Can't add new command when connection is in closed state",
]);

/** A lock conflict that a fresh attempt of the whole transaction may not meet again. */
const LOCK_CODES = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);

/**
 * True when the database (or a peer reached over the network) is unreachable, dropped the
 * connection, timed out or is too busy: nothing is wrong with the request, and it may succeed
 * if sent again. Answered as SERVICE_UNAVAILABLE.
 */
export function isUnavailableError(err: unknown): boolean {
  return someLink(err, (e) => {
    const code = typeof e.code === 'string' ? e.code : undefined;
    if (code && (CONNECTION_CODES.has(code) || DATABASE_CODES.has(code) || SQLITE_UNAVAILABLE.test(code))) return true;
    if (typeof e.sqlState === 'string' && typeof e.errno === 'number' && MARIADB_ERRNOS.has(e.errno)) return true;
    // mysql2 marks every error that ended the connection (network, protocol) as fatal.
    if (e.fatal === true) return true;
    return typeof e.message === 'string' && POOL_MESSAGES.has(e.message);
  });
}

/**
 * True for a deadlock victim or a lock-wait timeout (MySQL, MariaDB): the transaction was
 * rolled back and running it again from the start may succeed. `Database.transaction` retries
 * these; one still failing after the retries is answered as SERVICE_UNAVAILABLE.
 */
export function isRetryableLockError(err: unknown): boolean {
  return someLink(err, (e) => typeof e.code === 'string' && LOCK_CODES.has(e.code));
}

interface Link {
  code?: unknown;
  errno?: unknown;
  sqlState?: unknown;
  fatal?: unknown;
  message?: unknown;
}

/** Whether `test` holds for the error or for any error it wraps. */
function someLink(err: unknown, test: (e: Link) => boolean): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [err];
  while (queue.length > 0 && seen.size < 20) {
    const e = queue.shift();
    if (e === null || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    if (test(e as Link)) return true;
    const w = e as { driverError?: unknown; cause?: unknown; originalError?: unknown; thrownValue?: unknown; errors?: unknown };
    // thrownValue: graphql-js wraps a thrown value that is not an Error of its realm (NonErrorThrown).
    queue.push(w.driverError, w.cause, w.originalError, w.thrownValue);
    if (Array.isArray(w.errors)) queue.push(...w.errors);
  }
  return false;
}
