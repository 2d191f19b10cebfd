/** The help, not-understood and error cards. */
import { errorCard } from '../../src/cards/errorCard';
import { helpCard } from '../../src/cards/helpCard';
import { notUnderstoodCard } from '../../src/cards/notUnderstoodCard';
import { bodyActions, visibleText } from '../helpers/cardJson';

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
    ['missing', 'Which period do you mean?'],
    ['unreadable', "I couldn't read those dates"],
    ['future', 'That period has not happened yet'],
    ['reversed', 'The dates are the wrong way round'],
    ['tooLong', 'That period is too long'],
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
