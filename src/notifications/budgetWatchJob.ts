/** One budget watch run: project the current month, and post each alert it raises once per subscribed conversation and month. */
import { budgetAlertCard } from '../cards/budgetAlertCard';
import { type CalendarDate, todayIn } from '../domain/calendarDate';
import type { DateRange } from '../domain/dateRange';
import type { MonthlyBudget } from '../domain/money';
import type { OrgDirectory, UnitBudget } from '../domain/organisation';
import type { OrgDirectoryStore } from '../graph/orgDirectoryStore';
import { log } from '../log';
import { budgetAlerts } from '../report/budgetAlerts';
import { readForecastReports } from '../report/forecastReports';
import { readUnitOutlooks, type UnitOutlook } from '../report/unitBudgetOutlooks';
import type { ConversationAddress } from '../teams/conversationKeys';
import { subscriberOf } from './subscriberAccess';
import { addToMonth, monthAt, monthRange } from './summaryMonth';
import { TrackedRuns } from '../domain/trackedRuns';
import type { ProactiveJobParts } from './proactiveJobParts';

export interface BudgetWatchResult {
  month: string;
  /** Keys of the alerts the day's figures raise. */
  alerts: string[];
  /** Department and cost-center budgets not checked this run (the directory could not be read), as `dimension/name/currency`. */
  paused: string[];
  posted: number;
  skipped: number;
  failed: number;
}

export interface BudgetWatchParts extends ProactiveJobParts {
  budgets: MonthlyBudget[];
  /** BUDGETS_FILE's budgets of departments and cost centers, projected from their people (the directory). */
  unitBudgets: UnitBudget[];
  organisation: Pick<OrgDirectoryStore, 'directoryIfAllowed'>;
  internationalSpikePercent: number;
}

/**
 * Every instance runs it; the claims in the subscription records (ledger `alerts`, key
 * `<month>/<alert key>`) make each alert reach each conversation at most once a month.
 * @example const result = await watch.run(); // { month: '2026-12', alerts: ['budget/USD'], posted: 2, skipped: 0, failed: 0 }
 */
export class BudgetWatchJob {
  private readonly runs = new TrackedRuns<BudgetWatchResult>();

  constructor(private readonly parts: BudgetWatchParts) {}

  run(): Promise<BudgetWatchResult> {
    return this.runs.track(this.execute());
  }

  async stop(): Promise<void> {
    await this.runs.stop();
  }

  private async execute(): Promise<BudgetWatchResult> {
    const { timeZone, reports, clock } = this.parts;
    const now = clock();
    const month = monthAt(now, timeZone);
    const result: BudgetWatchResult = { month, alerts: [], paused: [], posted: 0, skipped: 0, failed: 0 };
    const subscribed: ConversationAddress[] = [];
    for (const address of await this.parts.subscriptions.addresses()) if ((await this.parts.subscriptions.get(address))?.active) subscribed.push(address);
    if (subscribed.length === 0) return result;
    const period = monthRange(month, timeZone);
    const today = todayIn(now, timeZone);
    const forecast = await readForecastReports(reports, period, today, this.parts.budgets);
    // The same ranges as the forecast's: served from the report cache.
    const [toDate, complete, previous] = await Promise.all([
      reports.report(forecast.windows.toDate),
      forecast.windows.complete && reports.report(forecast.windows.complete),
      reports.report(monthRange(addToMonth(month, -1), timeZone)),
    ]);
    const units = await this.unitOutlooks(period, today, result);
    const alerts = budgetAlerts({ forecast, toDate, complete, previous, units }, this.parts.internationalSpikePercent);
    result.alerts = alerts.map((alert) => alert.key);
    for (const alert of alerts) {
      // A budget's month so far is its people's (the whole tenant's, or the unit's).
      const toDateMicros = alert.kind === 'budget' ? alert.outlook.toDateMicros : (toDate.currencies.find((c) => c.currency === alert.currency)?.total.chargeMicros ?? 0);
      for (const address of subscribed) {
        if (this.runs.stopping) return result;
        await this.deliver(address, `${month}/${alert.key}`, (locale, showNames) =>
          budgetAlertCard(alert, toDate.range, toDateMicros, { locale, showNames, demoTenant: this.parts.demoTenant }),
        result);
      }
    }
    log.info('budget watch run', { ...result, instance: this.parts.instanceId });
    return result;
  }

  /**
   * The unit budgets against their people's projection. Without the directory (no User.Read.All, or Graph
   * failing) they are paused for this run and said so in the log, never skipped silently; the tenant-wide
   * budgets and the pace rule are judged all the same.
   */
  private async unitOutlooks(period: DateRange, today: CalendarDate, result: BudgetWatchResult): Promise<UnitOutlook[]> {
    const { unitBudgets } = this.parts;
    if (unitBudgets.length === 0) return [];
    let directory: OrgDirectory | undefined;
    try {
      directory = await this.parts.organisation.directoryIfAllowed();
    } catch (error) {
      log.error('budget watch: could not read the directory; the next run tries again', { error });
    }
    if (directory !== undefined) return readUnitOutlooks(this.parts.reports, period, today, unitBudgets, directory);
    result.paused = unitBudgets.map(({ unit, currency }) => `${unit.dimension}/${unit.name}/${currency}`);
    log.warn('budget watch: department and cost-center budgets paused: the directory cannot be read (grant the app registration User.Read.All)', {
      budgets: unitBudgets.length,
    });
    return [];
  }

  /** Claim, check the subscriber's access, post, record: the monthly summary's rules, in the alerts ledger. */
  private async deliver(address: ConversationAddress, slot: string, card: (locale: string, showNames: boolean) => object, result: BudgetWatchResult): Promise<void> {
    const { subscriptions, conversations, delivery, instanceId, clock } = this.parts;
    let claimed = false;
    try {
      const outcome = await subscriptions.claim(address, slot, { instanceId, now: clock(), leaseMs: this.parts.claimLeaseMs }, 'alerts');
      if (outcome === 'alreadySent' || outcome === 'inProgress') result.skipped += 1;
      if (outcome !== 'claimed') return;
      claimed = true;
      const conversation = await conversations.get(address);
      const subscription = await subscriptions.get(address);
      const access = conversation && subscription?.active ? await this.parts.subscriberAccess(subscriberOf(subscription)) : 'refused';
      if (access !== 'allowed' || !conversation) {
        // No figures for a subscriber who may no longer see costs; the monthly summary pauses and tells them.
        if (access === 'unavailable') result.failed += 1;
        await subscriptions.release(address, slot, instanceId, 'alerts');
        claimed = false;
        return;
      }
      const showNames = conversation.conversationType === 'personal' || this.parts.showNamesInSharedChats;
      const sent = await delivery.post(conversation.reference, card(conversation.locale, showNames));
      if (sent.kind !== 'sent') {
        log.error('budget watch: alert not posted; the next run retries', { ...address, slot, status: sent.status, code: sent.code });
        result.failed += 1;
        return; // the finally releases the claim
      }
      claimed = false;
      result.posted += 1;
      await subscriptions.markSent(address, slot, instanceId, sent.activityId, clock(), 'alerts');
    } catch (error) {
      log.error('budget watch: conversation not served', { ...address, slot, error });
      result.failed += 1;
    } finally {
      if (claimed) await subscriptions.release(address, slot, instanceId, 'alerts').catch(() => undefined);
    }
  }
}
