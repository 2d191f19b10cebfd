/** One structured log line per answer: kinds and counts an operator can follow, never names, text or filter values. */
import { startApp, type RunningApp } from '../../src/app';
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import { cardAction, cardsIn, executeActions, message, post } from '../helpers/botConversation';
import { TEST_RETRY } from '../helpers/graphSource';
import { processOutput } from '../helpers/processOutput';
import { peopleOf, rankedByCost, rowsOf } from '../helpers/rowSums';
import { testConfig } from '../helpers/testConfig';

const NOW = new Date('2026-11-27T10:00:00Z');

interface AnswerLine {
  event: string;
  activityId: string;
  typed: boolean;
  view: string;
  days?: number;
  filters?: string[];
  graphRequests: number;
  graphPages: number;
  cache?: string;
  durationMs?: number;
  reason?: string;
}

function answerLines(output: string): AnswerLine[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as AnswerLine)
    .filter((line) => line.event === 'answer');
}

describe('the answer log line', () => {
  let app: RunningApp;
  let tenant: DemoTenant;

  beforeAll(async () => {
    app = await startApp(testConfig(), { clock: () => NOW, demoTenant: { users: 60, now: () => NOW }, graph: { retry: TEST_RETRY, requestTimeoutMs: 5_000 } });
    tenant = app.demoTenant as DemoTenant;
  });
  afterAll(() => app.close());

  it('says what a question and a button press asked for and what they cost in Graph traffic, without words, names or values', async () => {
    const [person] = rankedByCost(peopleOf(await rowsOf(tenant, '2026-10-01T00:00:00Z', '2026-10-31T23:59:59.999Z'), 'USD'));
    const filtered = 'international calls from Germany in October';
    const named = `how much did ${person!.name} spend in October?`;
    const asked = [message(filtered), message(named), message('export csv')];
    let pressedId = '';
    const output = await processOutput(async () => {
      const first = await post(app.url, asked[0]);
      const wider = executeActions(cardsIn(first.body)[0]).find((action) => action.title === 'Show all destinations');
      const press = cardAction(wider?.verb, wider?.data);
      pressedId = press.id as string;
      await post(app.url, press);
      for (const activity of asked.slice(1)) await post(app.url, activity);
      await new Promise((resolve) => setImmediate(resolve)); // the line is written once the answer has settled
    });

    const lines = answerLines(output);
    const byId = new Map(lines.map((line) => [line.activityId, line]));
    const [question, byName, refused] = asked.map((activity) => byId.get(activity.id as string));
    const button = byId.get(pressedId);
    expect(lines).toHaveLength(4);

    // A typed question that read October from Graph: every page it read, and the requests that carried them.
    expect(question).toMatchObject({ typed: true, view: 'report', days: 31, cache: 'miss' });
    expect(question!.filters?.sort()).toEqual(['destination', 'location']);
    expect(question!.graphPages).toBeGreaterThanOrEqual(1);
    expect(question!.graphRequests).toBeGreaterThanOrEqual(question!.graphPages);
    // The button (dropping the destination) read the same period from the cache: no Graph request at all.
    expect(button).toMatchObject({ typed: false, view: 'report', days: 31, cache: 'hit', graphRequests: 0, graphPages: 0 });
    expect(button!.filters).toEqual(['location']);
    // The person's card reads October month by month for their trend.
    expect(byName).toMatchObject({ typed: true, view: 'person', days: 31, filters: ['person'] });
    expect(byName!.graphRequests).toBeGreaterThanOrEqual(byName!.graphPages);
    expect(refused).toEqual({ event: 'answer', level: 'info', time: expect.any(String), activityId: asked[2]!.id, typed: true, view: 'notUnderstood', reason: 'missing', graphRequests: 0, graphPages: 0 });
    for (const line of [question, button, byName]) {
      expect(typeof line!.activityId).toBe('string');
      expect(line!.durationMs).toEqual(expect.any(Number));
      expect(line!.durationMs).toBeGreaterThanOrEqual(0);
    }

    const logged = lines.map((line) => JSON.stringify(line)).join('\n');
    for (const secret of [filtered, named, person!.name, person!.upn, 'Germany', '"DE"', 'International', 'USD']) expect(logged).not.toContain(secret);
  });
});
