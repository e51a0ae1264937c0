import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON logs, one line per event; LOG_LEVEL sets the level (tests default to silent). */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? (process.env.JEST_WORKER_ID ? 'silent' : 'info')): Logger {
  return pino({ name, level, base: { service: name } });
}
