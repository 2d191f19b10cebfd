/** A person's individual dial-out calls for a range: read once from the call log, kept for paging, with progress. */
import type { PstnCall } from '../graph/pstnCall';
import { rangeKey, type DateRange } from '../domain/dateRange';
import { ReadOnce } from '../domain/readOnce';
import type { ReadLanes } from './readLanes';

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
  private readonly reads: ReadOnce<PstnCall[], CallsRead>;
  private readonly lanes: ReadLanes;

  constructor(
    private readonly source: CallSource,
    options: PersonCallsOptions,
  ) {
    this.reads = new ReadOnce({ ttlMs: options.cacheTtlMinutes * 60_000, maxEntries: options.cacheEntries, clock: options.clock ?? (() => new Date()) });
    this.lanes = options.lanes;
  }

  /**
   * The person's calls in the range, by start time, read in the asker's lane. `admit` is asked only
   * before a new read (the per-user question limit); when it throws, nothing is read.
   */
  read(range: DateRange, userId: string, admit?: () => void): CallsRead {
    const key = `${rangeKey(range)}|${userId.toLowerCase()}`;
    const hit = (calls: PstnCall[]): CallsRead => ({ calls: Promise.resolve(calls), progress: { done: 1, total: 1 } });
    return this.reads.read(key, hit, (keep) => {
      admit?.();
      const progress: WindowCount = { done: 0, total: 1 };
      const calls = this.lanes.run(() =>
        this.source.read(range, userId, (done, total) => {
          progress.done = done;
          progress.total = total;
        }),
      );
      return { calls: keep(calls), progress };
    });
  }
}
