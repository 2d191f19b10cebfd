/** Soak child process: the bot under test, alone in its process so its memory and handles are its own; driven over IPC. */
import { startApp } from '../src/app';
import { loadConfig } from '../src/config';

/** Memory after a full GC, and the handles keeping the event loop alive. */
export interface ProcessProbe {
  rssBytes: number;
  heapUsedBytes: number;
  activeHandles: number;
  handleTypes: string[];
}

export type BotMessage =
  | ({ kind: 'ready'; url: string } & ProcessProbe)
  | ({ kind: 'probe' } & ProcessProbe)
  | { kind: 'stopped'; before: ProcessProbe; after: ProcessProbe };

export type DriverMessage = { kind: 'probe' } | { kind: 'stop' };

function probe(): ProcessProbe {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  const handles = (process as unknown as { _getActiveHandles(): object[] })._getActiveHandles();
  return { rssBytes: rss, heapUsedBytes: heapUsed, activeHandles: handles.length, handleTypes: handles.map((handle) => handle.constructor.name) };
}

async function main(): Promise<void> {
  const send = (message: BotMessage): void => {
    process.send?.(message);
  };
  const app = await startApp(loadConfig(process.env), { graph: { requestTimeoutMs: Number(process.env.SOAK_GRAPH_TIMEOUT_MS ?? 30_000) } });
  send({ kind: 'ready', url: app.url, ...probe() });
  process.on('message', (message: DriverMessage) => {
    if (message.kind === 'probe') send({ kind: 'probe', ...probe() });
    if (message.kind === 'stop') {
      const before = probe();
      void app.close({ graceMs: 5_000 }).then(async () => {
        await new Promise((resolve) => setTimeout(resolve, 200)); // closed handles leave the list on a later tick
        send({ kind: 'stopped', before, after: probe() });
        process.disconnect();
      });
    }
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`soak bot failed to start: ${String(error)}\n`);
  process.exit(1);
});
