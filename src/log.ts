/** Structured JSON-lines logging with secrets redacted; the only place the bot writes to stdout/stderr. */

type Level = 'info' | 'warn' | 'error';
type Fields = Record<string, unknown>;

const SECRET_KEY = /secret|password|token|authorization|key|connectionstring|assertion/i;

/** Values of configured secrets, scrubbed from every line even when they show up inside text. */
const knownSecrets = new Set<string>();

/** Registers secret values (bot password, Graph secret…) so no log line can ever contain them. */
export function registerSecrets(...values: Array<string | undefined>): void {
  for (const value of values) if (value && value.length >= 6) knownSecrets.add(value);
}

function scrub(text: string): string {
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
