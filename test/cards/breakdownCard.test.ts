/** The breakdown card: unit names come from the directory (Graph), so they show as written, never as Markdown. */
import { breakdownCard } from '../../src/cards/breakdownCard';
import { markdownText } from '../../src/cards/markdownText';
import type { OrgDirectory } from '../../src/domain/organisation';
import { breakdownRequest } from '../../src/domain/viewRequest';
import { elementsOf, texts } from '../helpers/cardJson';
import { questionOf } from '../helpers/drilldownFixtures';
import { currencyReport, report, spender } from '../helpers/reportFixtures';

const PHISHING = '[Verify your account](https://evil.example/login)';

describe('breakdownCard', () => {
  const people = [spender(1, 30_000_000), spender(2, 20_000_000)];
  const whole = report([currencyReport('USD', people)]);
  const directory: OrgDirectory = {
    fetchedAt: '2026-11-02T08:00:00.000Z',
    people: new Map([
      [people[0]!.userId.toLowerCase(), { department: PHISHING, office: '', company: '', costCenter: '', division: '' }],
      [people[1]!.userId.toLowerCase(), { department: '**Sales**', office: '', company: '', costCenter: '', division: '' }],
    ]),
  };

  it('shows a department name from the directory as written: its Markdown escaped in every text, and plain in button titles', () => {
    const card = breakdownCard(whole, directory, breakdownRequest(questionOf(whole), 'department'), { locale: 'en-US', demoTenant: false, showNames: true });
    const shown = texts(card);
    expect(shown).toContain(markdownText(PHISHING));
    expect(shown).toContain(markdownText('**Sales**'));
    expect(shown.some((text) => text.includes(PHISHING))).toBe(false);
    const titles = elementsOf(card, (e) => String(e.type).startsWith('Action.')).map((action) => action.title);
    expect(titles).toContain('**Sales**');
  });
});
