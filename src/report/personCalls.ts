/** A person's individual dial-out calls for a range: read once from the call log, kept for paging, with progress. */
import type { PstnCall } from '../graph/pstnCall';
import type { DateRange } from '../domain/dateRange';
import { TimedCache } from '../domain/timedCache';
import type { ReadLanes } from './readLanes';
import { rangeKey } from './reportCache';

/** Where calls come from: graph/PstnCallSource in production. */
export interface CallSource {
  read(range: DateRange, userId: string, progress?: (done: number, total: number) => void): Promise<PstnCall[]>;
}

/** Windows read so far, of all, for a progress line. */
export interface WindowCount {
  done: number;
  total: number;
}

/** A read in progress: its calls and how far it has got. */
export interface CallsRead {
  calls: Promise<PstnCall[]>;
  progress: WindowCount;
}

export interface PersonCallsOptions {
  cacheTtlMinutes: number;
  /** Call lists kept at most (one per person and range). */
  cacheEntries: number;
  /** Each person's reads in their own lane. */
  lanes: ReadLanes;
  clock?: () => Date;
}

/** The calls of one person and range: cached, joined to a read under way, or read now. */
export class PersonCalls {
  private readonly cache: TimedCache<PstnCall[]>;
  private readonly inFlight = new Map<string, CallsRead>();
  private readonly clock: () => Date;
  private readonly lanes: ReadLanes;

  constructor(
    private readonly source: CallSource,
    options: PersonCallsOptions,
  ) {
    this.cache = new TimedCache(options.cacheTtlMinutes * 60_000, options.cacheEntries);
    this.clock = options.clock ?? (() => new Date());
    this.lanes = options.lanes;
  }

  /**
   * The person's calls in the range, by start time, read in the asker's lane. `admit` is asked only
   * before a new read (the per-user question limit); when it throws, nothing is read.
   */
  read(range: DateRange, userId: string, admit?: () => void): CallsRead {
    const key = `${rangeKey(range)}|${userId.toLowerCase()}`;
    const hit = this.cache.get(key, this.clock().getTime());
    if (hit) return { calls: Promise.resolve(hit), progress: { done: 1, total: 1 } };
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    admit?.();
    const progress: WindowCount = { done: 0, total: 1 };
    const calls = this.lanes
      .run(() =>
        this.source.read(range, userId, (done, total) => {
          progress.done = done;
          progress.total = total;
        }),
      )
      .then((list) => {
        this.cache.set(key, list, this.clock().getTime());
        return list;
      })
      .finally(() => this.inFlight.delete(key));
    const read: CallsRead = { calls, progress };
    this.inFlight.set(key, read);
    return read;
  }
}
