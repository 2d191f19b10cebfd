import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { message } from '../helpers/botConversation';
import { startBotProcess, type BotProcess } from '../helpers/botProcess';

const BOT_ID = '7d2c4b1a-5e6f-4a3b-9c8d-0e1f2a3b4c5d';
const NOTIFY_API_KEY = 'notify-key-for-the-body-test';
const BOUNDARY = 'dialout-test-boundary';

/** A multipart/form-data body of `parts` small files, as a script would send to fill a disk. */
function multipartBody(parts: number): string {
  const fields = Array.from({ length: parts }, (_, i) =>
    [`--${BOUNDARY}`, `Content-Disposition: form-data; name="f${i}"; filename="f${i}.txt"`, 'Content-Type: text/plain', '', `part ${i}`].join('\r\n'),
  );
  return `${fields.join('\r\n')}\r\n--${BOUNDARY}--\r\n`;
}

/** Every file and directory under `dir`, at any depth. */
function entriesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String);
}

describe.each([
  ['local mode (BOT_ID unset)', {}],
  ['production (BOT_ID set)', { BOT_ID, BOT_PASSWORD: 'not-a-real-password' }],
])('non-JSON bodies in %s', (_mode, botEnv: Record<string, string>) => {
  let bot: BotProcess;
  let tempDir: string;
  let stateDir: string;

  beforeAll(async () => {
    tempDir = mkdtempSync(join(tmpdir(), 'dialout-tmpdir-'));
    stateDir = mkdtempSync(join(tmpdir(), 'dialout-state-'));
    bot = await startBotProcess({ ...botEnv, TMPDIR: tempDir, STATE_DIR: stateDir, NOTIFY_API_KEY });
  });
  afterAll(async () => {
    expect(await bot.stop()).toBe(0);
    rmSync(tempDir, { recursive: true, force: true });
    rmSync(stateDir, { recursive: true, force: true });
  });

  it.each([
    ['/api/messages', 'without a token', undefined],
    ['/api/messages', 'with a token', 'Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl'],
    ['/api/notifications/monthly', 'without the key', undefined],
    ['/api/notifications/monthly', 'with the key', `Bearer ${NOTIFY_API_KEY}`],
  ])('refuses multipart/form-data to %s %s with 415 and writes nothing to the temp folder', async (path, _auth, authorization) => {
    const before = entriesUnder(tempDir);
    const response = await fetch(`${bot.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}`, ...(authorization ? { Authorization: authorization } : {}) },
      body: multipartBody(200),
    });
    await response.text();
    expect(response.status).toBe(415);
    expect(entriesUnder(tempDir)).toEqual(before);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it.each([
    ['text/plain', 'what did dial-out cost last month?'],
    ['application/x-www-form-urlencoded', 'type=message&text=help'],
    ['application/octet-stream', 'raw bytes'],
  ])('refuses %s with 415', async (contentType, body) => {
    const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': contentType }, body });
    await response.text();
    expect(response.status).toBe(415);
  });

  it('still reads a JSON activity', async () => {
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(message('help')),
    });
    await response.text();
    // Local mode answers; a registered bot asks for a token first. Either way the body was read as JSON.
    expect(response.status).toBe(botEnv.BOT_ID ? 401 : 200);
    // The refusal of the missing token, like everything else on stderr, is a JSON line without a stack.
    const lines = bot.stderr().split('\n').filter((line) => line !== '');
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    if (botEnv.BOT_ID) expect(lines.map((line) => JSON.parse(line).event)).toContain('library output');
    expect(bot.stderr()).not.toMatch(/\n\s+at /);
  });
});
