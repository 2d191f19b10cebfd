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
    });
  });

  it.each([
    ['usgov', 'https://graph.microsoft.us', 'https://login.microsoftonline.us'],
    ['dod', 'https://dod-graph.microsoft.us', 'https://login.microsoftonline.us'],
  ])('sets the %s cloud hosts', (cloud, graph, login) => {
    expect(loadConfig({ ...tenant, GRAPH_CLOUD: cloud }).graph).toMatchObject({ endpoint: graph, authorityHost: login });
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

  it('never puts a secret into a configuration message', () => {
    const error = failure({ ...tenant, GRAPH_CERTIFICATE_PATH: '/x.pem' });
    expect(error.message).not.toContain(tenant.GRAPH_CLIENT_SECRET);
  });
});
