/** `npm run doctor`: checks, step by step, that the configured tenant (or the built-in demo tenant) answers everything the bot asks. */
import { botTokenSource, checkBotSignIn, type BotTokenSource } from '../bot/botSignIn';
import { ConfigurationError, loadConfig, type Config } from '../config';
import type { Env } from '../configValues';
import { addDays, todayIn } from '../domain/calendarDate';
import type { DateRange } from '../domain/dateRange';
import type { RetryPolicy } from '../domain/retryPolicy';
import { startDemoTenant, type DemoTenant, type DemoTenantOptions } from '../demoTenant/demoTenant';
import { connectGroupMembership, connectPstnReports, type GraphConnectionSettings, type PstnReportSources } from '../graph/graphConnection';
import { watchGraphAnswers } from '../graph/graphResponses';
import { appTokenRoles } from '../graph/tokenRoles';
import { graphConnectionSettings } from '../graphConnectionSettings';
import { registerSecrets, scrub } from '../log';
import { exitCode, formatChecklist, type StepResult } from './checklist';
import { callsStep, groupStep, reportStep, throttlingStep, tokenStep } from './graphSteps';

export interface DoctorOptions {
  /** The clock "yesterday" is read from; default the real one. */
  now?: () => Date;
  /** Options of the demo tenant the doctor starts when GRAPH_CLIENT_ID is unset (tests). */
  demoTenant?: DemoTenantOptions;
  /** Retries of transient Graph failures; default a few quick ones, so the doctor answers within a minute. */
  retry?: RetryPolicy;
  /** What asks for the Bot Framework token; default the Bot Connector's credentials for BOT_*. */
  botTokenSource?: (bot: Config['bot']) => Promise<BotTokenSource>;
}

export interface DoctorReport {
  results: StepResult[];
  /** The printed checklist, secrets scrubbed. */
  text: string;
  exitCode: number;
}

const DOCTOR_RETRY: RetryPolicy = { maxAttempts: 3, maxWaitMs: 15_000, baseDelayMs: 500, maxDelayMs: 5_000 };

/** Variables whose values must never be printed, even inside a message. */
const SECRET_VARIABLES = ['BOT_PASSWORD', 'GRAPH_CLIENT_SECRET', 'NOTIFY_API_KEY', 'AZURE_STORAGE_CONNECTION_STRING'];

const GRAPH_STEPS = ['Token from Microsoft Entra ID', 'Dial-out report for yesterday', 'getPstnCalls for yesterday', 'checkMemberGroups (ADMIN_GROUP_ID)', 'Throttling headers from Graph'];

function notRun(titles: readonly string[], reason: string): StepResult[] {
  return titles.map((title) => ({ title, status: 'skipped', summary: `not checked: ${reason}` }));
}

function yesterday(now: Date, timeZone: string): DateRange {
  const day = addDays(todayIn(now, timeZone), -1);
  return { first: day, last: day, timeZone };
}

function configSummary(config: Config): string {
  const graph =
    config.graph.kind === 'demo'
      ? 'the built-in demo tenant (GRAPH_CLIENT_ID is unset)'
      : `tenant app with a ${'clientSecret' in config.graph.credential ? 'client secret' : 'certificate'}, Graph at ${new URL(config.graph.endpoint).host}`;
  const admins = config.access.adminGroupId === undefined ? '' : '; ADMIN_GROUP_ID set';
  return `valid: ${graph}; ${config.localMode ? 'local mode (BOT_ID empty)' : `bot ${config.bot.type}`}${admins}`;
}

/** Steps 2–6 against one Graph. */
async function graphSteps(config: Config, settings: GraphConnectionSettings, sources: PstnReportSources, now: Date): Promise<StepResult[]> {
  const groups = config.access.adminGroupId === undefined ? undefined : connectGroupMembership(settings);
  const seen = watchGraphAnswers(settings.endpoint);
  try {
    const token = await tokenStep(() => appTokenRoles(settings), settings.authorityHost, groups !== undefined);
    if (token.status === 'failed') return [token, ...notRun(GRAPH_STEPS.slice(1), 'no token')];
    const range = yesterday(now, config.defaultTimeZone);
    const report = await reportStep(sources.report, range, seen.answers);
    const calls = await callsStep(sources.calls, range, report.userId);
    const group = await groupStep(groups, config.access.adminGroupId, config.access.adminUserIds[0] ?? report.userId);
    return [token, report.result, calls, group, throttlingStep(seen.answers)];
  } finally {
    seen.stop();
  }
}

/** Step 7: the Bot Framework's sign-in for BOT_ID. */
async function botStep(config: Config, source: (bot: Config['bot']) => Promise<BotTokenSource>): Promise<StepResult> {
  const title = 'Bot Framework credentials (BOT_ID)';
  if (config.localMode) return { title, status: 'skipped', summary: 'local mode (BOT_ID is empty): no Bot Framework sign-in' };
  let signIn;
  try {
    signIn = await checkBotSignIn(await source(config.bot));
  } catch {
    return { title, status: 'failed', summary: `the settings do not fit BOT_TYPE ${config.bot.type}`, fix: 'SingleTenant needs BOT_TENANT_ID and BOT_PASSWORD; UserAssignedMSI needs BOT_TENANT_ID and no BOT_PASSWORD.' };
  }
  if (signIn.accepted) return { title, status: 'passed', summary: 'accepted: the sign-in service issued a Bot Connector token' };
  const said = [signIn.code, signIn.aadsts, signIn.traceId === undefined ? undefined : `trace id ${signIn.traceId}`].filter((part) => part !== undefined);
  return {
    title,
    status: 'failed',
    summary: `refused${said.length === 0 ? '' : ` (${said.join(', ')})`}: the bot could not post answers`,
    fix: `Check BOT_ID and BOT_PASSWORD (a client secret of the bot's app registration; it may have expired), and BOT_TYPE ${config.bot.type}${config.bot.type === 'MultiTenant' ? '' : ` with BOT_TENANT_ID`}.`,
  };
}

/**
 * Runs every step and returns the checklist. Never throws for a failing tenant: each failure is a step's result.
 * @example const { text, exitCode } = await runDoctor(process.env);
 */
export async function runDoctor(env: Env, options: DoctorOptions = {}): Promise<DoctorReport> {
  registerSecrets(...SECRET_VARIABLES.map((name) => env[name]));
  const results: StepResult[] = [];
  let demo: DemoTenant | undefined;
  try {
    const title = 'Configuration';
    let config: Config;
    let settings: GraphConnectionSettings;
    let sources: PstnReportSources;
    try {
      config = loadConfig(env);
      demo = config.graph.kind === 'demo' ? await startDemoTenant({ realistic: config.graph.realistic, ...options.demoTenant }) : undefined;
      if (demo) registerSecrets(demo.clientSecret);
      settings = { ...graphConnectionSettings(config, demo), retry: options.retry ?? DOCTOR_RETRY };
      sources = connectPstnReports(settings); // reads the certificate's PEM now: a bad file is a configuration failure
    } catch (error) {
      const variable = error instanceof ConfigurationError ? error.variable : 'GRAPH_CERTIFICATE_PATH';
      const summary = error instanceof ConfigurationError ? error.message : `${variable}: ${(error as Error).message}`;
      results.push({ title, status: 'failed', summary, fix: `Set ${variable} as the README's "Configuration" table says, then run the doctor again.` });
      results.push(...notRun([...GRAPH_STEPS, 'Bot Framework credentials (BOT_ID)'], 'the configuration is invalid'));
      return report(results);
    }
    results.push({ title, status: 'passed', summary: configSummary(config) });
    results.push(...(await graphSteps(config, settings, sources, (options.now ?? (() => new Date()))())));
    results.push(await botStep(config, options.botTokenSource ?? botTokenSource));
    return report(results);
  } finally {
    await demo?.close();
  }
}

function report(results: StepResult[]): DoctorReport {
  return { results, text: scrub(formatChecklist(results)), exitCode: exitCode(results) };
}
