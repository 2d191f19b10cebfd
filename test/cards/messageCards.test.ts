/** The help, not-understood and error cards. */
import { errorCard } from '../../src/cards/errorCard';
import { helpCard } from '../../src/cards/helpCard';
import { notUnderstoodCard } from '../../src/cards/notUnderstoodCard';
import { futurePeriod, missingPeriod, questionTooLong, reversedPeriod, severalPeriods, tooLongPeriod, unreadablePeriod, vaguePeriod } from '../../src/questions/problemMessages';
import type { QuestionProblem } from '../../src/questions/question';
import { readQuestion } from '../../src/questions/readQuestion';
import { contextAt } from '../questions/askAt';
import { bodyActions, texts, visibleText } from '../helpers/cardJson';

const EXAMPLES = ['What did dial-out cost last month?', 'Top spenders in Q3', 'International calls this year'];

describe('helpCard', () => {
  it('says what the bot does and offers each example as a button that sends it as a message', () => {
    const card = helpCard({ examples: EXAMPLES, demoTenant: false });
    expect(visibleText(card)).toContain('dial-out');
    expect(bodyActions(card)).toEqual(
      EXAMPLES.map((example) => ({ type: 'Action.Submit', title: example, data: { ask: example } })),
    );
  });

  it('explains the demo tenant and how to connect a real one only when on the demo tenant', () => {
    const demo = visibleText(helpCard({ examples: EXAMPLES, demoTenant: true }));
    expect(demo).toContain('Demo tenant — synthetic data');
    for (const variable of ['GRAPH_TENANT_ID', 'GRAPH_CLIENT_ID', 'GRAPH_CLIENT_SECRET', 'GRAPH_CERTIFICATE_PATH', 'README']) {
      expect(demo).toContain(variable);
    }
    expect(visibleText(helpCard({ examples: EXAMPLES, demoTenant: false }))).not.toMatch(/demo|GRAPH_/i);
  });

  it('leaves out the button row when there are no examples', () => {
    expect(bodyActions(helpCard({ examples: [], demoTenant: false }))).toEqual([]);
  });
});

describe('notUnderstoodCard', () => {
  it.each([
    ['missing', 'Your question has no period'],
    ['unreadable', "I couldn't read those dates"],
    ['future', 'That period has not happened yet'],
    ['reversed', 'The dates are the wrong way round'],
    ['tooLong', 'That period is too long'],
    ['messageTooLong', 'That message is too long'],
  ] as const)('explains a %s range under "%s", with the examples as buttons that ask them', (reason, title) => {
    const message = 'Ranges can be at most 731 days; try "last year".';
    const card = notUnderstoodCard({ reason, message }, EXAMPLES);
    const text = visibleText(card);
    expect(text).toContain(title);
    expect(text).toContain(message);
    expect(bodyActions(card).map((action) => action.data)).toEqual(
      EXAMPLES.map((value) => ({ ask: value })),
    );
  });

  /** The problem the reader finds in `text`, asked on Dec 4, 2026. */
  function problemOf(text: string): QuestionProblem {
    const question = readQuestion(text, contextAt('2026-12-04T10:00:00Z', 'UTC'));
    if (question.kind !== 'notUnderstood') throw new Error(`"${text}" was understood`);
    return question.problem;
  }

  // Each refusal as the reader words it: the title names its reason, and the message under it does not repeat the title.
  const OCTOBER = { first: '2026-10-01', last: '2026-10-31' };
  it.each([
    ['a 600-character message', questionTooLong(500), 'That message is too long'],
    ['no period', missingPeriod(), 'Your question has no period'],
    ['a date that cannot exist', unreadablePeriod('Febtember 45th'), "I couldn't read those dates"],
    ['a period in the future', futurePeriod('next month', { first: '2026-12-01', last: '2026-12-31' }), 'That period has not happened yet'],
    ['a reversed range', reversedPeriod('Oct 31 to Oct 1', { first: OCTOBER.last, last: OCTOBER.first }), 'The dates are the wrong way round'],
    ['too long a range', tooLongPeriod('since 2020', 2523, 731), 'That period is too long'],
    ['more than one period', severalPeriods(['this month', 'last month']), 'Your question has more than one period'],
    ['a vague date', vaguePeriod('until October'), 'Those dates are not exact'],
    ['a comparison with one side', problemOf('compare October'), 'A comparison needs two periods'],
    ['a comparison of overlapping periods', problemOf('this year vs Q3'), 'Overlapping periods'],
    ['a forecast of a past period', problemOf('forecast last month'), 'That period cannot be forecast'],
    ['a place no country is called', problemOf('cost in Narnia last month'), "I don't know that place"],
    ['two usage locations', problemOf('cost in Germany and France last month'), 'One at a time, please'],
    ['two currencies', problemOf('cost in EUR and USD last month'), 'One at a time, please'],
    ['where calls went', problemOf('calls to France last month'), 'The dial-out report does not hold that'],
  ])('titles %s "%s" once', (_case, problem, title) => {
    const card = notUnderstoodCard(problem, EXAMPLES);
    expect(texts(card)[0]).toBe(title);
    expect(visibleText(card).split(title)).toHaveLength(2);
    expect(problem.message).not.toContain(title);
  });
});

describe('errorCard', () => {
  const failure = {
    title: 'Microsoft Graph refused the request',
    detail: 'The app has no permission to read call records.',
    whatToTry: 'Ask an admin to grant CallRecords.Read.All and consent.',
  };

  it('says what failed and what to try, with the error code and request id for support', () => {
    const text = visibleText(errorCard({ ...failure, code: 'Forbidden', requestId: '7c1e9d4a-0000-4000-8000-000000000001' }));
    expect(text).toContain(failure.title);
    expect(text).toContain(failure.detail);
    expect(text).toContain(failure.whatToTry);
    expect(text).toContain('Error code: Forbidden · Request id: 7c1e9d4a-0000-4000-8000-000000000001');
  });

  it('shows only the references it has', () => {
    expect(visibleText(errorCard({ ...failure, requestId: 'r-1' }))).toContain('Request id: r-1');
    expect(visibleText(errorCard({ ...failure, requestId: 'r-1' }))).not.toContain('Error code');
    expect(visibleText(errorCard(failure))).not.toMatch(/Error code|Request id/);
  });

  it('keeps a long detail short', () => {
    const text = visibleText(errorCard({ ...failure, detail: 'x'.repeat(10_000) }));
    expect(text.length).toBeLessThan(2_000);
  });
});
