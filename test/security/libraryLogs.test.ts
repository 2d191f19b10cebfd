import { startApp, type RunningApp } from '../../src/app';
import { message } from '../helpers/botConversation';
import { CHANNEL_ISSUER, startTestIssuer, type TestIssuer } from '../helpers/botFrameworkIssuer';
import { processOutput } from '../helpers/processOutput';
import { testConfig } from '../helpers/testConfig';

const BOT_ID = '3a9e1c7d-2b4f-4e6a-8c0d-1e2f3a4b5c6d';
const SERVICE_URL = 'http://127.0.0.1:9/_connector';

describe('what the Bot Framework libraries print goes through the logger', () => {
  let issuer: TestIssuer;
  let app: RunningApp;

  beforeAll(async () => {
    issuer = await startTestIssuer();
    app = await startApp(testConfig({ BOT_ID, BOT_PASSWORD: 'test-password-not-real' }), {
      botAuthentication: { ToBotFromChannelOpenIdMetadataUrl: issuer.metadataUrl, ToBotFromChannelTokenIssuer: CHANNEL_ISSUER },
      host: '127.0.0.1',
    });
  });
  afterAll(async () => {
    await app.close();
    await issuer.close();
  });

  it.each([
    ['no token', () => undefined],
    ['a forged signature', () => `Bearer ${issuer.token({ audience: BOT_ID, serviceUrl: SERVICE_URL }, issuer.strangerKey)}`],
    ['an expired token', () => `Bearer ${issuer.token({ audience: BOT_ID, serviceUrl: SERVICE_URL, exp: Math.floor(Date.now() / 1000) - 600, nbf: 0, iat: 0 })}`],
    ['a token for another bot', () => `Bearer ${issuer.token({ audience: 'another-bot', serviceUrl: SERVICE_URL })}`],
  ])('a request with %s is refused with 401 and logged as JSON lines without a stack', async (_name, authorization) => {
    let status = 0;
    const output = await processOutput(async () => {
      const response = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(authorization() ? { Authorization: authorization() as string } : {}) },
        body: JSON.stringify({ ...message('help'), serviceUrl: SERVICE_URL }),
      });
      await response.text();
      status = response.status;
    });
    expect(status).toBe(401);
    const lines = output.split('\n').filter((line) => line !== '');
    const entries = lines.map((line) => JSON.parse(line) as Record<string, any>);
    const refusal = entries.find((entry) => entry.event === 'library output' && entry.refused?.[0]?.status === 401);
    expect(refusal).toMatchObject({ level: 'warn', via: 'console.error', refused: [{ status: 401, message: expect.stringMatching(/\S/) }] });
    expect(output).not.toMatch(/\bat \S+ \(|\bat \S+\.(ts|js):\d+/); // no stack frame anywhere
    expect(output.length).toBeLessThan(2048);
  });
});
