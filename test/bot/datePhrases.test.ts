import { startApp, type RunningApp } from '../../src/app';
import { testConfig } from '../helpers/testConfig';
import { cardAction, cardsIn, cardText, executeActions, message, post } from '../helpers/botConversation';

/** Friday 27 Nov 2026, 23:30 UTC: already Saturday the 28th in Berlin and Kolkata, still the 27th in Los Angeles. */
const NOW = new Date('2026-11-27T23:30:00Z');

function rangeLine(card: unknown): string {
  const match = /(\w{3} \d{1,2}, \d{4}) – (\w{3} \d{1,2}, \d{4}) \(([^)]+)\)/.exec(cardText(card));
  return match ? `${match[1]} – ${match[2]} (${match[3]})` : `no range in: ${cardText(card).slice(0, 200)}`;
}

describe('date phrases read through the bot, in the user\'s time zone', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp(testConfig({ FISCAL_YEAR_START_MONTH: '7' }), {
      clock: () => NOW,
      demoTenant: { users: 50, now: () => NOW },
    });
  });
  afterAll(() => app.close());

  it.each([
    ['what did dial-out cost last month?', 'UTC', 'Oct 1, 2026 – Oct 31, 2026 (UTC)'],
    ['cost this month', 'Europe/Berlin', 'Nov 1, 2026 – Nov 28, 2026 (Europe/Berlin)'],
    ['cost this month', 'America/Los_Angeles', 'Nov 1, 2026 – Nov 27, 2026 (America/Los_Angeles)'],
    ['top spenders last quarter', 'Asia/Kolkata', 'Jul 1, 2026 – Sep 30, 2026 (Asia/Kolkata)'],
    ['show me international dial-out spend for Q3 please', 'UTC', 'Jul 1, 2026 – Sep 30, 2026 (UTC)'],
    ['YTD', 'Europe/Berlin', 'Jan 1, 2026 – Nov 28, 2026 (Europe/Berlin)'],
    ['FY26', 'UTC', 'Jul 1, 2025 – Jun 30, 2026 (UTC)'],
    ['last week', 'Europe/Berlin', 'Nov 16, 2026 – Nov 22, 2026 (Europe/Berlin)'],
    ['last 30 days', 'America/Los_Angeles', 'Oct 29, 2026 – Nov 27, 2026 (America/Los_Angeles)'],
    ['December', 'UTC', 'Dec 1, 2025 – Dec 31, 2025 (UTC)'],
    ['since October 1', 'Asia/Kolkata', 'Oct 1, 2026 – Nov 28, 2026 (Asia/Kolkata)'],
    ['between Aug 1 and Oct 31', 'UTC', 'Aug 1, 2026 – Oct 31, 2026 (UTC)'],
    ['September to November', 'UTC', 'Sep 1, 2026 – Nov 27, 2026 (UTC)'],
  ])('"%s" in %s reads as %s', async (text, timeZone, expected) => {
    const { body } = await post(app.url, message(text, { timeZone }));
    expect(rangeLine(cardsIn(body)[0])).toBe(expected);
  });

  it('says when a range was cut at today', async () => {
    const { body } = await post(app.url, message('cost in Q4', { timeZone: 'UTC' }));
    const card = cardsIn(body)[0];
    expect(rangeLine(card)).toBe('Oct 1, 2026 – Nov 27, 2026 (UTC)');
    expect(cardText(card)).toContain('cut at today');
  });

  it.each([
    ['cost yesterday', 'Nov 26, 2026'],
    ['cost today', 'Nov 27, 2026'],
    ['cost this week', 'Nov 26, 2026 and Nov 27, 2026'],
    ['cost last month', undefined],
  ])('says whether "%s" holds days Graph has not fully reported yet (%s)', async (text, days) => {
    const { body } = await post(app.url, message(text, { timeZone: 'UTC' }));
    const reply = cardText(cardsIn(body)[0]);
    if (days) expect(reply).toContain(`24–48 hours late, so the figures for ${days} are probably incomplete.`);
    else expect(reply).not.toContain('probably incomplete');
  });

  it('says it on a drilled-down view of this week too', async () => {
    const { body } = await post(app.url, message('cost this week', { timeZone: 'UTC' }));
    const countries = executeActions(cardsIn(body)[0]).find((action) => action.title === 'Countries');
    const pressed = await post(app.url, cardAction(countries?.verb, countries?.data));
    expect(cardText(pressed.body.value)).toContain('the figures for Nov 26, 2026 and Nov 27, 2026 are probably incomplete.');
  });

  it.each(['cost this month', 'cost this year', 'this month vs last month'])('does not say that "%s" was cut at today: it ends today by definition', async (text) => {
    const { body } = await post(app.url, message(text, { timeZone: 'UTC' }));
    const card = cardsIn(body)[0];
    expect(cardText(card)).toContain('Nov 27, 2026 (UTC)');
    expect(cardText(card)).not.toContain('cut at today');
  });

  it('keeps saying it on the next page of a range that reached past today', async () => {
    const { body } = await post(app.url, message('top spenders in Q4', { timeZone: 'UTC' }));
    const next = executeActions(cardsIn(body)[0]).find((action) => action.title.startsWith('Next'));
    const pressed = await post(app.url, cardAction(next?.verb, next?.data));
    expect(cardText(pressed.body.value)).toContain('cut at today');
  });

  it.each([
    ['export csv', 'Your question has no period', 'Which period do you mean?'],
    [`what did dial-out cost last month? ${'please '.repeat(80)}`, 'That message is too long', 'over 500 characters'],
  ])('titles the refusal of "%s" by its reason: "%s"', async (text, title, explanation) => {
    const { body } = await post(app.url, message(text));
    const [card] = cardsIn(body);
    expect(card.body[0].text).toBe(title);
    const reply = cardText(card);
    expect(reply).toContain(explanation);
    expect(reply.split(title)).toHaveLength(2);
    expect(reply).not.toMatch(/couldn't read those dates/);
  });

  it.each([
    ['cost next month', /not happened yet/i],
    ['cost from Oct 10 to Oct 3', /wrong way round/i],
    ['cost from 2020-01-01 to 2026-11-01', /too long[\s\S]*731/i],
    ['cost in Febtember', /Which period do you mean/i],
  ])('answers "%s" clearly without a report', async (text, explanation) => {
    const { body } = await post(app.url, message(text));
    const reply = cardText(cardsIn(body)[0]);
    expect(reply).toMatch(explanation);
    expect(reply).not.toMatch(/Showing \d/);
  });
});
