/** When the budget watch runs: BUDGET_WATCH_CRON in MONTHLY_SUMMARY_TIME_ZONE, and once at start-up when today's run is due. */
import { Cron } from 'croner';
import { log } from '../log';
import type { BudgetWatchJob, BudgetWatchResult } from './budgetWatchJob';
import { monthAt } from './summaryMonth';

/**
 * Every instance runs it; the alert claims make each alert reach each conversation once a month.
 * @example const schedule = new BudgetWatchSchedule(job, '0 8 * * *', 'Europe/Berlin', () => new Date(), true); await schedule.start();
 */
export class BudgetWatchSchedule {
  private cron: Cron | undefined;

  constructor(
    private readonly job: BudgetWatchJob,
    private readonly pattern: string,
    private readonly timeZone: string,
    private readonly clock: () => Date,
    /** The watch runs only when a budget is set (MONTHLY_BUDGET or BUDGETS_FILE). */
    private readonly enabled: boolean,
  ) {}

  /**
   * Starts the timer, then catches up: when a run fell due earlier this month (the bot was down, or
   * has just been deployed), the watch runs now. Resolves with that run's result, if any.
   */
  start(): Promise<BudgetWatchResult | undefined> {
    if (!this.enabled) return Promise.resolve(undefined);
    this.cron = new Cron(this.pattern, { timezone: this.timeZone, unref: true, protect: true }, async () => {
      await this.runLogged();
    });
    const now = this.clock();
    const [latest] = new Cron(this.pattern, { timezone: this.timeZone, paused: true }).previousRuns(1, now);
    return latest && monthAt(latest, this.timeZone) === monthAt(now, this.timeZone) ? this.runLogged() : Promise.resolve(undefined);
  }

  stop(): void {
    this.cron?.stop();
  }

  private async runLogged(): Promise<BudgetWatchResult | undefined> {
    try {
      return await this.job.run();
    } catch (error) {
      log.error('budget watch run failed; the next run tries again', { error });
      return undefined;
    }
  }
}
