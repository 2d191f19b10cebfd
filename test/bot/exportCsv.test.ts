/** Export CSV through the bot: Teams' file consent flow in personal chat (upload on accept), a pointer to personal chat elsewhere. */
import { startApp, type RunningApp } from '../../src/app';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { cardAction, cardsIn, cardText, executeActions, message, post } from '../helpers/botConversation';
import { startFakeBotConnector, type FakeBotConnector } from '../helpers/fakeBotConnector';
import { consentInvoke, parseCsv, startUploadTarget } from '../helpers/fileExports';
import { TEST_RETRY } from '../helpers/graphSource';
import { testConfig } from '../helpers/testConfig';

const NOW = new Date('2026-11-27T10:00:00Z');

describe('Export CSV', () => {
  let app: RunningApp;
  let tenant: DemoTenant;
  let connector: FakeBotConnector;

  beforeAll(async () => {
    connector = await startFakeBotConnector();
    app = await startApp(testConfig(), { clock: () => NOW, demoTenant: { users: 300, now: () => NOW }, graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 } });
    tenant = app.demoTenant as DemoTenant;
  });
  afterAll(async () => {
    await app.close();
    await connector.close();
  });
  beforeEach(() => {
    connector.calls.length = 0;
  });

  it('offers the file through a consent card, uploads it on accept, and the CSV adds up to the report', async () => {
    const report = cardsIn((await post(app.url, message('cost last month'))).body)[0];
    const exportButton = executeActions(report).find((a) => a.title === 'Export CSV')!;
    const { body } = await post(app.url, { ...cardAction(exportButton.verb, exportButton.data), serviceUrl: connector.serviceUrl });
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });

    const [offer] = await connector.waitForCalls(1);
    const consent = offer!.activity.attachments[0];
    expect(consent.contentType).toBe('application/vnd.microsoft.teams.card.file.consent');
    expect(consent.name).toBe('dial-out 2026-10-01 to 2026-10-31.csv');
    expect(Object.keys(consent.content.acceptContext)).toEqual(['exportId']); // an id, never the file
    expect(JSON.stringify(consent)).not.toContain('userPrincipalName');

    const target = await startUploadTarget();
    try {
      await post(app.url, consentInvoke('accept', consent.content.acceptContext, target.url, connector.serviceUrl));
      const [upload] = target.received;
      expect(upload!.method).toBe('PUT');
      expect(upload!.body.length).toBe(consent.content.sizeInBytes);
      expect(upload!.headers['content-range']).toBe(`bytes 0-${upload!.body.length - 1}/${upload!.body.length}`);

      const text = upload!.body.toString('utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = parseCsv(text.slice(1));
      expect(header).toEqual([
        'userId',
        'userPrincipalName',
        'userDisplayName',
        'usageLocation',
        'destinationContext',
        'currency',
        'totalCalls',
        'totalCallSeconds',
        'totalCallCharge',
        'department',
        'officeLocation',
        'companyName',
        'costCenter',
        'division',
      ]);
      const expected = tenant.expectedUsage(new Date('2026-10-01T00:00:00Z'), new Date('2026-10-31T23:59:59.999Z'));
      expect(rows).toHaveLength(expected.rowCount);
      for (const [currency, totals] of Object.entries(expected.byCurrency)) {
        const mine = rows.filter((row) => row[5] === currency);
        const micros = mine.reduce((sum, row) => sum + Math.round(Number(row[8]) * 1_000_000), 0);
        expect({ rows: mine.length, calls: mine.reduce((n, row) => n + Number(row[6]), 0), seconds: mine.reduce((n, row) => n + Number(row[7]), 0), micros }).toEqual({
          rows: totals.rowCount,
          calls: totals.calls,
          seconds: totals.seconds,
          micros: totals.chargeMicros,
        });
        for (const row of mine) expect(row[8]).toMatch(/^\d+\.\d{2,6}$/);
      }

      const [, fileCard] = await connector.waitForCalls(2);
      expect(fileCard!.activity.attachments[0]).toMatchObject({
        contentType: 'application/vnd.microsoft.teams.card.file.info',
        contentUrl: 'https://contoso-my.sharepoint.com/dial-out.csv',
        content: { uniqueId: 'file-1', fileType: 'csv' },
      });

      // Accepted once, the file is gone: a replayed accept uploads nothing.
      await post(app.url, consentInvoke('accept', consent.content.acceptContext, target.url, connector.serviceUrl));
      expect(target.received).toHaveLength(1);
      const [, , replay] = await connector.waitForCalls(3);
      expect(replay!.activity.text).toMatch(/no longer available/);
    } finally {
      target.server.close();
    }
  });

  it('uploads nothing to a plain-http address that is not loopback, nor for a forged or declined export', async () => {
    const report = cardsIn((await post(app.url, message('cost last month'))).body)[0];
    const exportButton = executeActions(report).find((a) => a.title === 'Export CSV')!;
    await post(app.url, { ...cardAction(exportButton.verb, exportButton.data), serviceUrl: connector.serviceUrl });
    const [offer] = await connector.waitForCalls(1);
    const context = offer!.activity.attachments[0].content.acceptContext;

    await post(app.url, consentInvoke('accept', context, 'http://files.example.com/upload', connector.serviceUrl));
    await post(app.url, consentInvoke('accept', { exportId: '00000000-0000-4000-8000-000000000000' }, 'https://files.example.com/upload', connector.serviceUrl));
    await post(app.url, consentInvoke('decline', context, 'https://files.example.com/upload', connector.serviceUrl));
    const replies = (await connector.waitForCalls(4)).slice(1).map((call) => call.activity.text);
    expect(replies[0]).toMatch(/safe place/);
    expect(replies[1]).toMatch(/no longer available/);
    expect(replies[2]).toMatch(/not saved/);
  });

  it.each([
    ['the cloud metadata address', 'https://169.254.169.254/upload'],
    ['an IPv4 literal in another form', 'https://2130706433/upload'],
    ['an IPv6 literal', 'https://[::1]/upload'],
    ['a name that resolves to loopback', 'https://localhost/upload'],
  ])('uploads nothing over https to %s', async (_name, uploadUrl) => {
    const report = cardsIn((await post(app.url, message('cost last month'))).body)[0];
    const exportButton = executeActions(report).find((a) => a.title === 'Export CSV')!;
    await post(app.url, { ...cardAction(exportButton.verb, exportButton.data), serviceUrl: connector.serviceUrl });
    const [offer] = await connector.waitForCalls(1);
    const context = offer!.activity.attachments[0].content.acceptContext;
    await post(app.url, consentInvoke('accept', context, uploadUrl, connector.serviceUrl));
    const [, refusal] = await connector.waitForCalls(2);
    expect(refusal!.activity.text).toMatch(/safe place/);
  });

  it('in a channel, says exports are offered in personal chat, without a file', async () => {
    const report = cardsIn((await post(app.url, message('cost last month', { conversationType: 'channel' }))).body)[0];
    const exportButton = executeActions(report).find((a) => a.title === 'Export CSV')!;
    const { body } = await post(app.url, { ...cardAction(exportButton.verb, exportButton.data, { conversationType: 'channel' }), serviceUrl: connector.serviceUrl });
    expect(body.value).toMatch(/personal chat/);
    const [notice] = await connector.waitForCalls(1);
    const attachment = notice!.activity.attachments[0];
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(attachment.content)).toMatch(/Exports are offered in personal chat[\s\S]*cost from 2026-10-01 to 2026-10-31/);
  });
});
