/** Reads environment settings with defaults; a malformed value stops the process with a clear message. */
export class Env {
  constructor(private readonly vars: NodeJS.ProcessEnv = process.env) {}

  str(name: string, fallback: string): string;
  str(name: string): string | undefined;
  str(name: string, fallback?: string): string | undefined {
    const v = this.vars[name];
    return v === undefined || v === '' ? fallback : v;
  }

  int(name: string, fallback: number): number {
    const raw = this.str(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n)) throw new Error(`${name} must be an integer, got "${raw}"`);
    return n;
  }

  /** An integer setting that must lie in [min, max]; anything else stops start-up with a message naming it. */
  intInRange(name: string, fallback: number, min: number, max: number): number {
    const value = this.int(name, fallback);
    if (value < min || value > max) throw new Error(`${name} must be an integer from ${min} to ${max}, got ${value}`);
    return value;
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.str(name);
    if (raw === undefined) return fallback;
    if (/^(1|true|yes|on)$/i.test(raw)) return true;
    if (/^(0|false|no|off)$/i.test(raw)) return false;
    throw new Error(`${name} must be true or false, got "${raw}"`);
  }

  get production(): boolean {
    return this.vars.NODE_ENV === 'production';
  }
}
