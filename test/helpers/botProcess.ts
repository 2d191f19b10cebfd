/** Runs the bot the way production does (`src/index.ts`, as `lib/index.js`) in a child process, and keeps what it writes. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface BotProcess {
  child: ChildProcess;
  /** Base URL, e.g. http://127.0.0.1:40123 */
  url: string;
  /** The `event` of every JSON line on stdout, in order. */
  events: string[];
  /** Everything written to stderr so far. */
  stderr(): string;
  exited: Promise<number | null>;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** `env` is the child's whole environment besides PATH and PORT=0 (set STATE_DIR, TMPDIR, BOT_ID… there). */
export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const child = spawn(process.execPath, [join(__dirname, 'runTypeScript.cjs'), join(__dirname, '..', '..', 'src', 'index.ts')], {
    env: { PATH: process.env.PATH, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const events: string[] = [];
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const entry = JSON.parse(line) as { event: string; url?: string };
        events.push(entry.event);
        if (entry.event === 'bot ready' && entry.url) resolve(entry.url.replace(/\/api\/messages$/, ''));
      }
    });
    void exited.then((code) => reject(new Error(`the bot exited during start-up (${code}): ${errors}`)));
  });
  return {
    child,
    url,
    events,
    stderr: () => errors,
    exited,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
