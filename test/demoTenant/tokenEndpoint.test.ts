import { ConfidentialClientApplication } from '@azure/msal-node';
import { X509Certificate } from 'node:crypto';
import { startDemoTenant, type DemoTenant } from '../../src/demoTenant/demoTenant';
import { makeSelfSignedCertificate, signClientAssertion, type TestCertificate } from '../helpers/demoTenantCertificate';
import { getWithToken, postTokenForm, reportUrl } from '../helpers/demoTenantClient';

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

let tenant: DemoTenant;
let certificate: TestCertificate;
let otherCertificate: TestCertificate;

beforeAll(async () => {
  certificate = makeSelfSignedCertificate();
  otherCertificate = makeSelfSignedCertificate();
  tenant = await startDemoTenant({ users: 50, certificatePem: certificate.certificatePem, tokenLifetimeSeconds: 1800 });
});

afterAll(() => tenant.close());

function tokenEndpoint(): string {
  return `${tenant.authorityHost}/${tenant.tenantId}/oauth2/v2.0/token`;
}

function assertionForm(assertion: string): Record<string, string> {
  return {
    grant_type: 'client_credentials',
    client_id: tenant.clientId,
    scope: GRAPH_SCOPE,
    client_assertion_type: ASSERTION_TYPE,
    client_assertion: assertion,
  };
}

async function reportStatus(token: string): Promise<number> {
  return (await getWithToken(reportUrl(tenant, '2025-01-01', '2025-01-31'), token)).status;
}

/** msal-node pointed at the demo tenant: a nominal https authority whose metadata names the loopback endpoint. */
function msalApp(
  credentials: { clientSecret: string } | { clientCertificate: { thumbprintSha256: string; privateKey: string } },
): ConfidentialClientApplication {
  const authority = `https://login.microsoftonline.com/${tenant.tenantId}`;
  return new ConfidentialClientApplication({
    auth: {
      clientId: tenant.clientId,
      authority,
      ...credentials,
      authorityMetadata: JSON.stringify({
        token_endpoint: tokenEndpoint(),
        issuer: `${authority}/v2.0`,
        authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
        jwks_uri: `${authority}/discovery/v2.0/keys`,
      }),
      cloudDiscoveryMetadata: JSON.stringify({
        tenant_discovery_endpoint: `${authority}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [
          {
            preferred_network: 'login.microsoftonline.com',
            preferred_cache: 'login.windows.net',
            aliases: ['login.microsoftonline.com'],
          },
        ],
      }),
    },
  });
}

describe('token endpoint', () => {
  it('issues a bearer token for the client secret', async () => {
    const received = await postTokenForm(tenant, {
      grant_type: 'client_credentials',
      client_id: tenant.clientId,
      client_secret: tenant.clientSecret,
      scope: GRAPH_SCOPE,
    });
    expect(received.status).toBe(200);
    expect(received.json).toEqual({
      token_type: 'Bearer',
      expires_in: 1800,
      ext_expires_in: 1800,
      access_token: expect.any(String),
    });
    expect(await reportStatus((received.json as { access_token: string }).access_token)).toBe(200);
  });

  it('answers a wrong secret with 401 invalid_client in Entra’s error shape', async () => {
    const received = await postTokenForm(tenant, {
      grant_type: 'client_credentials',
      client_id: tenant.clientId,
      client_secret: 'not-the-secret',
      scope: GRAPH_SCOPE,
    });
    expect(received.status).toBe(401);
    expect(received.json).toEqual({
      error: 'invalid_client',
      error_description: expect.stringMatching(/^AADSTS7000215: Invalid client secret provided\./),
      error_codes: [7000215],
      timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}Z$/),
      trace_id: received.headers.get('request-id'),
      correlation_id: expect.any(String),
      error_uri: expect.any(String),
    });
    expect(received.text).not.toContain(tenant.clientSecret);
  });

  const UNKNOWN_TENANT = '00000000-0000-0000-0000-000000000000';
  it.each([
    ['an unknown tenant', UNKNOWN_TENANT, {}, 400, 'invalid_request'],
    ['another app', undefined, { client_id: 'someone-else' }, 400, 'unauthorized_client'],
    ['a scope that is not /.default', undefined, { scope: 'https://graph.microsoft.com/User.Read' }, 400, 'invalid_scope'],
    ['another grant', undefined, { grant_type: 'password' }, 400, 'unsupported_grant_type'],
    ['a missing grant', undefined, { grant_type: undefined }, 400, 'invalid_request'],
    ['no credential', undefined, { client_secret: undefined }, 401, 'invalid_client'],
  ])('refuses %s', async (_name, tenantId, change: Record<string, string | undefined>, status, error) => {
    const form: Record<string, string> = {
      grant_type: 'client_credentials',
      client_id: tenant.clientId,
      client_secret: tenant.clientSecret,
      scope: GRAPH_SCOPE,
    };
    for (const [name, value] of Object.entries(change)) {
      if (value === undefined) delete form[name];
      else form[name] = value;
    }
    const received = await postTokenForm(tenant, form, tenantId);
    expect(received.status).toBe(status);
    expect((received.json as { error: string }).error).toBe(error);
  });

  it.each(['PS256', 'RS256'] as const)(
    'issues a token for a client assertion signed %s with the certificate’s key',
    async (alg) => {
      const assertion = signClientAssertion(certificate, { clientId: tenant.clientId, audience: tokenEndpoint(), alg });
      const received = await postTokenForm(tenant, assertionForm(assertion));
      expect(received.status).toBe(200);
      expect(await reportStatus((received.json as { access_token: string }).access_token)).toBe(200);
    },
  );

  it('accepts the SHA-1 x5t header too', async () => {
    const assertion = signClientAssertion(certificate, {
      clientId: tenant.clientId,
      audience: tokenEndpoint(),
      thumbprintHeader: 'x5t',
    });
    expect((await postTokenForm(tenant, assertionForm(assertion))).status).toBe(200);
  });

  it.each([
    [
      'signed by another key',
      () =>
        signClientAssertion(
          { ...otherCertificate, certificatePem: certificate.certificatePem },
          { clientId: tenant.clientId, audience: tokenEndpoint() },
        ),
      'AADSTS700027: Client assertion contains an invalid signature',
    ],
    [
      'naming another certificate',
      () => signClientAssertion(otherCertificate, { clientId: tenant.clientId, audience: tokenEndpoint() }),
      'AADSTS700027: The certificate with the thumbprint',
    ],
    [
      'expired',
      () =>
        signClientAssertion(certificate, { clientId: tenant.clientId, audience: tokenEndpoint(), expiresIn: -3600 }),
      'AADSTS700024',
    ],
    [
      'issued by another app',
      () => signClientAssertion(certificate, { clientId: 'someone-else', audience: tokenEndpoint() }),
      'AADSTS700021',
    ],
    [
      'for another audience',
      () => signClientAssertion(certificate, { clientId: tenant.clientId, audience: 'https://example.com/token' }),
      'AADSTS700212',
    ],
    ['that is not a JWT', () => 'abc.def', 'AADSTS50027'],
  ])('refuses an assertion %s', async (_name, makeAssertion, description) => {
    const received = await postTokenForm(tenant, assertionForm(makeAssertion()));
    expect(received.status).toBe(401);
    expect(received.json).toMatchObject({
      error: 'invalid_client',
      error_description: expect.stringContaining(description),
    });
  });
});

describe('msal-node against the demo tenant', () => {
  it('gets a working token with the client secret', async () => {
    const result = await msalApp({ clientSecret: tenant.clientSecret }).acquireTokenByClientCredential({
      scopes: [GRAPH_SCOPE],
    });
    expect(result?.accessToken).toEqual(expect.any(String));
    expect(await reportStatus(result?.accessToken ?? '')).toBe(200);
  });

  it('gets a working token with the certificate (PS256, x5t#S256)', async () => {
    const thumbprintSha256 = new X509Certificate(certificate.certificatePem).fingerprint256.replace(/:/g, '');
    const app = msalApp({ clientCertificate: { thumbprintSha256, privateKey: certificate.privateKeyPem } });
    const result = await app.acquireTokenByClientCredential({ scopes: [GRAPH_SCOPE] });
    expect(await reportStatus(result?.accessToken ?? '')).toBe(200);
  });
});
