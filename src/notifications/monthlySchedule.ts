/** When the monthly summary runs: the cron schedule in its time zone, a catch-up after downtime, and retries of failures. */
import { Cron } from 'croner';
import { log } from '../log';
import type { MonthlyRunResult, MonthlySummaryJob } from './monthlySummaryJob';
import { summarisedMonth } from './summaryMonth';

export interface ScheduleSettings {
  /** MONTHLY_SUMMARY_CRON, read in `timeZone`. */
  cron: string;
  timeZone: string;
  /** A run with failed posts runs again this much later (the claims skip what was posted)… */
  retryFailedAfterMs: number;
  /** …at most this many times. */
  retryFailedTimes: number;
}

export const DEFAULT_RETRY_FAILED = { retryFailedAfterMs: 15 * 60_000, retryFailedTimes: 4 };

/**
 * Starts the in-process schedule. Every instance runs it; the claims in shared storage make sure
 * each conversation gets each month once, whichever instance is first.
 * @example const schedule = new MonthlySchedule(job, settings, () => new Date()); await schedule.start();
 */
export class MonthlySchedule {
  private cron: Cron | undefined;
  private stopped = false;
  private readonly pattern: Cron;
  private readonly retries = new Set<NodeJS.Timeout>();

  constructor(
    private readonly job: MonthlySummaryJob,
    private readonly settings: ScheduleSettings,
    private readonly clock: () => Date,
  ) {
    this.pattern = new Cron(settings.cron, { timezone: settings.timeZone, paused: true });
  }

  /** When the summary is due next after `from`, or undefined when the pattern never fires again. */
  nextRunAfter(from: Date): Date | undefined {
    return this.pattern.nextRun(from) ?? undefined;
  }

  /**
   * Starts the timer, then catches up: when the latest due time has passed (the bot was down, or
   * has just been deployed), that month is run now; conversations already posted are skipped.
   * Resolves with the catch-up run's result (undefined when the schedule has never fired yet).
   */
  start(): Promise<MonthlyRunResult | undefined> {
    this.cron = new Cron(
      this.settings.cron,
      { timezone: this.settings.timeZone, unref: true, protect: true },
      async (self: Cron) => {
        await this.runDue(self.currentRun() ?? this.clock(), this.settings.retryFailedTimes);
      },
    );
    const [latest] = this.pattern.previousRuns(1, this.clock());
    return latest ? this.runDue(latest, this.settings.retryFailedTimes) : Promise.resolve(undefined);
  }

  stop(): void {
    this.stopped = true;
    this.cron?.stop();
    for (const timer of this.retries) clearTimeout(timer);
    this.retries.clear();
  }

  private async runDue(dueAt: Date, retriesLeft: number): Promise<MonthlyRunResult | undefined> {
    const month = summarisedMonth(dueAt, this.settings.timeZone);
    try {
      const result = await this.job.run(month, { subscribedBefore: dueAt });
      if (result.failed > 0 && retriesLeft > 0) this.retryLater(dueAt, retriesLeft - 1);
      return result;
    } catch (error) {
      log.error('monthly summary run failed', { month, error });
      if (retriesLeft > 0) this.retryLater(dueAt, retriesLeft - 1);
      return undefined;
    }
  }

  private retryLater(dueAt: Date, retriesLeft: number): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.retries.delete(timer);
      void this.runDue(dueAt, retriesLeft);
    }, this.settings.retryFailedAfterMs);
    timer.unref();
    this.retries.add(timer);
  }
}
