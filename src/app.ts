/** Composition root: config → Graph (a tenant or the demo tenant) → reports → bot → HTTP server. */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { CardFactory, CloudAdapter, type TurnContext } from 'botbuilder';
import { BotAuthentication } from './bot/botAuthentication';
import { DialoutBot } from './bot/dialoutBot';
import { errorAnswer } from './bot/errorAnswer';
import type { Config } from './config';
import { startDemoTenant, type DemoTenant, type DemoTenantOptions } from './demoTenant/demoTenant';
import { connectGraph, type GraphConnectionSettings } from './graph/graphConnection';
import { log, registerSecrets } from './log';
import { ReportService } from './report/reportService';
import { createServer } from './server';

export interface RunningApp {
  /** Base URL of the bot's HTTP server, e.g. http://127.0.0.1:3978 */
  url: string;
  /** The in-process demo tenant, when no real tenant is configured. */
  demoTenant: DemoTenant | undefined;
  close(): Promise<void>;
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
}

function graphSettings(config: Config, demo: DemoTenant | undefined): GraphConnectionSettings {
  if (config.graph.kind === 'tenant') {
    const { credential } = config.graph;
    return {
      tenantId: config.graph.tenantId,
      clientId: config.graph.clientId,
      credential: 'clientSecret' in credential ? credential : { certificatePem: readFileSync(credential.certificatePath, 'utf8') },
      endpoint: config.graph.endpoint,
      authorityHost: config.graph.authorityHost,
    };
  }
  const tenant = demo as DemoTenant;
  return {
    tenantId: tenant.tenantId,
    clientId: tenant.clientId,
    credential: { clientSecret: tenant.clientSecret },
    endpoint: tenant.graphEndpoint,
    authorityHost: tenant.authorityHost,
  };
}

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
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error('turn failed', { activityId: context.activity.id, type: context.activity.type, error });
    try {
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(errorAnswer(error, context.activity.id))] });
    } catch (sendError) {
      log.error('could not tell the user about a failed turn', { activityId: context.activity.id, error: sendError });
    }
  };
  return adapter;
}

/**
 * Starts everything and resolves once the server listens (then /healthz answers 200).
 * Local mode (no BOT_ID) listens on 127.0.0.1 only, because inbound auth is off.
 */
export async function startApp(config: Config, overrides: AppOverrides = {}): Promise<RunningApp> {
  registerSecrets(config.bot.password, config.graph.kind === 'tenant' && 'clientSecret' in config.graph.credential ? config.graph.credential.clientSecret : undefined);
  const demoTenant = config.graph.kind === 'demo' ? await startDemoTenant(overrides.demoTenant) : undefined;
  if (demoTenant) registerSecrets(demoTenant.clientSecret);
  const source = connectGraph({ ...graphSettings(config, demoTenant), ...overrides.graph });
  const reports = new ReportService(source, { cacheTtlMinutes: config.reportCacheTtlMinutes, cacheEntries: 50, clock: overrides.clock });
  const bot = new DialoutBot({
    reports,
    defaultTimeZone: config.defaultTimeZone,
    fiscalYearStartMonth: config.fiscalYearStartMonth,
    maxRangeDays: config.maxRangeDays,
    demoTenant: demoTenant !== undefined,
    clock: overrides.clock,
  });
  const server = createServer({
    adapter: createAdapter(config, overrides),
    bot,
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
  return {
    url: `http://${host === '::' ? 'localhost' : host}:${port}`,
    demoTenant,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await demoTenant?.close();
    },
  };
}
