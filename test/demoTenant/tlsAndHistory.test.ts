import { request } from 'node:https';
import { DAY_MS, daysWithData } from '../../src/demoTenant/dayAttribution';
import { startDemoTenant } from '../../src/demoTenant/demoTenant';
import { makeSelfSignedCertificate } from '../helpers/demoTenantCertificate';
import { reportUrl, secretToken } from '../helpers/demoTenantClient';

const NOW = new Date('2026-11-27T10:00:00Z');

/** GET over https trusting only `ca` (the certificate names no host, so the name check is skipped). */
function httpsGet(url: string, token: string, ca: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { headers: { Authorization: `Bearer ${token}` }, ca, checkServerIdentity: () => undefined }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('demo tenant over https', () => {
  it('serves the report over https with the given certificate, and tokens on a plain-http loopback port', async () => {
    const certificate = makeSelfSignedCertificate();
    const tenant = await startDemoTenant({ users: 50, now: () => NOW, tls: { key: certificate.privateKeyPem, cert: certificate.certificatePem } });
    try {
      expect(tenant.graphEndpoint).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(tenant.authorityHost).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const token = await secretToken(tenant);
      const { status, body } = await httpsGet(reportUrl(tenant, '2026-10-01', '2026-10-31'), token, certificate.certificatePem);
      expect(status).toBe(200);
      const page = JSON.parse(body) as { value: unknown[]; '@odata.context': string };
      expect(page.value.length).toBeGreaterThan(0);
      expect(page['@odata.context'].startsWith(tenant.graphEndpoint)).toBe(true);
    } finally {
      await tenant.close();
    }
  });
});

describe('history length', () => {
  it('keeps three years of usage when asked, two by default', () => {
    expect(daysWithData(NOW, 3).first * DAY_MS).toBe(Date.parse('2023-11-27T00:00:00Z'));
    expect(daysWithData(NOW).first * DAY_MS).toBe(Date.parse('2024-11-27T00:00:00Z'));
  });

  it('answers a range older than two years only with historyYears', async () => {
    const [twoYears, threeYears] = await Promise.all([startDemoTenant({ users: 200, now: () => NOW }), startDemoTenant({ users: 200, now: () => NOW, historyYears: 3 })]);
    try {
      const from = new Date('2024-01-01T00:00:00Z');
      const to = new Date('2024-03-31T23:59:59Z');
      expect(twoYears.expectedUsage(from, to).rowCount).toBe(0);
      expect(threeYears.expectedUsage(from, to).rowCount).toBeGreaterThan(0);
    } finally {
      await Promise.all([twoYears.close(), threeYears.close()]);
    }
  });
});
