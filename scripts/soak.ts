/** `npm run soak`: 50 simulated users ask and press buttons for a bounded time against the bot, with Graph faults at about 10 %. */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, type CalendarDate } from '../src/domain/calendarDate';
import { startDemoTenant } from '../src/demoTenant/demoTenant';
import { tenantEnvironment } from '../src/demoTenant/tenantEnvironment';
import type { DateRange } from '../src/domain/dateRange';
import type { BotMessage, DriverMessage, ProcessProbe } from './soakBot';
import { startSoakConnector } from './soakConnector';
import { injectFaults } from './soakFaults';
import { soakMarkdown } from './soakReport';
import { SoakUser, type Outcome } from './soakUsers';

interface SoakOptions {
  seconds: number;
  users: number;
  seed: number;
  /** Per-request Graph timeout in the bot under test (production: 30). */
  graphTimeoutSeconds: number;
}

function readOptions(argv: string[]): SoakOptions {
  const options: SoakOptions = { seconds: 120, users: 50, seed: 1, graphTimeoutSeconds: 5 };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, raw] = [argv[i], argv[i + 1]];
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0) throw new Error(`${flag} needs a whole number above 0, got "${raw}"`);
    if (flag === '--seconds') options.seconds = value;
    else if (flag === '--users') options.users = value;
    else if (flag === '--seed') options.seed = value;
    else if (flag === '--graph-timeout') options.graphTimeoutSeconds = value;
    else throw new Error(`unknown flag ${flag} (use --seconds, --users, --seed, --graph-timeout)`);
  }
  return options;
}

/** mulberry32: a small seeded generator, so a soak can be repeated. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 40 ranges ending at least 2 days ago: most within 90 days (one window), some longer (2–5).
 * Reading them all takes about 100 requests: with reports cached for two minutes, Graph stays
 * under its 200 requests a minute (past it, answers would queue in the bot's pacer instead).
 */
function rangePool(random: () => number, today: CalendarDate): DateRange[] {
  const lastDay = addDays(today, -2);
  return Array.from({ length: 40 }, () => {
    const roll = random();
    const length = roll < 0.6 ? 1 + Math.floor(random() * 31) : roll < 0.9 ? 32 + Math.floor(random() * 59) : 91 + Math.floor(random() * 275);
    const last = addDays(lastDay, -Math.floor(random() * 300));
    return { first: addDays(last, -(length - 1)), last, timeZone: 'UTC' };
  });
}

/** Starts the bot; `errorEvents` counts the events of its error log lines (stderr, JSON lines). */
function startBot(env: Record<string, string>, errorEvents: Map<string, number>): Promise<{ child: ChildProcess; url: string; start: ProcessProbe }> {
  const child = fork(join(__dirname, 'soakBot.js'), [], { env: { PATH: process.env.PATH ?? '', ...env }, execArgv: ['--expose-gc'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let partial = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) continue; // Node's own warnings
      const event = String((JSON.parse(line) as { event?: unknown }).event);
      errorEvents.set(event, (errorEvents.get(event) ?? 0) + 1);
    }
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message: BotMessage) => {
      if (message.kind === 'ready') resolve({ child, url: message.url, start: message });
    });
    child.once('exit', (code) => reject(new Error(`the bot exited (${code})`)));
  });
}

function ask<K extends BotMessage['kind']>(child: ChildProcess, request: DriverMessage, kind: K): Promise<Extract<BotMessage, { kind: K }>> {
  return new Promise((resolve) => {
    const listen = (message: BotMessage): void => {
      if (message.kind !== kind) return;
      child.off('message', listen);
      resolve(message as Extract<BotMessage, { kind: K }>);
    };
    child.on('message', listen);
    child.send(request);
  });
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const random = seeded(options.seed);
  // 1,000 people: about 1,200 rows a window, so pages of 1,000 (Graph's size) make 2 pages to follow.
  const tenant = await startDemoTenant({ users: 1_000, pageLatencyMs: 5 });
  const connector = await startSoakConnector();
  const stateDir = mkdtempSync(join(tmpdir(), 'dialout-soak-'));
  const errorEvents = new Map<string, number>();
  const bot = await startBot({
    PORT: '0',
    STATE_DIR: stateDir,
    ...tenantEnvironment(tenant),
    REPORT_CACHE_TTL_MINUTES: '2', // reports expire during the soak, so Graph (and its faults) keeps being asked
    QUESTIONS_PER_MINUTE: '1000', // the per-user limit would otherwise answer most soak questions with "wait a minute"
    SOAK_GRAPH_TIMEOUT_MS: String(options.graphTimeoutSeconds * 1000),
  }, errorEvents);
  const stopFaults = injectFaults(tenant, random);
  const today = new Date().toISOString().slice(0, 10) as CalendarDate;
  const world = { botUrl: bot.url, tenant, connector, ranges: rangePool(random, today), random, lateTimeoutMs: 120_000 };
  const outcomes: Outcome[] = [];
  const samples: ProcessProbe[] = [bot.start];
  let crashes = 0;
  bot.child.on('exit', () => (crashes += 1));

  const deadline = Date.now() + options.seconds * 1000;
  const sampler = setInterval(() => void ask(bot.child, { kind: 'probe' }, 'probe').then((probe) => samples.push(probe)), 10_000);
  const progress = setInterval(() => process.stderr.write(`  … ${outcomes.length} interactions\n`), 15_000);
  await Promise.all(
    Array.from({ length: options.users }, async (_, index) => {
      const user = new SoakUser(world, index);
      while (Date.now() < deadline) {
        try {
          outcomes.push(await user.act());
        } catch (error) {
          crashes += 1;
          process.stderr.write(`  ! ${String(error)}\n`);
        }
      }
    }),
  );
  clearInterval(sampler);
  clearInterval(progress);
  stopFaults();
  const end = await ask(bot.child, { kind: 'probe' }, 'probe');
  bot.child.removeAllListeners('exit');
  const stopped = await ask(bot.child, { kind: 'stop' }, 'stopped');
  // Its idle keep-alive sockets would hold the child (and our IPC channel to it) open for a while.
  bot.child.kill();
  await connector.close();
  await tenant.close();
  rmSync(stateDir, { recursive: true, force: true });

  const flags = process.argv.slice(2).join(' ');
  console.log(
    soakMarkdown({
      command: `npm run soak${flags ? ` -- ${flags}` : ''}`,
      seconds: options.seconds,
      users: options.users,
      outcomes,
      graph: { reportRequests: tenant.stats.reportRequests, faultsApplied: tenant.stats.faultsApplied, tokenRequests: tenant.stats.tokenRequests, throttled: tenant.stats.throttledRequests },
      memory: { start: bot.start, samples: [...samples, end], end, afterClose: stopped.after },
      crashes,
      errorEvents: Object.fromEntries(errorEvents),
    }),
  );
  const wrong = outcomes.filter((outcome) => outcome.verdict === 'wrong').length;
  const unanswered = outcomes.filter((outcome) => outcome.verdict === 'noAnswer').length;
  if (wrong > 0 || unanswered > 0 || crashes > 0) {
    console.error(`FAILED: ${wrong} wrong totals, ${unanswered} unanswered, ${crashes} crashes or 5xx`);
    process.exitCode = 1;
  }
}

main().then(
  () => process.exit(),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
