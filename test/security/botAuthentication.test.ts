import { startApp, type RunningApp } from '../../src/app';
import { testConfig } from '../helpers/testConfig';
import { message } from '../helpers/botConversation';
import { CHANNEL_ISSUER, startTestIssuer, type TestIssuer } from '../helpers/botFrameworkIssuer';

const BOT_ID = '2f0e6a8c-3b1d-4c5e-9f7a-1b2c3d4e5f60';
const SERVICE_URL = 'http://127.0.0.1:9/_connector';

describe('Bot Framework authentication when BOT_ID is set', () => {
  let issuer: TestIssuer;
  let app: RunningApp;

  beforeAll(async () => {
    issuer = await startTestIssuer();
    app = await startApp(testConfig({ BOT_ID, BOT_PASSWORD: 'test-password-not-real', BOT_TYPE: 'MultiTenant' }), {
      botAuthentication: { ToBotFromChannelOpenIdMetadataUrl: issuer.metadataUrl, ToBotFromChannelTokenIssuer: CHANNEL_ISSUER },
      host: '127.0.0.1',
    });
  });
  afterAll(async () => {
    await app.close();
    await issuer.close();
  });

  async function postWith(authorization: string | undefined): Promise<number> {
    const activity = { ...message('help'), serviceUrl: SERVICE_URL };
    const response = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
      body: JSON.stringify(activity),
    });
    await response.text();
    return response.status;
  }

  it('accepts a token signed by the channel\'s published key', async () => {
    expect(await postWith(`Bearer ${issuer.token({ audience: BOT_ID, serviceUrl: SERVICE_URL })}`)).toBe(200);
  });

  it.each([
    ['no token', () => undefined],
    ['a malformed token', () => 'Bearer not-a-jwt'],
    ['a wrong audience', () => `Bearer ${issuer.token({ audience: 'someone-else', serviceUrl: SERVICE_URL })}`],
    ['a wrong issuer', () => `Bearer ${issuer.token({ audience: BOT_ID, serviceUrl: SERVICE_URL, iss: 'https://evil.example' })}`],
    ['an expired token', () => `Bearer ${issuer.token({ audience: BOT_ID, serviceUrl: SERVICE_URL, exp: Math.floor(Date.now() / 1000) - 600, nbf: 0, iat: 0 })}`],
    ['a bad signature', () => `Bearer ${issuer.token({ audience: BOT_ID, serviceUrl: SERVICE_URL }, issuer.strangerKey)}`],
  ])('answers 401 to %s', async (_name, authorization) => {
    expect(await postWith(authorization())).toBe(401);
  });
});
