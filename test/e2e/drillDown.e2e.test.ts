/** Every drill-down view in the Agents Playground (headless Chromium), with exact figures; DOCS_SCREENSHOTS=folder keeps a picture of each card. */
// `npm run screenshots` writes the README's pictures into docs/screenshots this way.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { startApp, type RunningApp } from '../../src/app';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { countriesOf, peopleOf, rankedByCost, rowsOf, totalsOf, usd } from '../helpers/rowSums';
import { testConfig } from '../helpers/testConfig';
import { measureShownCard } from './cardRendering';
import { launchChromium, type HeadlessBrowser } from './headlessChromium';
import { cards, cardsWith, openChat, openConversation, send } from './playgroundChat';
import { startPlayground, type RunningPlayground } from './playgroundProcess';

/** The bot's and the demo tenant's clock: "last month" is October 2026. */
const NOW = new Date('2026-11-27T10:00:00Z');
const STEP_MS = 20_000;

describe('drilling down from the report card in the Agents Playground', () => {
  let app: RunningApp;
  let playground: RunningPlayground;
  let browser: HeadlessBrowser;
  let page: Page;
  let folder: string;
  let people: ReturnType<typeof rankedByCost>;

  /** The one card on the page that shows `text` (cards are replaced in place, so there is one at a time). */
  const card = (text: string | RegExp): Locator => cardsWith(page, text).last();

  const shoot = async (shown: Locator, name: string): Promise<void> => {
    await shown.scrollIntoViewIfNeeded();
    await shown.screenshot({ path: join(folder, `${name}.png`) });
  };

  /** The card as the Playground draws it (about 446 px wide): nothing overflows, is clipped or broken mid-word; the only ellipses are UPNs shortened in a list. */
  const expectWhole = async (shown: Locator): Promise<void> => {
    const width = (await shown.boundingBox())?.width ?? 0;
    expect(width).toBeGreaterThan(400);
    expect(width).toBeLessThanOrEqual(460);
    const drawn = await measureShownCard(shown);
    expect(drawn.overflowing).toEqual([]);
    expect(drawn.clipped).toEqual([]);
    expect(drawn.brokenWords).toEqual([]);
    expect(drawn.endingInEllipsis.filter((text) => !people.some((p) => p.upn.startsWith(text.slice(0, -1))))).toEqual([]);
  };

  const press = async (on: Locator, button: string, then: string | RegExp): Promise<Locator> => {
    await on.getByRole('button', { name: button, exact: true }).click();
    const next = card(then);
    await next.waitFor();
    return next;
  };

  beforeAll(async () => {
    folder = process.env.DOCS_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'drilldown-e2e-'));
    mkdirSync(folder, { recursive: true });
    browser = await launchChromium({ timezoneId: 'UTC', locale: 'en-US' });
    app = await startApp(testConfig(), { clock: () => NOW, demoTenant: { users: 500, now: () => NOW } });
    people = rankedByCost(peopleOf(await rowsOf(app.demoTenant as DemoTenant, '2026-10-01T00:00:00Z', '2026-10-31T23:59:59.999Z'), 'USD'));
    playground = await startPlayground(`${app.url}/api/messages`);
    page = await openChat(browser.context, playground.url);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.close();
    await app?.close();
    if (!process.env.DOCS_SCREENSHOTS && folder) rmSync(folder, { recursive: true, force: true });
  }, 20_000);

  it('shows the report card with a chart of the top spenders and a button to every view', async () => {
    await send(page, 'cost last month');
    const report = card('Totals in');
    await report.waitFor();
    for (const button of ['Show person', 'Rank by calls', 'Countries', 'Destinations', 'Trend', 'Export CSV', 'Next 10']) {
      await report.getByRole('button', { name: button, exact: true }).waitFor();
    }
    expect(await report.innerText()).toContain(usd(people[0]!.micros));
    await expectWhole(report);
    await shoot(report, 'report');
  }, STEP_MS);

  it('ranks the spenders by calls', async () => {
    const byCalls = await press(card('Totals in'), 'Rank by calls', 'Top spenders in USD by calls');
    await shoot(byCalls, 'ranking');
    await byCalls.getByRole('button', { name: 'Rank by cost', exact: true }).click();
    await cardsWith(page, 'Top spenders in USD by calls').waitFor({ state: 'detached' });
  }, STEP_MS);

  it('opens a person, then their calls, and goes back to the summary', async () => {
    const top = people[0]!;
    const person = await press(card('Totals in'), 'Show person', 'Dial-out costs: one person');
    const text = await person.innerText();
    expect(text).toContain(top.name);
    expect(text).toContain(usd(top.micros));
    await shoot(person, 'person');
    const calls = await press(person, 'Calls', 'Dial-out calls of one person');
    expect(await calls.innerText()).toContain('These calls add up exactly to this person');
    expect(await calls.innerText()).toContain(`Calls 1–12 of ${top.calls}`);
    await shoot(calls, 'calls');
    await press(calls, 'Back to summary', 'Totals in');
  }, STEP_MS);

  it('shows countries and the people of one of them', async () => {
    const october = await rowsOf(app.demoTenant as DemoTenant, '2026-10-01T00:00:00Z', '2026-10-31T23:59:59.999Z');
    const [code, top] = [...countriesOf(october, 'USD')].sort(([, a], [, b]) => b.micros - a.micros)[0]!;
    const countries = await press(card('Totals in'), 'Countries', 'Dial-out costs by country');
    expect(await countries.innerText()).toContain(usd(top.micros));
    await shoot(countries, 'countries');
    // The countries card names the place too: wait for the country card's own title, not any "(US)".
    const country = await press(countries, 'Show people', new RegExp(`Dial-out costs: [^\\n]*\\(${code}\\)`));
    expect(await country.innerText()).toMatch(new RegExp(`People\\s+${top.people.size}\\b`));
    await shoot(country, 'country');
    await press(country, 'Back to summary', 'Totals in');
  }, STEP_MS);

  it('shows Domestic and International, and the trend with the biggest movers', async () => {
    const october = await rowsOf(app.demoTenant as DemoTenant, '2026-10-01T00:00:00Z', '2026-10-31T23:59:59.999Z');
    const { domestic } = totalsOf(october, 'USD');
    const destinations = await press(card('Totals in'), 'Destinations', 'Dial-out costs: Domestic and International');
    expect(await destinations.innerText()).toContain(usd(domestic.micros));
    await shoot(destinations, 'destinations');
    const trend = await press(destinations, 'Trend', 'Dial-out cost trend');
    expect(await trend.innerText()).toMatch(/vs September 2026/);
    await expectWhole(trend);
    await shoot(trend, 'trend');
    await press(trend, 'Back to summary', 'Totals in');
  }, STEP_MS);

  it('names nobody in a group chat: totals and countries instead of spenders', async () => {
    await openConversation(page, 'Group Chat');
    await cardsWith(page, 'Ask in your own words').first().waitFor();
    await send(page, 'cost last month', { mention: true });
    const report = card('Top usage locations');
    await report.waitFor();
    expect(await report.innerText()).not.toContain(people[0]!.name);
    await shoot(report, 'group-chat');
    expect(await cards(page).count()).toBeGreaterThan(1);
  }, STEP_MS);
});
