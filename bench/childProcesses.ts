/** Runs parts of the benchmark in child processes (each with a fresh heap) and talks to them over IPC. */
import { fork } from 'node:child_process';
import { join } from 'node:path';

/** Messages a child sends its parent. */
type FromChild = { type: 'progress'; text: string } | { type: 'result'; value: unknown } | { type: 'error'; message: string };

export interface ChildOptions {
  /** Extra environment, e.g. NODE_EXTRA_CA_CERTS for the self-signed test certificate. */
  env?: Record<string, string>;
  /** Node flags, e.g. --expose-gc. */
  execArgv?: string[];
  onProgress?: (text: string) => void;
}

/** The compiled benchmark script `name` (e.g. 'scenarioChild.js'), next to this file. */
export function benchScript(name: string): string {
  return join(__dirname, name);
}

/**
 * Forks `script`, sends it `input` and resolves with the value it reports. The child's own
 * output (the bot's JSON log lines) is kept out of the tables and shown only when it fails.
 */
export function runChild<T>(script: string, input: unknown, options: ChildOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const child = fork(script, [], {
      env: { ...process.env, ...options.env },
      execArgv: options.execArgv ?? [],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const stderr: string[] = [];
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr.push(chunk.toString('utf8'));
      if (stderr.length > 200) stderr.shift();
    });
    let settled: { value: unknown } | { error: Error } | undefined;
    child.on('message', (message: FromChild) => {
      if (message.type === 'progress') options.onProgress?.(message.text);
      else if (message.type === 'result') settled = { value: message.value };
      else settled = { error: new Error(message.message) };
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (settled && 'value' in settled) return resolve(settled.value as T);
      const cause = settled && 'error' in settled ? settled.error.message : `exited with code ${code}`;
      reject(new Error(`${script}: ${cause}\n${stderr.join('').slice(-4000)}`));
    });
    child.send({ type: 'input', value: input });
  });
}

/** Tells the parent how far the child got. */
export function progress(text: string): void {
  process.send?.({ type: 'progress', text });
}

/**
 * The child's side of `runChild`: waits for the input, runs `work`, reports its value or its
 * error, and exits (open handles of the bot or a tenant must not keep the child alive).
 */
export function serveChild<I, O>(work: (input: I) => Promise<O>): void {
  process.once('message', (message: { type: 'input'; value: I }) => {
    work(message.value).then(
      (value) => process.send?.({ type: 'result', value }, undefined, {}, () => process.exit(0)),
      (error: unknown) => {
        const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
        process.send?.({ type: 'error', message: text }, undefined, {}, () => process.exit(1));
      },
    );
  });
}
