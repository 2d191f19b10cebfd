import { startApp, type RunningApp } from '../../src/app';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { message } from '../helpers/botConversation';
import { CHANNEL_ISSUER, startTestIssuer, type TestIssuer } from '../helpers/botFrameworkIssuer';
import { testConfig } from '../helpers/testConfig';

const BOT_ID = '5c1d7e2a-9b3f-4d6e-8a1c-2f3e4d5c6b7a';
const BOT_PASSWORD = 'bot-password-that-must-never-be-logged';
const NOTIFY_API_KEY = 'notify-key-that-must-never-be-logged';
const SERVICE_URL = 'http://127.0.0.1:9/_connector';
const NOW = new Date('2026-11-27T10:00:00Z');

/** Everything written to stdout, stderr and the console while `run` runs. */
async function captureOutput(run: () => Promise<void>): Promise<string> {
  const chunks: string[] = [];
  const streams = [process.stdout, process.stderr] as const;
  const originals = streams.map((stream) => stream.write.bind(stream));
  const consoleOriginals = { log: console.log, warn: console.warn, error: console.error, info: console.info };
  streams.forEach((stream) => {
    stream.write = ((chunk: string | Uint8Array) => {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    }) as typeof stream.write;
  });
  for (const name of Object.keys(consoleOriginals) as Array<keyof typeof consoleOriginals>) {
    console[name] = (...args: unknown[]) => chunks.push(args.map((arg) => (arg instanceof Error ? `${arg.stack}` : String(arg))).join(' '));
  }
  try {
    await run();
  } finally {
    streams.forEach((stream, i) => (stream.write = originals[i] as typeof stream.write));
    Object.assign(console, consoleOriginals);
  }
  return chunks.join('');
}

describe('secrets never reach the logs', () => {
  let issuer: TestIssuer;
  let app: RunningApp;

  beforeAll(async () => {
    issuer = await startTestIssuer();
  });
  afterAll(() => issuer.close());

  it('keeps the bot password, the Graph secret, the notify key and tokens out of everything logged', async () => {
    let graphSecret = '';
    let bearer = '';
    const output = await captureOutput(async () => {
      app = await startApp(testConfig({ BOT_ID, BOT_PASSWORD, NOTIFY_API_KEY, ADMIN_USER_IDS: '00000000-0000-0000-0000-0000000000a1' }), {
        botAuthentication: { ToBotFromChannelOpenIdMetadataUrl: issuer.metadataUrl, ToBotFromChannelTokenIssuer: CHANNEL_ISSUER },
        host: '127.0.0.1',
        clock: () => NOW,
        demoTenant: { users: 50, now: () => NOW },
      });
      const tenant = app.demoTenant as DemoTenant;
      graphSecret = tenant.clientSecret;
      bearer = issuer.token({ audience: BOT_ID, serviceUrl: SERVICE_URL });
      const send = (authorization: string, text: string) =>
        fetch(`${app.url}/api/messages`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: authorization },
          body: JSON.stringify({ ...message(text), serviceUrl: SERVICE_URL }),
        }).then((response) => response.text());
      await send(`Bearer ${bearer}`, 'cost last month');
      tenant.faults.next({ kind: 'status', status: 403 });
      await send(`Bearer ${bearer}`, 'cost in September');
      tenant.faults.nextToken({ kind: 'status', status: 500 });
      tenant.expireTokens();
      await send(`Bearer ${bearer}`, 'cost in August');
      await send(`Bearer ${bearer}x`, 'cost last month');
      await send(`Bearer ${BOT_PASSWORD}`, 'cost last month');
      await fetch(`${app.url}/api/notifications/monthly`, { method: 'POST', headers: { Authorization: `Bearer ${NOTIFY_API_KEY}x` } });
      await fetch(`${app.url}/api/notifications/monthly`, { method: 'POST', headers: { Authorization: `Bearer ${NOTIFY_API_KEY}` } });
      await app.close();
    });
    expect(output.length).toBeGreaterThan(0);
    expect(output).toContain('cost question failed'); // the 403 and the token failure were logged, with their details
    for (const secret of [BOT_PASSWORD, NOTIFY_API_KEY, graphSecret, bearer]) expect(output).not.toContain(secret);
  });
});
