/** The building blocks of configuration parsing: the error type and readers of single variables. */

/** A configuration value that cannot be used; the message names the variable and the expected form. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  constructor(
    readonly variable: string,
    expected: string,
    received: string | undefined,
  ) {
    super(`${variable} must be ${expected}${received === undefined ? '' : ` (got "${received}")`}`);
  }
}

export type Env = Record<string, string | undefined>;

export function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === undefined || raw === '' ? undefined : raw;
}

export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigurationError(name, `a whole number from ${min} to ${max}`, raw);
  }
  return Number(raw);
}


/** A switch: true or false (1 or 0 too); `fallback` when unset. */
export function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = value(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (raw !== 'true' && raw !== 'false' && raw !== '1' && raw !== '0') throw new ConfigurationError(name, 'true or false (or 1 or 0)', raw);
  return raw === 'true' || raw === '1';
}
