/** Markdown made inert: each sign of the card Markdown subset is escaped, and only where Teams renders Markdown. */
import { inertCardText, markdownText } from '../../src/cards/markdownText';

describe('markdownText', () => {
  it.each([
    ['[Verify your account](https://evil.example)', '\\[Verify your account\\](https://evil.example)'],
    ['**bold** _italic_ ~~struck~~ `code`', '\\*\\*bold\\*\\* \\_italic\\_ \\~\\~struck\\~\\~ \\`code\\`'],
    ['<https://evil.example> <at>Avery</at>', '\\<https://evil.example\\> \\<at\\>Avery\\</at\\>'],
    ['back\\slash', 'back\\\\slash'],
    ['{{DATE(2017-02-14T06:00:00Z)}}', '\\{\\{DATE(2017-02-14T06:00:00Z)\\}\\}'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['# heading', '\\# heading'],
    ['12. item\n  3) item', '12\\. item\n  3\\) item'],
    ['Nadia O\'Brien', 'Nadia O\'Brien'],
    ['Min-jun Kim', 'Min-jun Kim'],
    ['-$80.00 ($87.93 → $3.76)', '-$80.00 ($87.93 → $3.76)'],
    ['1 Oct 2026 – 31 Oct 2026 (Europe/Berlin)', '1 Oct 2026 – 31 Oct 2026 (Europe/Berlin)'],
  ])('%j shows as written: %j', (text, escaped) => {
    expect(markdownText(text)).toBe(escaped);
  });
});

describe('inertCardText', () => {
  it('escapes TextBlocks and facts, and leaves TextRuns, titles, choices and action data as they are', () => {
    const name = '[x](https://evil.example)';
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: name },
        { type: 'FactSet', facts: [{ title: name, value: name }] },
        { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: name }] },
        { type: 'Input.ChoiceSet', id: 'userId', choices: [{ title: name, value: 'id-1' }] },
      ],
      actions: [{ type: 'Action.Execute', title: name, data: { phrase: name, text: name, type: 'TextBlock' } }],
    };
    const escaped = '\\[x\\](https://evil.example)';
    expect(inertCardText(card)).toEqual({
      ...card,
      body: [
        { type: 'TextBlock', text: escaped },
        { type: 'FactSet', facts: [{ title: escaped, value: escaped }] },
        card.body[2],
        card.body[3],
      ],
    });
  });
});
