/** What one answer cost in Graph traffic: requests sent and pages read, counted along the answer's async path. */
import { AsyncLocalStorage } from 'node:async_hooks';

/** Requests sent to Graph (retries included) and pages of a range function read. */
export interface GraphTally {
  requests: number;
  pages: number;
}

const tallies = new AsyncLocalStorage<GraphTally>();

/**
 * Runs `work` with every Graph request and page it causes, however deep, counted in `tally`. A read that
 * others join counts for the answer that started it.
 * @example const tally = { requests: 0, pages: 0 }; await inGraphTally(tally, () => reports.report(range));
 */
export function inGraphTally<T>(tally: GraphTally, work: () => T): T {
  return tallies.run(tally, work);
}

/** One request sent (graphClient.ts). */
export function countGraphRequest(): void {
  const tally = tallies.getStore();
  if (tally) tally.requests += 1;
}

/** One page read (windowPages.ts). */
export function countGraphPage(): void {
  const tally = tallies.getStore();
  if (tally) tally.pages += 1;
}
