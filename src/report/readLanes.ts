/** Each person's reads from Graph run in their own lane: a few at a time, the rest queued in order. */

/** Who the work in progress is for: their lane, and how to tell them that their read waits. */
export interface Asker {
  /** The person's lane (kept in memory only, never logged). */
  lane: string;
  /** Called once for every read that has to wait behind the person's earlier ones. */
  queued(): void;
}

export interface ReadLanesOptions {
  /** Reads of one person at the same time; the person's later reads wait for one of them to end. */
  perLane: number;
  /** Who is asking now; undefined for work nobody asked for (the monthly summary), which is not limited. */
  asker: () => Asker | undefined;
  /** Runs a read so that its Graph requests count in the lane's share (graph/requestShares in the app). */
  enter: <T>(lane: string, work: () => Promise<T>) => Promise<T>;
}

interface Lane {
  running: number;
  waiting: Array<{ go: () => void; refuse: (reason: Error) => void }>;
}

/** Refuses reads once the lanes have stopped (the bot is shutting down and their answers were abandoned). */
export class LanesStoppedError extends Error {
  override readonly name = 'LanesStoppedError';
  constructor() {
    super('the bot is shutting down: reads no longer start');
  }
}

/** The lane of work nobody asked for: its reads start at once, in a share of their own. */
export const COMMON_LANE = '';

/**
 * Lanes of reads by person. A read waits only behind reads of the same person, never behind
 * someone else's; cached answers never come here at all.
 * @example const report = await lanes.run(() => source.read(range, aggregator));
 */
export class ReadLanes {
  private readonly lanes = new Map<string, Lane>();
  private stopped = false;

  constructor(private readonly options: ReadLanesOptions) {}

  /** Runs `work` in the asker's lane: now, when the lane has room, else after the person's earlier reads. */
  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.stopped) return Promise.reject(new LanesStoppedError());
    const asker = this.options.asker();
    if (!asker) return this.options.enter(COMMON_LANE, work);
    let lane = this.lanes.get(asker.lane);
    if (!lane) {
      lane = { running: 0, waiting: [] };
      this.lanes.set(asker.lane, lane);
    }
    if (lane.running < this.options.perLane) {
      lane.running += 1;
      return this.start(asker.lane, lane, work);
    }
    asker.queued();
    const ready = new Promise<void>((go, refuse) => (lane as Lane).waiting.push({ go, refuse }));
    return ready.then(() => this.start(asker.lane, lane as Lane, work));
  }

  /** At shutdown: reads still waiting in a lane never start (they fail), nor do any asked for later; running reads go on. */
  stop(): void {
    this.stopped = true;
    for (const lane of this.lanes.values()) for (const waiting of lane.waiting.splice(0)) waiting.refuse(new LanesStoppedError());
  }

  private start<T>(key: string, lane: Lane, work: () => Promise<T>): Promise<T> {
    const done = (): void => {
      const next = lane.waiting.shift();
      if (next) return next.go(); // the place passes straight to the next read in line
      lane.running -= 1;
      if (lane.running === 0) this.lanes.delete(key);
    };
    let read: Promise<T>;
    try {
      read = this.options.enter(key, work);
    } catch (error) {
      read = Promise.reject(error);
    }
    read.then(done, done);
    return read;
  }
}
