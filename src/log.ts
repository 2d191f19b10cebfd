/** Structured JSON-lines logging with secrets redacted; the only place the bot writes to stdout/stderr. */
import { format } from 'node:util';

type Level = 'info' | 'warn' | 'error';
type Fields = Record<string, unknown>;

const SECRET_KEY = /secret|password|token|authorization|key|connectionstring|assertion/i;

/** Values of configured secrets, scrubbed from every line even when they show up inside text. */
const knownSecrets = new Set<string>();

/** Registers secret values (bot password, Graph secret…) so no log line can ever contain them. */
export function registerSecrets(...values: Array<string | undefined>): void {
  for (const value of values) if (value && value.length >= 6) knownSecrets.add(value);
}

/** `text` with every registered secret replaced by [redacted] (the doctor prints through it too). */
export function scrub(text: string): string {
  let out = text;
  for (const secret of knownSecrets) out = out.split(secret).join('[redacted]');
  return out;
}

function plain(value: unknown, depth: number): unknown {
  if (value instanceof Error) {
    const cause = (value as { cause?: unknown }).cause;
    const details: Fields = { name: value.name, message: scrub(value.message) };
    for (const key of ['failure', 'status', 'code', 'requestId', 'variable'] as const) {
      const field = (value as unknown as Fields)[key];
      if (field !== undefined) details[key] = field;
    }
    if (value.stack) details.stack = scrub(value.stack);
    if (cause !== undefined && depth < 3) details.cause = plain(cause, depth + 1);
    return details;
  }
  if (typeof value === 'string') return scrub(value);
  if (typeof value !== 'object' || value === null || depth >= 4) return value;
  if (Array.isArray(value)) return value.map((item) => plain(item, depth + 1));
  const out: Fields = {};
  for (const [key, field] of Object.entries(value)) out[key] = SECRET_KEY.test(key) ? '[redacted]' : plain(field, depth + 1);
  return out;
}

function write(level: Level, event: string, fields: Fields): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...(plain(fields, 0) as Fields) });
  (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
}

/** The bot's logger: `log.info('event', { fields })`. */
export const log = {
  info: (event: string, fields: Fields = {}): void => write('info', event, fields),
  warn: (event: string, fields: Fields = {}): void => write('warn', event, fields),
  error: (event: string, fields: Fields = {}): void => write('error', event, fields),
};

/** Names of the JWT library's errors for a token it refused (expired, not yet valid, bad signature…). */
const TOKEN_REFUSALS = new Set(['TokenExpiredError', 'NotBeforeError', 'JsonWebTokenError']);

/** A request the library refused (an AuthenticationError carries statusCode 401): expected, so no stack. */
function isRefusal(error: Error): boolean {
  const status = (error as { statusCode?: unknown }).statusCode;
  return (typeof status === 'number' && status >= 400 && status < 500) || TOKEN_REFUSALS.has(error.name);
}

function consoleLine(method: string, args: unknown[]): void {
  const errors = args.filter((arg): arg is Error => arg instanceof Error);
  const text = format(...args.filter((arg) => !(arg instanceof Error)));
  const refusals = errors.filter(isRefusal);
  const fields: Fields = { via: `console.${method}` };
  if (text !== '') fields.text = text;
  if (refusals.length > 0) fields.refused = refusals.map((error) => ({ name: error.name, message: error.message, status: (error as { statusCode?: unknown }).statusCode }));
  const failures = errors.filter((error) => !isRefusal(error));
  if (failures.length > 0) fields.errors = failures;
  const level: Level = failures.length > 0 ? 'error' : method === 'error' || method === 'warn' || method === 'trace' ? 'warn' : 'info';
  write(level, 'library output', fields);
}

/**
 * Makes what libraries print with console.* (botbuilder prints every refused request's error with
 * its stack) one JSON line of this logger each, scrubbed like every other line; a refused request's
 * error is logged by name, message and status, without a stack.
 * @example routeConsoleToLog(); // once, at start-up
 */
export function routeConsoleToLog(): void {
  for (const method of ['log', 'info', 'debug', 'warn', 'error', 'trace'] as const) {
    console[method] = (...args: unknown[]) => consoleLine(method, args);
  }
}
