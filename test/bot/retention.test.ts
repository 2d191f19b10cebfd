/** Periods older than Microsoft's shortest retention of call records say so, through the running bot against the demo tenant. */
import { startApp, type RunningApp } from '../../src/app';
import { cardsIn, message, post } from '../helpers/botConversation';
import { visibleText } from '../helpers/cardJson';
import { testConfig } from '../helpers/testConfig';

const NOW = new Date('2026-12-04T12:00:00Z');
// 150 days before Dec 4, 2026, counted by hand: Jul 7, 2026.
const NOTE = "Microsoft keeps call records for 150 days to about two years, depending on each person's country: figures before Jul 7, 2026 may be incomplete.";

describe('retention of call records on the cards', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp(testConfig(), { clock: () => NOW, demoTenant: { users: 200, now: () => NOW } });
  });
  afterAll(async () => {
    await app.close();
  });

  async function text(question: string): Promise<string> {
    const { body } = await post(app.url, message(question));
    const [card] = cardsIn(body);
    if (!card) throw new Error('no card');
    return visibleText(card);
  }

  it.each([
    ['cost in March', true],
    ['cost from 2026-07-06 to 2026-07-10', true],
    ['cost from 2026-07-07 to 2026-07-10', false],
    ['cost last month', false],
    ['October year over year', true],
    ['November vs October', false],
  ])('“%s”: the note is %s', async (question, shown) => {
    const seen = await text(question);
    if (shown) expect(seen).toContain(NOTE);
    else expect(seen).not.toContain('may be incomplete');
  });
});
