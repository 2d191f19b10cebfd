import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { testConfig } from '../helpers/testConfig';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startApp, type RunningApp } from '../../src/app';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { EXAMPLE_QUESTIONS } from '../../src/questions/exampleQuestions';
import { readAllPages, reportUrl, secretToken, totalsOf } from '../helpers/demoTenantClient';
import { launchChromium, type HeadlessBrowser } from './headlessChromium';
import { cards, cardsWith, openConversation, send } from './playgroundChat';
import { startPlayground, type RunningPlayground } from './playgroundProcess';

/*
 * The bot with its demo tenant, the Microsoft 365 Agents Playground as the Teams client, and a real
 * headless Chromium reading what the Playground renders. The steps run in order, in one browser page.
 */

/** The bot's and the demo tenant's clock: "last month" is October 2026. */
const NOW = new Date('2026-11-27T10:00:00Z');
const STEP_MS = 20_000;

/** Money as the card shows it in en-US, formatted here from the exact decimal (not with the bot's code). */
function money(micros: number, currency: string): string {
  const decimal = `${Math.trunc(micros / 1_000_000)}.${String(micros % 1_000_000).padStart(6, '0')}` as Intl.StringNumericLiteral;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(decimal);
}

/** October 2026's totals per currency, read straight from the demo tenant over HTTP like a Graph client. */
async function octoberTotals(tenant: DemoTenant): Promise<Array<[string, string]>> {
  const pages = await readAllPages(reportUrl(tenant, '2026-10-01T00:00:00Z', '2026-10-31T23:59:59Z'), await secretToken(tenant));
  const { byCurrency } = totalsOf(pages.flatMap((page) => page.value));
  return Object.entries(byCurrency).map(([currency, totals]) => [currency, money(totals.chargeMicros, currency)]);
}

describe('Dial-out Insights in the Microsoft 365 Agents Playground, in headless Chromium', () => {
  let app: RunningApp;
  let playground: RunningPlayground;
  let browser: HeadlessBrowser;
  let page: Page;
  let screenshots: string;
  let stateDir: string;
  let expectedTotals: Array<[string, string]>;

  const screenshot = (name: string): Promise<Buffer> => page.screenshot({ path: join(screenshots, `${name}.png`) });

  beforeAll(async () => {
    // Named by the caller to keep them (E2E_SCREENSHOTS=folder), else a fresh temporary folder.
    screenshots = process.env.E2E_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'playground-e2e-'));
    mkdirSync(screenshots, { recursive: true });
    browser = await launchChromium({ timezoneId: 'UTC', locale: 'en-US' });
    stateDir = mkdtempSync(join(tmpdir(), 'playground-e2e-state-'));
    app = await startApp(testConfig({ STATE_DIR: stateDir }), { clock: () => NOW, demoTenant: { users: 500, now: () => NOW } });
    expectedTotals = await octoberTotals(app.demoTenant as DemoTenant);
    playground = await startPlayground(`${app.url}/api/messages`);
    page = await browser.context.newPage();
    await page.goto(playground.url);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.close();
    await app?.close();
    if (stateDir) rmSync(stateDir, { recursive: true, force: true });
    if (screenshots) console.info(`Playground screenshots: ${screenshots}`);
  }, 20_000);

  it('welcomes with the help card when the Playground installs the bot', async () => {
    const welcome = cardsWith(page, 'Ask in your own words');
    await welcome.first().waitFor();
    await screenshot('1-welcome');
    expect(await welcome.first().innerText()).toContain('Dial-out Insights');
    await welcome.first().getByRole('button', { name: EXAMPLE_QUESTIONS[0] }).waitFor();
  }, STEP_MS);

  it('answers "what did dial-out cost last month?" with a card of the demo tenant\'s exact totals for October', async () => {
    await send(page, 'what did dial-out cost last month?');
    const report = cardsWith(page, 'Totals in');
    await report.waitFor();
    await report.scrollIntoViewIfNeeded();
    await screenshot('2-last-month');
    const text = await report.innerText();
    expect(text).toContain('Oct 1, 2026 – Oct 31, 2026 (UTC)');
    expect(expectedTotals.length).toBeGreaterThan(0);
    for (const [currency, total] of expectedTotals) {
      expect(text).toContain(`Totals in ${currency}`);
      expect(text).toContain(total);
    }
    expect(text).toMatch(/Showing 1–10 of \d+ people/);
  }, STEP_MS);

  it('replaces the card in place with spenders 11–20 on "Next 10"', async () => {
    const before = await cards(page).count();
    await cardsWith(page, 'Totals in').getByRole('button', { name: 'Next 10' }).click();
    const replaced = cardsWith(page, /Showing 11–20 of \d+ people/);
    await replaced.waitFor();
    await replaced.scrollIntoViewIfNeeded();
    await screenshot('3-next-10');
    expect(await cards(page).count()).toBe(before);
    expect(await cardsWith(page, /Showing 1–10 of/).count()).toBe(0);
    await cardsWith(page, 'Totals in').getByRole('button', { name: 'Previous' }).waitFor();
  }, STEP_MS);

  it('answers "help" with the example questions as buttons', async () => {
    await send(page, 'help');
    const help = cardsWith(page, 'Ask in your own words').nth(1);
    await help.waitFor();
    await help.scrollIntoViewIfNeeded();
    await screenshot('4-help');
    for (const example of EXAMPLE_QUESTIONS) await help.getByRole('button', { name: example }).waitFor();
  }, STEP_MS);

  it('answers an example button of the help card as if the question had been typed', async () => {
    const reports = await cardsWith(page, 'Totals in').count();
    await cardsWith(page, 'Ask in your own words').nth(1).getByRole('button', { name: EXAMPLE_QUESTIONS[0] }).click();
    await cardsWith(page, 'Totals in').nth(reports).waitFor();
    const text = await cardsWith(page, 'Totals in').nth(reports).innerText();
    expect(text).toContain('Oct 1, 2026 – Oct 31, 2026 (UTC)');
    for (const [, total] of expectedTotals) expect(text).toContain(total);
  }, STEP_MS);

  it('answers an @mention in a group chat', async () => {
    await openConversation(page, 'Group Chat');
    await cardsWith(page, 'Ask in your own words').first().waitFor();
    await send(page, 'cost last month', { mention: true });
    const report = cardsWith(page, 'Totals in');
    await report.waitFor();
    await report.scrollIntoViewIfNeeded();
    await screenshot('5-group-chat');
    const text = await report.innerText();
    for (const [, total] of expectedTotals) expect(text).toContain(total);
  }, STEP_MS);

  it('answers an @mention in a channel thread', async () => {
    await openConversation(page, 'My Team - General');
    const welcome = cardsWith(page, 'Ask in your own words').first();
    await welcome.waitFor();
    await send(page, 'what did dial-out cost last month?', { mention: true, inThreadOf: welcome });
    const report = cardsWith(page, 'Totals in');
    await report.waitFor();
    await report.scrollIntoViewIfNeeded();
    await screenshot('6-channel');
    const text = await report.innerText();
    expect(text).toContain('Oct 1, 2026 – Oct 31, 2026 (UTC)');
    for (const [, total] of expectedTotals) expect(text).toContain(total);
  }, STEP_MS);
});
