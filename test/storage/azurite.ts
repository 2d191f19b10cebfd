/** Starts the azurite Blob emulator on 127.0.0.1 (an ephemeral port, in memory) for a test suite, and stops it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Azurite {
  /** A connection string for a fresh account with a random key (nothing well-known, nothing reused). */
  connectionString: string;
  stop(): Promise<void>;
}

const ACCOUNT = 'dialouttest';

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`azurite did not start: ${output}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listens on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`azurite exited with ${code}: ${output}`));
    });
  });
}

/**
 * In memory, azurite writes nothing; it still runs in a throwaway directory in case it ever does.
 * Port 0 lets the OS pick a free port; azurite prints the address it listens on.
 * @example const azurite = await startAzurite(); new BlobStorage(azurite.connectionString, 'state'); await azurite.stop();
 */
export async function startAzurite(): Promise<Azurite> {
  const workspace = await mkdtemp(join(tmpdir(), 'azurite-'));
  const key = randomBytes(32).toString('base64');
  const main = join(dirname(require.resolve('azurite/package.json')), 'dist', 'src', 'blob', 'main.js');
  const args = ['--blobHost', '127.0.0.1', '--blobPort', '0', '--inMemoryPersistence', '--skipApiVersionCheck', '--silent', '--disableTelemetry'];
  const child = spawn(process.execPath, [main, ...args], {
    cwd: workspace,
    env: { ...process.env, AZURITE_ACCOUNTS: `${ACCOUNT}:${key}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.resume();
  const url = await listeningUrl(child);
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${key};BlobEndpoint=${url}/${ACCOUNT};`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(workspace, { recursive: true, force: true });
    },
  };
}
