/** Wires the monthly summary: stores on the state storage, the job, its schedule and (with a key) its HTTP trigger. */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { CloudAdapter } from 'botbuilder';
import type { MonthlySummarySettings } from '../config';
import type { StateStorage } from '../storage/stateStorage';
import { ConversationStore } from '../teams/conversationStore';
import { BudgetWatchJob, type BudgetWatchParts, type BudgetWatchResult } from './budgetWatchJob';
import type { ProactiveJobParts } from './proactiveJobParts';
import { BudgetWatchSchedule } from './budgetWatchSchedule';
import { DEFAULT_RETRY_FAILED, MonthlySchedule } from './monthlySchedule';
import { MonthlySummaryJob, type MonthlyRunResult } from './monthlySummaryJob';
import { MonthlyTrigger } from './monthlyTrigger';
import { DEFAULT_DELIVERY, ProactiveDelivery, type DeliveryOptions } from '../teams/proactiveDelivery';
import type { ReportSource } from './summaryReports';
import type { SubscriberCheck } from './subscriberAccess';
import { SubscriptionStore } from './subscriptionStore';

/** A claim not turned into a post within this time was left by an instance that died; another may take it. */
const CLAIM_LEASE_MS = 10 * 60_000;

export interface MonthlySummaryParts {
  storage: StateStorage;
  adapter: Pick<CloudAdapter, 'continueConversationAsync'>;
  /** BOT_ID; empty in local mode. */
  botAppId: string;
  reports: ReportSource;
  /** The directory, for the budgets of departments and cost centers. */
  organisation: BudgetWatchParts['organisation'];
  settings: MonthlySummarySettings;
  /** NOTIFY_API_KEY; without it there is no HTTP trigger. */
  notifyApiKey: string | undefined;
  demoTenant: boolean;
  /** SHOW_NAMES_IN_SHARED_CHATS. */
  showNamesInSharedChats: boolean;
  /** The bot's access policy, asked about each subscriber before each delivery. */
  subscriberAccess: SubscriberCheck;
  clock: () => Date;
}

/** Test and benchmark knobs: faster retries and pacing, a short claim lease. */
export interface MonthlySummaryOverrides {
  delivery?: DeliveryOptions;
  claimLeaseMs?: number;
  retryFailedAfterMs?: number;
}

export interface MonthlySummaries {
  subscriptions: SubscriptionStore;
  conversations: ConversationStore;
  job: MonthlySummaryJob;
  schedule: MonthlySchedule;
  /** Undefined when NOTIFY_API_KEY is unset. */
  trigger: MonthlyTrigger | undefined;
  /** The daily budget watch (README "Budget watch"), to the same subscribers. */
  budgetWatch: BudgetWatchJob;
  /** Starts the schedules; resolves with the catch-up runs' results. */
  start(): { monthly: Promise<MonthlyRunResult | undefined>; budgetWatch: Promise<BudgetWatchResult | undefined> };
  /** Stops the schedule and waits for the runs under way. */
  stop(): Promise<void>;
}

/**
 * Builds the monthly summary's parts (nothing runs until `start()`).
 * @example const summaries = createMonthlySummaries({ storage, adapter, botAppId: '', reports, organisation, settings, notifyApiKey, demoTenant: true, showNamesInSharedChats: false, subscriberAccess, clock });
 */
export function createMonthlySummaries(parts: MonthlySummaryParts, overrides: MonthlySummaryOverrides = {}): MonthlySummaries {
  const { settings, clock } = parts;
  const subscriptions = new SubscriptionStore(parts.storage);
  const conversations = new ConversationStore(parts.storage);
  const instanceId = `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;
  const delivery = new ProactiveDelivery(parts.adapter, parts.botAppId, overrides.delivery ?? DEFAULT_DELIVERY);
  const claimLeaseMs = overrides.claimLeaseMs ?? CLAIM_LEASE_MS;
  const jobParts: ProactiveJobParts = {
    subscriptions,
    conversations,
    reports: parts.reports,
    delivery,
    timeZone: settings.timeZone,
    demoTenant: parts.demoTenant,
    showNamesInSharedChats: parts.showNamesInSharedChats,
    subscriberAccess: parts.subscriberAccess,
    claimLeaseMs,
    instanceId,
    clock,
  };
  const job = new MonthlySummaryJob({ ...jobParts, comparison: { budgets: settings.budgets, internationalSpikePercent: settings.internationalSpikePercent } });
  const budgetWatch = new BudgetWatchJob({
    ...jobParts,
    budgets: settings.budgets,
    unitBudgets: settings.unitBudgets,
    organisation: parts.organisation,
    internationalSpikePercent: settings.internationalSpikePercent,
  });
  const watchSchedule = new BudgetWatchSchedule(budgetWatch, settings.budgetWatchCron, settings.timeZone, clock, settings.budgets.length + settings.unitBudgets.length > 0);
  const schedule = new MonthlySchedule(
    job,
    { cron: settings.cron, timeZone: settings.timeZone, ...DEFAULT_RETRY_FAILED, ...(overrides.retryFailedAfterMs ? { retryFailedAfterMs: overrides.retryFailedAfterMs } : {}) },
    clock,
  );
  const trigger = parts.notifyApiKey ? new MonthlyTrigger(parts.notifyApiKey, job, settings.timeZone, clock) : undefined;
  return {
    subscriptions,
    conversations,
    job,
    schedule,
    trigger,
    budgetWatch,
    start: () => ({ monthly: schedule.start(), budgetWatch: watchSchedule.start() }),
    stop: async () => {
      schedule.stop();
      watchSchedule.stop();
      await Promise.all([job.stop(), budgetWatch.stop()]);
    },
  };
}
