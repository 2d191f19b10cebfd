/** The runs of a job under way, so that stopping it waits for them: one place for the scheduled jobs' shutdown. */

/**
 * Tracks each run until it settles; after `stop()`, `stopping` tells a run to start nothing new.
 * @example const runs = new TrackedRuns<number>(); const result = runs.track(work()); await runs.stop();
 */
export class TrackedRuns<T> {
  private stopped = false;
  private readonly running = new Set<Promise<T>>();

  get stopping(): boolean {
    return this.stopped;
  }

  track(run: Promise<T>): Promise<T> {
    const tracked = run.finally(() => this.running.delete(tracked));
    this.running.add(tracked);
    return tracked;
  }

  /** Nothing new should start; resolves once the runs under way have settled. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled([...this.running]);
  }
}
