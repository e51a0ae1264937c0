import type { MeasureStatus } from './measure-status';

export interface Progress {
  /** Measures still agreed, i.e. not DROPPED: the denominator. */
  agreed: number;
  done: number;
  inProgress: number;
  dropped: number;
  /** done / agreed, 0..1, rounded to 3 places; null when nothing is agreed. */
  ratio: number | null;
}

/**
 * A consultation's progress: measures done out of measures agreed. Dropped measures leave
 * the denominator, since the parties agreed to stop pursuing them; they are reported apart
 * so a dropped measure is never hidden.
 */
export function progressOf(statuses: readonly string[]): Progress {
  const count = (s: MeasureStatus) => statuses.filter((x) => x === s).length;
  const dropped = count('DROPPED');
  const done = count('DONE');
  const agreed = statuses.length - dropped;
  return {
    agreed,
    done,
    inProgress: count('IN_PROGRESS'),
    dropped,
    ratio: agreed === 0 ? null : Math.round((done / agreed) * 1000) / 1000,
  };
}
