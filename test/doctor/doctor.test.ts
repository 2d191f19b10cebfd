import { ConfidentialClientApplication } from '@azure/msal-node';
import { MsalAppCredentials } from 'botframework-connector';
import type { BotTokenSource } from '../../src/bot/botSignIn';
import { addDays, todayIn } from '../../src/domain/calendarDate';
import { startDemoTenant, type DemoTenant, type DemoTenantOptions } from '../../src/demoTenant/demoTenant';
import type { WireRow } from '../../src/demoTenant/reportPage';
import { runDoctor, type DoctorOptions } from '../../src/doctor/runDoctor';
import { DEFAULT_RETRY } from '../../src/graph/graphClient';
import { authorityOptions } from '../../src/graph/tokenProvider';
import { tokenTransport } from '../../src/graph/tokenTransport';
import { readAllPages, reportUrl, secretToken } from '../helpers/demoTenantClient';
import { startGraphRewritingProxy, type GraphRewritingProxy } from '../helpers/graphRewritingProxy';

const GROUP = '3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b';
const ADMIN = '9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4';
const BOT_PASSWORD = 'bot-password-that-must-never-be-printed';
const QUICK_RETRY = { maxAttempts: 2, maxWaitMs: 3_000, baseDelayMs: 50, maxDelayMs: 200 };
const NOW = new Date();
const YESTERDAY = addDays(todayIn(NOW, 'UTC'), -1);

let tenant: DemoTenant;
let proxy: GraphRewritingProxy | undefined;

async function start(options: DemoTenantOptions = {}): Promise<void> {
  tenant = await startDemoTenant({ users: 300, groups: { [GROUP]: [ADMIN] }, now: () => NOW, ...options });
}

afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  await tenant.close();
});

/** The bot's environment for the demo tenant as a real tenant: GRAPH_* pointing at it. */
function tenantEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    GRAPH_TENANT_ID: tenant.tenantId,
    GRAPH_CLIENT_ID: tenant.clientId,
    GRAPH_CLIENT_SECRET: tenant.clientSecret,
    GRAPH_ENDPOINT: proxy?.url ?? tenant.graphEndpoint,
    GRAPH_AUTHORITY_HOST: tenant.authorityHost,
    DEFAULT_TIME_ZONE: 'UTC',
    ...extra,
  };
}

function doctor(env: Record<string, string>, options: DoctorOptions = {}): ReturnType<typeof runDoctor> {
  return runDoctor(env, { now: () => NOW, retry: QUICK_RETRY, ...options });
}

/** The checklist line of step `n` (1-based), and the line under it. */
function line(text: string, n: number): string {
  return text.split('\n').find((l) => new RegExp(`^[A-Z]{4}  ${n}\\. `).test(l)) ?? '';
}

function fixOf(text: string, n: number): string {
  const lines = text.split('\n');
  const at = lines.indexOf(line(text, n));
  return /^ +Fix: /.test(lines[at + 1] ?? '') ? (lines[at + 1] as string).trim() : '';
}

/** Yesterday's rows as the report holds them, read apart from the bot's client. */
async function yesterdaysRows(): Promise<WireRow[]> {
  const pages = await readAllPages(reportUrl(tenant, `${YESTERDAY}T00:00:00Z`, `${YESTERDAY}T23:59:59Z`), await secretToken(tenant));
  return pages.flatMap((page) => page.value);
}

/** No secret and nothing that names a person: no UPN, display name or user id of yesterday's rows. */
async function expectNothingPersonalOrSecret(text: string): Promise<void> {
  expect(text).not.toContain(tenant.clientSecret);
  expect(text).not.toContain(BOT_PASSWORD);
  expect(text).not.toContain(ADMIN);
  const rows = await yesterdaysRows();
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    for (const personal of [row.userPrincipalName, row.userDisplayName, row.userId]) if (personal) expect(text).not.toContain(personal);
  }
}

/** A Bot Framework credential that signs in at the demo tenant's token endpoint (the connector's own class, msal underneath). */
function botCredentialsAtDemoTenant(secret: string): () => Promise<BotTokenSource> {
  const app = new ConfidentialClientApplication({
    auth: { clientId: tenant.clientId, clientSecret: secret, ...authorityOptions(tenant) },
    system: { networkClient: tokenTransport(DEFAULT_RETRY, 5_000) },
  });
  // The connector pins an older msal-node of its own; it only calls acquireTokenByClientCredential, which both have.
  return async () => new MsalAppCredentials(app as never, tenant.clientId, undefined as never, 'https://api.botframework.com');
}

describe('npm run doctor against the demo tenant', () => {
  it('passes every step of a healthy tenant: roles, rows counted with the request id, calls, group check, headers, bot sign-in', async () => {
    await start();
    const expectedRows = tenant.expectedUsage(new Date(`${YESTERDAY}T00:00:00Z`), new Date(`${YESTERDAY}T23:59:59.999Z`)).rowCount;
    const env = tenantEnv({ ADMIN_GROUP_ID: GROUP, ADMIN_USER_IDS: ADMIN, BOT_ID: tenant.clientId, BOT_PASSWORD });
    const report = await doctor(env, { botTokenSource: botCredentialsAtDemoTenant(tenant.clientSecret) });

    expect(report.exitCode).toBe(0);
    expect(report.results.map((result) => result.status)).toEqual(['passed', 'passed', 'passed', 'passed', 'passed', 'info', 'passed']);
    expect(line(report.text, 1)).toMatch(/^PASS  1\. Configuration: valid: tenant app with a client secret, Graph at 127\.0\.0\.1:\d+; bot MultiTenant; ADMIN_GROUP_ID set$/);
    expect(line(report.text, 2)).toContain('roles: CallRecords.Read.All, User.Read.All, GroupMember.Read.All');
    expect(line(report.text, 3)).toMatch(new RegExp(`^PASS  3\\. Dial-out report for yesterday \\(${YESTERDAY}\\): answered: ${expectedRows} rows on 1 page \\(request id [0-9a-f-]{36}\\)$`));
    expect(line(report.text, 4)).toMatch(/^PASS  4\. getPstnCalls for yesterday .*: answered: \d+ dial-out calls? of the first person in yesterday's report$/);
    expect(line(report.text, 5)).toBe('PASS  5. checkMemberGroups (ADMIN_GROUP_ID): answered');
    expect(line(report.text, 6)).toBe('INFO  6. Throttling headers from Graph: none in 3 answers (Graph sends them near its limits)');
    expect(line(report.text, 7)).toBe('PASS  7. Bot Framework credentials (BOT_ID): accepted: the sign-in service issued a Bot Connector token');
    expect(report.text).toMatch(/Everything the bot needs answered\.$/);
    await expectNothingPersonalOrSecret(report.text);
  });

  it('names the variable of an invalid configuration and checks nothing else', async () => {
    await start();
    const report = await doctor(tenantEnv({ GRAPH_CLIENT_ID: 'not-a-guid' }));
    expect(report.exitCode).toBe(1);
    expect(line(report.text, 1)).toBe('FAIL  1. Configuration: GRAPH_CLIENT_ID must be the application (client) id, a GUID (got "not-a-guid")');
    expect(fixOf(report.text, 1)).toBe('Fix: Set GRAPH_CLIENT_ID as the README\'s "Configuration" table says, then run the doctor again.');
    expect(report.results.slice(1).every((result) => result.status === 'skipped' && result.summary === 'not checked: the configuration is invalid')).toBe(true);
    expect(tenant.stats.tokensIssued).toBe(0);
  });

  it('fails at the token on a wrong client secret (invalid_client, Entra\'s trace id), never printing the secret', async () => {
    await start();
    const wrong = 'a-wrong-secret-that-must-never-be-printed';
    const report = await doctor(tenantEnv({ GRAPH_CLIENT_SECRET: wrong }));
    expect(report.exitCode).toBe(1);
    expect(line(report.text, 2)).toMatch(/^FAIL  2\. Token from Microsoft Entra ID: The bot could not sign in to Microsoft Entra ID \(invalid_client, trace id [0-9a-f-]{36}\)$/);
    expect(fixOf(report.text, 2)).toBe('Fix: Check GRAPH_TENANT_ID, GRAPH_CLIENT_ID and the client secret or certificate (it may have expired).');
    expect(line(report.text, 3)).toBe('SKIP  3. Dial-out report for yesterday: not checked: no token');
    expect(report.text).not.toContain(wrong);
    expect(report.text).toMatch(/1 step failed: questions will fail until it is fixed\.$/);
  });

  it('fails at the report when Graph answers 403, naming the permission to grant, with the request id', async () => {
    await start();
    tenant.faults.next({ kind: 'status', status: 403 });
    const report = await doctor(tenantEnv());
    expect(report.exitCode).toBe(1);
    expect(line(report.text, 3)).toMatch(
      new RegExp(`^FAIL  3\\. Dial-out report for yesterday \\(${YESTERDAY}\\): The bot may not read the dial-out report \\(answered 403, Forbidden, request id [0-9a-f-]{36}\\)$`),
    );
    expect(fixOf(report.text, 3)).toContain('CallRecords.Read.All');
    expect(line(report.text, 4)).toBe(`PASS  4. getPstnCalls for yesterday (${YESTERDAY}): answered (yesterday's report named nobody whose calls to count)`);
    await expectNothingPersonalOrSecret(report.text);
  });

  it('fails at getPstnCalls and at checkMemberGroups when Graph refuses them (403), naming the permissions', async () => {
    await start();
    proxy = await startGraphRewritingProxy(tenant.graphEndpoint, new Map());
    proxy.failWhen((path) => path.includes('getPstnCalls') || path.includes('checkMemberGroups'), 403);
    const report = await doctor(tenantEnv({ ADMIN_GROUP_ID: GROUP }));
    expect(report.exitCode).toBe(1);
    expect(line(report.text, 3)).toMatch(/^PASS  3\./);
    expect(line(report.text, 4)).toMatch(/^FAIL  4\. getPstnCalls for yesterday \(\d{4}-\d\d-\d\d\): The bot may not read the call log \(answered 403, Authorization_RequestDenied\)$/);
    expect(fixOf(report.text, 4)).toBe('Fix: Grant CallRecords.Read.All as Microsoft Graph application permissions, then have an admin grant consent for the tenant.');
    // Nobody in ADMIN_USER_IDS: the group is asked about the first person in yesterday's report.
    expect(line(report.text, 5)).toMatch(/^FAIL  5\. checkMemberGroups \(ADMIN_GROUP_ID\): The bot may not check the admin group \(answered 403, Authorization_RequestDenied\)$/);
    expect(fixOf(report.text, 5)).toContain('User.Read.All and GroupMember.Read.All');
    expect(report.text).toMatch(/2 steps failed: questions will fail until they are fixed\.$/);
    await expectNothingPersonalOrSecret(report.text);
  });

  it('warns when the token lacks the group check\'s roles, without failing', async () => {
    await start({ tokenRoles: ['CallRecords.Read.All'] });
    const report = await doctor(tenantEnv({ ADMIN_GROUP_ID: GROUP, ADMIN_USER_IDS: ADMIN }));
    expect(report.exitCode).toBe(0);
    expect(line(report.text, 2)).toMatch(/^WARN  2\. .*roles: CallRecords\.Read\.All; missing User\.Read\.All, GroupMember\.Read\.All$/);
    expect(fixOf(report.text, 2)).toBe('Fix: Grant User.Read.All and GroupMember.Read.All as Microsoft Graph application permissions, then have an admin grant consent for the tenant.');
  });

  it('reports the throttling headers Graph sent (Retry-After of a 429) and still passes once the retry succeeds', async () => {
    await start();
    tenant.faults.next({ kind: 'status', status: 429, retryAfterSeconds: 1 });
    const report = await doctor(tenantEnv());
    expect(report.exitCode).toBe(0);
    expect(line(report.text, 3)).toMatch(/^PASS  3\./);
    expect(line(report.text, 6)).toBe('INFO  6. Throttling headers from Graph: retry-after: 1 (in 3 answers, 1 of them 429)');
  });

  it('fails at the Bot Framework sign-in on a wrong bot password (invalid_client, AADSTS number), never printing it', async () => {
    await start();
    const report = await doctor(tenantEnv({ BOT_ID: tenant.clientId, BOT_PASSWORD }), { botTokenSource: botCredentialsAtDemoTenant(BOT_PASSWORD) });
    expect(report.exitCode).toBe(1);
    expect(line(report.text, 7)).toMatch(/^FAIL  7\. Bot Framework credentials \(BOT_ID\): refused \(invalid_client, AADSTS7000215, trace id [0-9a-f-]{36}\): the bot could not post answers$/);
    expect(fixOf(report.text, 7)).toContain('Check BOT_ID and BOT_PASSWORD');
    expect(report.text).not.toContain(BOT_PASSWORD);
  });

  it('says a SingleTenant bot without BOT_TENANT_ID cannot sign in (the connector\'s own credentials factory)', async () => {
    await start();
    const report = await doctor(tenantEnv({ BOT_ID: tenant.clientId, BOT_PASSWORD, BOT_TYPE: 'SingleTenant' }));
    expect(line(report.text, 7)).toBe('FAIL  7. Bot Framework credentials (BOT_ID): the settings do not fit BOT_TYPE SingleTenant');
    expect(report.exitCode).toBe(1);
  });

  it('checks the built-in demo tenant when GRAPH_CLIENT_ID is unset; local mode skips the bot sign-in', async () => {
    await start(); // only for the personal-data check below: the doctor starts its own, with the same seed
    const report = await doctor({ DEFAULT_TIME_ZONE: 'UTC' }, { demoTenant: { users: 300, now: () => NOW } });
    expect(report.exitCode).toBe(0);
    expect(line(report.text, 1)).toBe('PASS  1. Configuration: valid: the built-in demo tenant (GRAPH_CLIENT_ID is unset); local mode (BOT_ID empty)');
    expect(line(report.text, 7)).toBe('SKIP  7. Bot Framework credentials (BOT_ID): local mode (BOT_ID is empty): no Bot Framework sign-in');
    await expectNothingPersonalOrSecret(report.text);
  });
});
