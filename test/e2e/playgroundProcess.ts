/** Starts the Microsoft 365 Agents Playground (the Teams client emulator) as a child process pointed at a bot. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A running Playground: the page to open, and how to stop it. */
export interface RunningPlayground {
  url: string;
  close(): Promise<void>;
}

const root = join(__dirname, '..', '..');

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** A port that was free a moment ago. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the Playground on a free port. It has no `-p 0`, and falls back to a random port when the
 * one asked for was taken meanwhile, so the port is read from its "Listening on N" line.
 * @example const playground = await startPlayground('http://127.0.0.1:3978/api/messages')
 */
export async function startPlayground(botEndpoint: string, timeoutMs = 30_000): Promise<RunningPlayground> {
  const port = await freePort();
  const cli = join(root, 'node_modules', '@microsoft', 'teams-app-test-tool', 'cli.js');
  const child = spawn(process.execPath, [cli, 'start', '-e', botEndpoint, '-c', 'msteams', '-p', String(port), '--disable-telemetry'], {
    cwd: root,
    // No desktop here: without this it exits trying to open a browser.
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const close = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited(child);
      clearTimeout(killer);
    }
  };
  const listening = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the Playground did not start within ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
    const read = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /Listening on (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the Playground exited (${signal ?? `code ${code}`}) before listening:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  return { url: `http://localhost:${listening}`, close };
}
