/** Starts a demo tenant in a process of its own and asks it for its counters, as a client of that process. */
import { fork, type ChildProcess } from 'node:child_process';
import type { DemoTenantStats, ExpectedUsage } from '../src/demoTenant/demoTenant';
import { benchScript } from './childProcesses';

/** The demo tenant's options that cross a process boundary (no functions: the clock is BENCH_NOW). */
export interface TenantHostOptions {
  users: number;
  pageLatencyMs: number;
  /** 'off' lifts Graph's throttling limits (scenarios that measure something else); default: the documented ones. */
  throttling?: 'off';
  pageSize?: number;
  historyYears?: number;
  tls?: { key: string; cert: string };
}

/** How to reach the tenant. */
export interface TenantAddress {
  graphEndpoint: string;
  authorityHost: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

/** Requests the host answers; each carries an id that its answer repeats. */
export type HostRequest =
  | { kind: 'start'; options: TenantHostOptions }
  | { kind: 'stats' }
  | { kind: 'expected'; from: string; to: string }
  | { kind: 'close' };

export type HostAnswer = { id: number; value?: unknown; error?: string };

/** Request and answer over the child's IPC channel, matched by id. */
class HostChannel {
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  constructor(private readonly child: ChildProcess) {
    child.on('message', (answer: HostAnswer) => this.settle(answer));
    child.on('exit', () => {
      for (const { reject } of this.waiting.values()) reject(new Error('the demo tenant process exited'));
      this.waiting.clear();
    });
  }

  ask(request: HostRequest): Promise<unknown> {
    const id = (this.nextId += 1);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.send({ id, ...request });
    });
  }

  private settle(answer: HostAnswer): void {
    const waiter = this.waiting.get(answer.id);
    if (!waiter) return;
    this.waiting.delete(answer.id);
    if (answer.error !== undefined) waiter.reject(new Error(answer.error));
    else waiter.resolve(answer.value);
  }
}

/**
 * A demo tenant in a child process: its page rendering gets its own core (like Graph, it is
 * not on the bot's machine) and its memory stays out of the bot's RSS.
 * @example const tenant = await TenantProcess.start({ users: 1000, pageLatencyMs: 0, throttling: 'off' }); await tenant.close();
 */
export class TenantProcess {
  private constructor(
    private readonly child: ChildProcess,
    private readonly channel: HostChannel,
    readonly address: TenantAddress,
  ) {}

  static async start(options: TenantHostOptions): Promise<TenantProcess> {
    const child = fork(benchScript('tenantHost.js'), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const channel = new HostChannel(child);
    const address = (await channel.ask({ kind: 'start', options })) as TenantAddress;
    return new TenantProcess(child, channel, address);
  }

  /** The tenant's live counters (requests, 429s, most requests in any 60 s…). */
  async stats(): Promise<DemoTenantStats> {
    return (await this.channel.ask({ kind: 'stats' })) as DemoTenantStats;
  }

  /** What the report must total for [from, to] (ISO instants), computed by the tenant apart from the HTTP path. */
  async expectedUsage(from: string, to: string): Promise<ExpectedUsage> {
    return (await this.channel.ask({ kind: 'expected', from, to })) as ExpectedUsage;
  }

  async close(): Promise<void> {
    await this.channel.ask({ kind: 'close' }).catch(() => undefined);
    this.child.kill();
  }
}
