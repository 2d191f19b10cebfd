/** Properties every card shares (version, bound templates, known types, size) and the size guard. */
import { cardSize, clip, MAX_CARD_BYTES } from '../../src/cards/cardSize';
import { errorCard } from '../../src/cards/errorCard';
import { helpCard } from '../../src/cards/helpCard';
import { notUnderstoodCard } from '../../src/cards/notUnderstoodCard';
import { reportCard } from '../../src/cards/reportCard';
import { allStrings, typesUsed } from '../helpers/cardJson';
import { currencyReport, report, spender, tenantReport } from '../helpers/reportFixtures';

const view = { currency: 'USD', page: 1, phrase: 'last month', clippedToToday: true };
const EXAMPLES = ['What did dial-out cost last month?'];

/** Everything Adaptive Cards 1.5 defines that these cards use; anything else is a typo or a newer feature. */
const KNOWN_TYPES = new Set([
  'AdaptiveCard',
  'TextBlock',
  'RichTextBlock',
  'TextRun',
  'Container',
  'FactSet',
  'ActionSet',
  'Table',
  'TableRow',
  'TableCell',
  'Action.Execute',
  'Action.Submit',
]);

const cards: [string, object][] = [
  ['report', reportCard(tenantReport(25, true), view, { locale: 'en-US', demoTenant: true })],
  ['empty report', reportCard(report([]), view, { locale: 'de-DE', demoTenant: false })],
  ['help', helpCard({ examples: EXAMPLES, demoTenant: true })],
  ['help without examples', helpCard({ examples: [], demoTenant: false })],
  ['not understood', notUnderstoodCard({ reason: 'missing', message: 'Which period?' }, EXAMPLES)],
  ['error', errorCard({ title: 'Failed', detail: 'Graph said no.', whatToTry: 'Retry.', code: 'Forbidden', requestId: 'r-1' })],
  ['error without references', errorCard({ title: 'Failed', detail: 'Graph said no.', whatToTry: 'Retry.' })],
];

describe.each(cards)('the %s card', (_, card) => {
  it('is version 1.5', () => {
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  });

  it('has no unbound template expression left', () => {
    expect(allStrings(card).filter((s) => s.includes('${'))).toEqual([]);
    expect(JSON.stringify(card)).not.toContain('$when');
    expect(JSON.stringify(card)).not.toContain('"$data"');
  });

  it('uses only Adaptive Cards 1.5 element and action types', () => {
    expect([...typesUsed(card)].filter((type) => !KNOWN_TYPES.has(type))).toEqual([]);
  });

  it('has no empty button row', () => {
    expect(JSON.stringify(card)).not.toContain('"type":"ActionSet","actions":[]');
  });

  it('fits the smallest message limit', () => {
    expect(cardSize(card)).toBeLessThan(MAX_CARD_BYTES);
  });
});

describe('cardSize', () => {
  it('counts UTF-8 bytes of the JSON', () => {
    expect(cardSize({ a: 'é' })).toBe('{"a":"é"}'.length + 1);
  });

  it('keeps even an adversarial report card under 28 KB with room to spare: long multibyte names, 40 currencies, a long phrase', () => {
    const emoji = '👩‍💼'.repeat(200);
    const people = Array.from({ length: 30 }, (_, k) =>
      spender(k + 1, 100_000_000_000_000 - k, {
        userDisplayName: `${emoji}\u0000"\\`,
        userPrincipalName: `${'ü'.repeat(300)}@contoso.com`,
        countries: ['US', 'DE', 'FR', 'GB', 'IT', 'ES', 'XXXXXXXX'],
      }),
    );
    const codes = Array.from({ length: 40 }, (_, k) => `C${String.fromCharCode(65 + (k % 26))}${String.fromCharCode(65 + Math.floor(k / 26))}`);
    const worst = report(codes.map((code) => currencyReport(code, people)));
    const card = reportCard(worst, { ...view, currency: codes[30] ?? '', phrase: '🙂'.repeat(5_000) }, { locale: 'en-US', demoTenant: true });
    expect(cardSize(card)).toBeLessThan(MAX_CARD_BYTES * 0.85);
  });
});

describe('clip', () => {
  it.each([
    ['short', 10, 'short'],
    ['  a \n b  ', 10, 'a b'],
    ['Alexandria Ocasio-Rodriguez', 10, 'Alexandri…'],
    ['😀😀😀😀', 3, '😀😀…'],
  ])('clips %j to %d code points as %j', (text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
  });
});
