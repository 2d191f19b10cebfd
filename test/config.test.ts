import { ConfigurationError, loadConfig } from '../src/config';

const tenant = {
  GRAPH_CLIENT_ID: '11111111-2222-3333-4444-555555555555',
  GRAPH_TENANT_ID: '66666666-7777-8888-9999-000000000000',
  GRAPH_CLIENT_SECRET: 'not-a-real-secret',
};

function failure(env: Record<string, string>): ConfigurationError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('loadConfig', () => {
  it('defaults to local mode with the demo tenant', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3978, localMode: true, graph: { kind: 'demo' }, defaultTimeZone: 'UTC', maxRangeDays: 731 });
  });

  it('reads a real tenant with the global cloud hosts', () => {
    expect(loadConfig(tenant).graph).toEqual({
      kind: 'tenant',
      tenantId: tenant.GRAPH_TENANT_ID,
      clientId: tenant.GRAPH_CLIENT_ID,
      credential: { clientSecret: tenant.GRAPH_CLIENT_SECRET },
      endpoint: 'https://graph.microsoft.com',
      authorityHost: 'https://login.microsoftonline.com',
      resource: 'https://graph.microsoft.com',
    });
  });

  it("asks for the cloud's Graph resource even when GRAPH_ENDPOINT points elsewhere", () => {
    expect(loadConfig({ ...tenant, GRAPH_ENDPOINT: 'https://graph-proxy.contoso.test' }).graph).toMatchObject({
      endpoint: 'https://graph-proxy.contoso.test',
      resource: 'https://graph.microsoft.com',
    });
  });

  it.each([
    ['usgov', 'https://graph.microsoft.us', 'https://login.microsoftonline.us'],
    ['dod', 'https://dod-graph.microsoft.us', 'https://login.microsoftonline.us'],
  ])('sets the %s cloud hosts', (cloud, graph, login) => {
    expect(loadConfig({ ...tenant, GRAPH_CLOUD: cloud }).graph).toMatchObject({ endpoint: graph, authorityHost: login, resource: graph });
  });

  it('accepts plain http only for loopback endpoints', () => {
    expect(loadConfig({ ...tenant, GRAPH_ENDPOINT: 'http://127.0.0.1:4000' }).graph).toMatchObject({ endpoint: 'http://127.0.0.1:4000' });
    expect(failure({ ...tenant, GRAPH_ENDPOINT: 'http://graph.example.com' }).variable).toBe('GRAPH_ENDPOINT');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DEFAULT_TIME_ZONE: 'Mars/Olympus' }, 'DEFAULT_TIME_ZONE'],
    [{ FISCAL_YEAR_START_MONTH: '13' }, 'FISCAL_YEAR_START_MONTH'],
    [{ MAX_RANGE_DAYS: '-5' }, 'MAX_RANGE_DAYS'],
    [{ REPORT_CACHE_TTL_MINUTES: 'soon' }, 'REPORT_CACHE_TTL_MINUTES'],
    [{ QUESTION_TIMEOUT_SECONDS: '0' }, 'QUESTION_TIMEOUT_SECONDS'],
    [{ QUESTION_TIMEOUT_SECONDS: 'a minute' }, 'QUESTION_TIMEOUT_SECONDS'],
    [{ QUESTION_TIMEOUT_SECONDS: '601' }, 'QUESTION_TIMEOUT_SECONDS'],
    [{ GRAPH_REQUESTS_PER_MINUTE: '0' }, 'GRAPH_REQUESTS_PER_MINUTE'],
    [{ GRAPH_REQUESTS_PER_MINUTE: '101' }, 'GRAPH_REQUESTS_PER_MINUTE'],
    [{ GRAPH_REQUESTS_PER_MINUTE: 'fifty' }, 'GRAPH_REQUESTS_PER_MINUTE'],
    [{ BOT_TYPE: 'Whatever' }, 'BOT_TYPE'],
    [{ ...tenant, GRAPH_CLOUD: 'china' }, 'GRAPH_CLOUD'],
    [{ ...tenant, GRAPH_CLOUD: 'mars' }, 'GRAPH_CLOUD'],
    [{ GRAPH_CLIENT_ID: 'not-a-guid' }, 'GRAPH_CLIENT_ID'],
    [{ GRAPH_CLIENT_ID: tenant.GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET: 'x' }, 'GRAPH_TENANT_ID'],
    [{ GRAPH_CLIENT_ID: tenant.GRAPH_CLIENT_ID, GRAPH_TENANT_ID: tenant.GRAPH_TENANT_ID }, 'GRAPH_CLIENT_SECRET'],
  ])('names the variable in %p', (env, variable) => {
    const error = failure(env as Record<string, string>);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
  });

  it('waits 60 s for an answer unless QUESTION_TIMEOUT_SECONDS says otherwise', () => {
    expect(loadConfig({}).questionTimeoutSeconds).toBe(60);
    expect(loadConfig({ QUESTION_TIMEOUT_SECONDS: ' 15 ' }).questionTimeoutSeconds).toBe(15);
  });

  it("paces each report function at Graph's documented 50 requests a minute unless GRAPH_REQUESTS_PER_MINUTE says otherwise", () => {
    expect(loadConfig({}).graphRequestsPerMinute).toBe(50);
    expect(loadConfig({ GRAPH_REQUESTS_PER_MINUTE: '30' }).graphRequestsPerMinute).toBe(30);
    // Two functions at 100 make the app's 200 a minute.
    expect(loadConfig({ GRAPH_REQUESTS_PER_MINUTE: '100' }).graphRequestsPerMinute).toBe(100);
  });

  it('never puts a secret into a configuration message', () => {
    const error = failure({ ...tenant, GRAPH_CERTIFICATE_PATH: '/x.pem' });
    expect(error.message).not.toContain(tenant.GRAPH_CLIENT_SECRET);
  });
});

describe('loadConfig: state storage and the monthly summary', () => {
  const blob = {
    AZURE_STORAGE_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=dialout;AccountKey=bm90LWEtcmVhbC1rZXk=;EndpointSuffix=core.windows.net',
    AZURE_STORAGE_CONTAINER: 'dialout-state',
  };

  it('defaults to files in .data, 09:00 on the 1st in DEFAULT_TIME_ZONE, no budget, a 50% spike and no trigger', () => {
    const config = loadConfig({ DEFAULT_TIME_ZONE: 'Europe/Berlin' });
    expect(config.storage).toEqual({ kind: 'file', stateDir: '.data' });
    expect(config.monthlySummary).toEqual({ cron: '0 9 1 * *', timeZone: 'Europe/Berlin', budgets: [], unitBudgets: [], budgetWatchCron: '0 8 * * *', internationalSpikePercent: 50 });
    expect(config.notifyApiKey).toBeUndefined();
  });

  it('reads STATE_DIR, Azure Blob storage, the schedule, the budget, the spike and the trigger key', () => {
    expect(loadConfig({ STATE_DIR: 'bot-state' }).storage).toEqual({ kind: 'file', stateDir: 'bot-state' });
    expect(loadConfig(blob).storage).toEqual({ kind: 'blob', connectionString: blob.AZURE_STORAGE_CONNECTION_STRING, container: 'dialout-state' });
    expect(loadConfig({ AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true', AZURE_STORAGE_CONTAINER: 'state' }).storage.kind).toBe('blob');
    const config = loadConfig({
      MONTHLY_SUMMARY_CRON: '30 8 2 * *',
      MONTHLY_SUMMARY_TIME_ZONE: 'America/New_York',
      MONTHLY_BUDGET: '2500.50 usd',
      INTERNATIONAL_SPIKE_PERCENT: '120',
      NOTIFY_API_KEY: 'a-long-random-key-0123456789',
    });
    expect(config.monthlySummary).toEqual({
      cron: '30 8 2 * *',
      timeZone: 'America/New_York',
      budgets: [{ currency: 'USD', amountMicros: 2_500_500_000 }],
      unitBudgets: [],
      budgetWatchCron: '0 8 * * *',
      internationalSpikePercent: 120,
    });
    expect(config.notifyApiKey).toBe('a-long-random-key-0123456789');
  });

  it.each([
    [{ MONTHLY_SUMMARY_CRON: 'every month' }, 'MONTHLY_SUMMARY_CRON'],
    [{ MONTHLY_SUMMARY_CRON: '0 9 31 2 *' }, 'MONTHLY_SUMMARY_CRON'],
    [{ MONTHLY_SUMMARY_TIME_ZONE: 'Moon/Tranquility' }, 'MONTHLY_SUMMARY_TIME_ZONE'],
    [{ MONTHLY_BUDGET: '2500' }, 'MONTHLY_BUDGET'],
    [{ MONTHLY_BUDGET: 'USD 2500' }, 'MONTHLY_BUDGET'],
    [{ MONTHLY_BUDGET: '-5 USD' }, 'MONTHLY_BUDGET'],
    [{ MONTHLY_BUDGET: '0.0000001 USD' }, 'MONTHLY_BUDGET'],
    [{ INTERNATIONAL_SPIKE_PERCENT: '0' }, 'INTERNATIONAL_SPIKE_PERCENT'],
    [{ INTERNATIONAL_SPIKE_PERCENT: 'half' }, 'INTERNATIONAL_SPIKE_PERCENT'],
    [{ NOTIFY_API_KEY: 'short' }, 'NOTIFY_API_KEY'],
    [{ AZURE_STORAGE_CONTAINER: 'state' }, 'AZURE_STORAGE_CONNECTION_STRING'],
    [{ AZURE_STORAGE_CONNECTION_STRING: 'not a connection string', AZURE_STORAGE_CONTAINER: 'state' }, 'AZURE_STORAGE_CONNECTION_STRING'],
    [{ AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' }, 'AZURE_STORAGE_CONTAINER'],
    [{ AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true', AZURE_STORAGE_CONTAINER: 'Bad_Name' }, 'AZURE_STORAGE_CONTAINER'],
  ])('names the variable in %p', (env, variable) => {
    const error = failure(env as Record<string, string>);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
  });

  it('never repeats the connection string or the trigger key in an error', () => {
    const badKey = 'has spaces in the key value';
    expect(failure({ NOTIFY_API_KEY: badKey }).message).not.toContain(badKey);
    const badConnection = 'AccountKey=c2VjcmV0;Nonsense';
    expect(failure({ AZURE_STORAGE_CONNECTION_STRING: badConnection, AZURE_STORAGE_CONTAINER: 'state' }).message).not.toContain('c2VjcmV0');
  });
});

describe('loadConfig: access', () => {
  it('serves the Agents Playground\'s tenant with the demo tenant, and nobody is configured as admin', () => {
    expect(loadConfig({}).access).toEqual({
      allowedTenantIds: ['00000000-0000-0000-0000-0000000000001'],
      adminUserIds: [],
      adminGroupId: undefined,
      adminCacheMinutes: 10,
      showNamesInSharedChats: false,
      questionsPerMinute: 10,
    });
  });

  it('defaults the allowed tenant to GRAPH_TENANT_ID, then BOT_TENANT_ID', () => {
    expect(loadConfig(tenant).access.allowedTenantIds).toEqual([tenant.GRAPH_TENANT_ID]);
    const domainTenant = { ...tenant, GRAPH_TENANT_ID: 'contoso.onmicrosoft.com', BOT_TENANT_ID: 'AAAAAAAA-0000-0000-0000-000000000001' };
    expect(loadConfig(domainTenant).access.allowedTenantIds).toEqual(['aaaaaaaa-0000-0000-0000-000000000001']);
    expect(failure({ ...tenant, GRAPH_TENANT_ID: 'contoso.onmicrosoft.com' }).variable).toBe('ALLOWED_TENANT_IDS');
  });

  it('reads lists of ids in any case and separator', () => {
    const access = loadConfig({
      ALLOWED_TENANT_IDS: '66666666-7777-8888-9999-000000000000, 66666666-7777-8888-9999-00000000000A',
      ADMIN_USER_IDS: '11111111-2222-3333-4444-55555555555A;11111111-2222-3333-4444-555555555556',
      ADMIN_GROUP_ID: '99999999-2222-3333-4444-555555555555',
      SHOW_NAMES_IN_SHARED_CHATS: 'TRUE',
      QUESTIONS_PER_MINUTE: '3',
    }).access;
    expect(access.allowedTenantIds).toEqual(['66666666-7777-8888-9999-000000000000', '66666666-7777-8888-9999-00000000000a']);
    expect(access.adminUserIds).toEqual(['11111111-2222-3333-4444-55555555555a', '11111111-2222-3333-4444-555555555556']);
    expect(access).toMatchObject({ adminGroupId: '99999999-2222-3333-4444-555555555555', showNamesInSharedChats: true, questionsPerMinute: 3 });
  });

  it.each([
    [{ ALLOWED_TENANT_IDS: 'contoso' }, 'ALLOWED_TENANT_IDS'],
    [{ ADMIN_USER_IDS: 'alice@contoso.com' }, 'ADMIN_USER_IDS'],
    [{ ADMIN_GROUP_ID: 'Finance Admins' }, 'ADMIN_GROUP_ID'],
    [{ ADMIN_CACHE_MINUTES: '0' }, 'ADMIN_CACHE_MINUTES'],
    [{ SHOW_NAMES_IN_SHARED_CHATS: 'yes' }, 'SHOW_NAMES_IN_SHARED_CHATS'],
    [{ QUESTIONS_PER_MINUTE: 'many' }, 'QUESTIONS_PER_MINUTE'],
  ])('names the variable in %p', (env, variable) => {
    expect(failure(env as Record<string, string>).variable).toBe(variable);
  });
});

describe('loadConfig: the report window store', () => {
  it('keeps up to 512 MB and closes a window 72 hours after its last day by default', () => {
    expect(loadConfig({}).reportStore).toEqual({ maxMegabytes: 512, closedAfterHours: 72 });
  });

  it('reads REPORT_STORE_MAX_MB and REPORT_CLOSED_AFTER_HOURS', () => {
    expect(loadConfig({ REPORT_STORE_MAX_MB: '2048', REPORT_CLOSED_AFTER_HOURS: '48' }).reportStore).toEqual({ maxMegabytes: 2048, closedAfterHours: 48 });
  });

  it.each([
    [{ REPORT_STORE_MAX_MB: '0' }, 'REPORT_STORE_MAX_MB'],
    [{ REPORT_STORE_MAX_MB: '1.5' }, 'REPORT_STORE_MAX_MB'],
    [{ REPORT_STORE_MAX_MB: 'lots' }, 'REPORT_STORE_MAX_MB'],
    [{ REPORT_CLOSED_AFTER_HOURS: '24' }, 'REPORT_CLOSED_AFTER_HOURS'],
    [{ REPORT_CLOSED_AFTER_HOURS: '8761' }, 'REPORT_CLOSED_AFTER_HOURS'],
    [{ REPORT_CLOSED_AFTER_HOURS: 'three days' }, 'REPORT_CLOSED_AFTER_HOURS'],
  ])('names the variable in %p', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(expect.objectContaining({ variable }) as Error);
  });
});
