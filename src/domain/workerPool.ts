/** Runs a task per item, a few at a time, and stops taking items at the first failure. */

/** Tells a running task that another one failed, so it can stop early (between pages, say). */
export type Stopped = () => boolean;

/**
 * Runs `task` for every item in order, at most `concurrency` at a time. The first failure stops the
 * workers from taking more items (the whole result is lost anyway: no more requests are spent on it)
 * and turns `stopped()` true for the tasks still running; once they have ended, the promise rejects
 * with that first failure.
 * @example await runWorkerPool(windows, 3, (window, _index, stopped) => readWindow(window, stopped));
 */
export async function runWorkerPool<T>(items: readonly T[], concurrency: number, task: (item: T, index: number, stopped: Stopped) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const stopped: Stopped = () => failed;
  const worker = async (): Promise<void> => {
    while (next < items.length && !failed) {
      const index = next++;
      try {
        await task(items[index] as T, index, stopped);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  const rejected = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (rejected) throw rejected.reason;
}
