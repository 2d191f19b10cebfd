/** Composition root: config → storage → Graph (a tenant or the demo tenant) → reports → bot → HTTP server → monthly summary. */
import { setMaxListeners } from 'node:events';
import type { AddressInfo } from 'node:net';
import { ActivityTypes, CardFactory, CloudAdapter, type TurnContext } from 'botbuilder';
import { AccessGate } from './bot/accessGate';
import { currentAsker } from './bot/answerScope';
import { AccessPolicy } from './bot/accessPolicy';
import { BotAuthentication } from './bot/botAuthentication';
import { BotCommands } from './bot/botCommands';
import { ConnectorRetry, DEFAULT_CONNECTOR_RETRY, isConnectorGaveUp, type ConnectorRetryPolicy } from './teams/connectorRetry';
import { ConversationTracker } from './bot/conversationTracker';
import { DialoutBot } from './bot/dialoutBot';
import { QuestionRateLimiter } from './bot/questionRateLimiter';
import { errorAnswer } from './bot/errorAnswer';
import { subscriptionCommands } from './bot/subscriptionCommands';
import { DEFAULT_TURN_BUDGET_MS, TimedAnswers } from './bot/timedAnswers';
import type { Config } from './config';
import type { DateRange } from './domain/dateRange';
import { startDemoTenant, type DemoTenant, type DemoTenantOptions } from './demoTenant/demoTenant';
import { connectGroupMembership, connectOrgDirectory, connectPstnReports, type GraphConnectionSettings } from './graph/graphConnection';
import { OrgDirectoryStore } from './graph/orgDirectoryStore';
import { graphConnectionSettings } from './graphConnectionSettings';
import { inRequestShare } from './graph/requestShares';
import { log, registerSecrets, routeConsoleToLog } from './log';
import { createMonthlySummaries, type MonthlySummaryOverrides } from './notifications/monthlySummaries';
import type { BudgetWatchResult } from './notifications/budgetWatchJob';
import type { MonthlyRunResult } from './notifications/monthlySummaryJob';
import type { SubscriberCheck } from './notifications/subscriberAccess';
import { loadMonthSummary } from './notifications/summaryReports';
import { SubscriptionReplies } from './notifications/subscriptionReplies';
import { drillDownServices } from './report/drillDownServices';
import { ReadLanes } from './report/readLanes';
import { ReportService } from './report/reportService';
import { createServer } from './server';
import { openExportStore } from './storage/exportStore';
import { openReportStore } from './storage/openReportStore';
import { openStorage, storageSecrets } from './storage/openStorage';

export interface RunningApp {
  /** Base URL of the bot's HTTP server, e.g. http://127.0.0.1:3978 */
  url: string;
  /** The in-process demo tenant, when no real tenant is configured. */
  demoTenant: DemoTenant | undefined;
  /** The monthly summary's catch-up run at start-up (undefined result: the schedule has not fired yet). */
  monthlyCatchUp: Promise<MonthlyRunResult | undefined>;
  /** The budget watch's catch-up run at start-up (undefined result: no run has fallen due this month yet). */
  budgetWatchCatchUp: Promise<BudgetWatchResult | undefined>;
  /**
   * Stops taking requests, gives answers in preparation up to `graceMs` (default 0) to finish,
   * abandons the rest (their users are told to ask again), then stops everything.
   */
  close(options?: { graceMs?: number }): Promise<void>;
}

/** Extra knobs for tests and benchmarks: demo tenant options, a fixed clock, Graph retry/timeout overrides. */
export interface AppOverrides {
  demoTenant?: DemoTenantOptions;
  /** Where inbound Bot Framework tokens are checked (tests point this at a local issuer). */
  botAuthentication?: { ToBotFromChannelOpenIdMetadataUrl: string; ToBotFromChannelTokenIssuer: string };
  /** Interface to listen on when BOT_ID is set (default: all); local mode is always 127.0.0.1. */
  host?: string;
  graph?: Partial<GraphConnectionSettings>;
  clock?: () => Date;
  monthlySummary?: MonthlySummaryOverrides;
  /** Bot Connector retries (tests shorten them). */
  connectorRetry?: ConnectorRetryPolicy;
  /** Longest a turn stays open before the answer is finished in the background. */
  turnBudgetMs?: number;
}

/**
 * How long an exported CSV waits in storage for the user to accept it (expired ones are swept this often
 * too), and how many compressed bytes the waiting files take at most (gzip keeps about a fifth of a CSV).
 */
const EXPORT_TTL_MS = 15 * 60_000;
const EXPORTS_MAX_BYTES = 256 * 1024 * 1024;

/** Graph reads one person may have under way at once; their further questions wait in their lane. */
const READS_PER_PERSON = 2;

/** After the grace period, how long open HTTP turns may take to end before their connections are dropped. */
const CLOSE_CUT_OFF_MS = 2_000;

function createAdapter(config: Config, overrides: AppOverrides): CloudAdapter {
  const adapter = new CloudAdapter(
    new BotAuthentication({
      MicrosoftAppId: config.bot.id,
      MicrosoftAppPassword: config.bot.password,
      MicrosoftAppType: config.bot.type,
      MicrosoftAppTenantId: config.bot.tenantId,
      ...overrides.botAuthentication,
    }),
  );
  adapter.use(new ConnectorRetry(overrides.connectorRetry ?? DEFAULT_CONNECTOR_RETRY));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error('turn failed', { activityId: context.activity.id, type: context.activity.type, error });
    if (isConnectorGaveUp(error)) return; // the way back to the user is down; already logged
    if (context.activity.type === ActivityTypes.Invoke) {
      // An invoke is answered in its HTTP response: without one, Teams gets 501 and shows "Unable to reach app".
      const text = `Something went wrong on the bot's side. Try again; if it keeps happening, give your bot admin this reference: ${context.activity.id ?? 'none'}.`;
      await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text } } });
      return;
    }
    try {
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(errorAnswer(error, context.activity.id))] });
    } catch (sendError) {
      log.error('could not tell the user about a failed turn', { activityId: context.activity.id, error: sendError });
    }
  };
  return adapter;
}

/** Whose report the stored windows hold: switching STATE_DIR's bot to another tenant never reads the old tenant's windows. */
function reportNamespace(config: Config): string {
  return config.graph.kind === 'tenant' ? `tenant-${config.graph.tenantId}` : config.graph.realistic ? 'demo-realistic' : 'demo';
}

/** Who may see costs; the group check asks Graph only when ADMIN_GROUP_ID is set. */
function accessPolicy(config: Config, graph: GraphConnectionSettings, clock: () => Date): AccessPolicy {
  const { access } = config;
  if (!config.localMode && access.adminUserIds.length === 0 && access.adminGroupId === undefined) {
    log.warn('nobody may see dial-out costs: set ADMIN_USER_IDS or ADMIN_GROUP_ID');
  }
  const groups = access.adminGroupId === undefined ? undefined : connectGroupMembership(graph);
  return new AccessPolicy({ ...access, localMode: config.localMode }, groups, clock);
}

/** The access policy asked about a subscriber, as if they had written in their subscription's tenant. */
function subscriberAccess(policy: AccessPolicy): SubscriberCheck {
  return async ({ tenantId, aadObjectId }) => {
    const decision = await policy.check({ channelData: { tenant: { id: tenantId } }, from: { id: '', name: '', ...(aadObjectId ? { aadObjectId } : {}) } });
    if (decision.allowed) return 'allowed';
    // The directory failing (or refusing the bot itself) says nothing about the subscriber: try again next run.
    return decision.reason === 'directoryUnavailable' || decision.reason === 'directoryForbidden' ? 'unavailable' : 'refused';
  };
}

/**
 * Starts everything and resolves once the server listens (then /healthz answers 200).
 * Local mode (no BOT_ID) listens on 127.0.0.1 only, because inbound auth is off.
 */
export async function startApp(config: Config, overrides: AppOverrides = {}): Promise<RunningApp> {
  routeConsoleToLog();
  registerSecrets(config.bot.password, config.graph.kind === 'tenant' && 'clientSecret' in config.graph.credential ? config.graph.credential.clientSecret : undefined);
  const demoTenant = config.graph.kind === 'demo' ? await startDemoTenant({ realistic: config.graph.realistic, ...overrides.demoTenant }) : undefined;
  if (demoTenant) registerSecrets(demoTenant.clientSecret);
  registerSecrets(config.notifyApiKey, ...storageSecrets(config.storage));
  const storage = await openStorage(config.storage);
  const graph = { ...graphConnectionSettings(config, demoTenant), ...overrides.graph };
  const sources = connectPstnReports(graph);
  // At shutdown, reads of abandoned answers stop waiting for Graph's allowance, and for windows other instances read.
  const shutdown = new AbortController();
  // Every request waiting for Graph's allowance listens to it until its turn: dozens at once under load is the design, not a leak to warn about.
  setMaxListeners(0, shutdown.signal);
  const lanes = new ReadLanes({ perLane: READS_PER_PERSON, asker: currentAsker, enter: (lane, work) => inRequestShare(lane, work, shutdown.signal) });
  const windows = await openReportStore(config.storage, { namespace: reportNamespace(config), maxBytes: config.reportStore.maxMegabytes * 1024 * 1024 });
  const reports = new ReportService(sources.report, {
    cacheTtlMinutes: config.reportCacheTtlMinutes,
    cacheEntries: 50,
    lanes,
    store: { windows, closedAfterHours: config.reportStore.closedAfterHours },
    clock: overrides.clock,
    stopping: shutdown.signal,
  });
  const clock = overrides.clock ?? (() => new Date());
  const organisation = new OrgDirectoryStore(connectOrgDirectory(graph), storage, clock);
  const exportFiles = openExportStore(config.storage, { ttlMs: EXPORT_TTL_MS, maxBytes: EXPORTS_MAX_BYTES, clock: () => clock().getTime() });
  const exportSweeps = exportFiles.startSweeps(EXPORT_TTL_MS);
  const views = {
    ...drillDownServices(reports, sources, config.reportCacheTtlMinutes, lanes, overrides.clock),
    organisation,
    exports: { files: exportFiles, botAppId: config.bot.id },
    forecasts: { clock, budgets: config.monthlySummary.budgets, unitBudgets: config.monthlySummary.unitBudgets },
    summaries: {
      month: (range: DateRange, admit: () => void) =>
        loadMonthSummary({ report: (read) => reports.report(read, admit) }, range.first.slice(0, 7), range.timeZone, {
          budgets: config.monthlySummary.budgets,
          internationalSpikePercent: config.monthlySummary.internationalSpikePercent,
        }),
    },
  };
  const adapter = createAdapter(config, overrides);
  const access = accessPolicy(config, graph, clock);
  adapter.use(new AccessGate(access));
  const summaries = createMonthlySummaries(
    {
      storage,
      adapter,
      botAppId: config.bot.id,
      reports,
      organisation,
      settings: config.monthlySummary,
      notifyApiKey: config.notifyApiKey,
      demoTenant: demoTenant !== undefined,
      showNamesInSharedChats: config.access.showNamesInSharedChats,
      subscriberAccess: subscriberAccess(access),
      clock,
    },
    overrides.monthlySummary,
  );
  const answers = new TimedAnswers({
    adapter,
    botAppId: config.bot.id,
    questionTimeoutMs: config.questionTimeoutSeconds * 1000,
    turnBudgetMs: overrides.turnBudgetMs ?? DEFAULT_TURN_BUDGET_MS,
    graphPacing: () => sources.report.pacing(),
  });
  const bot = new DialoutBot({
    reports,
    defaultTimeZone: config.defaultTimeZone,
    fiscalYearStartMonth: config.fiscalYearStartMonth,
    maxRangeDays: config.maxRangeDays,
    demoTenant: demoTenant !== undefined,
    clock: overrides.clock,
    commands: new BotCommands(
      subscriptionCommands(
        new SubscriptionReplies({
          subscriptions: summaries.subscriptions,
          nextRunAfter: (from) => summaries.schedule.nextRunAfter(from),
          timeZone: config.monthlySummary.timeZone,
          clock,
        }),
      ),
    ),
    conversations: new ConversationTracker(summaries.conversations, clock),
    answers,
    questionLimiter: new QuestionRateLimiter(config.access.questionsPerMinute, clock),
    showNamesInSharedChats: config.access.showNamesInSharedChats,
    views,
  });
  const server = createServer({
    adapter,
    bot,
    monthlyTrigger: summaries.trigger,
    health: { mode: config.localMode ? 'local' : 'production', graph: demoTenant ? 'demo tenant' : 'tenant' },
  });
  const host = config.localMode ? '127.0.0.1' : (overrides.host ?? '::');
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  if (config.localMode) log.info('local mode: no BOT_ID, Bot Framework auth is off, listening on 127.0.0.1 only', { port });
  if (demoTenant) log.info('demo tenant: answering from built-in synthetic data (set GRAPH_CLIENT_ID to use a real tenant)', { graph: demoTenant.graphEndpoint });
  const catchUp = summaries.start();
  return {
    url: `http://${host === '::' ? 'localhost' : host}:${port}`,
    demoTenant,
    monthlyCatchUp: catchUp.monthly,
    budgetWatchCatchUp: catchUp.budgetWatch,
    close: async (options = {}) => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await answers.drain(options.graceMs ?? 0);
      lanes.stop(); // questions still waiting for their turn were abandoned with their answers
      shutdown.abort();
      await summaries.stop();
      await exportSweeps.stop();
      // Let the last responses go out; a turn still open after the cut-off is stuck on the Bot Connector.
      const cutOff = Date.now() + CLOSE_CUT_OFF_MS;
      while (server.inflightRequests() > 0 && Date.now() < cutOff) await new Promise((resolve) => setTimeout(resolve, 20));
      server.server.closeAllConnections(); // idle keep-alive connections would hold close() open
      await closed;
      await demoTenant?.close();
    },
  };
}
