/** The note on cards whose range holds today or yesterday, which Graph's dial-out report has not fully caught up with. */
import { latencyNote } from '../../src/cards/latencyNote';
import { countriesCard } from '../../src/cards/countriesCard';
import { reportCard } from '../../src/cards/reportCard';
import { visibleText } from '../helpers/cardJson';
import { countriesData } from '../helpers/drilldownFixtures';
import { tenantReport } from '../helpers/reportFixtures';
import { reportView } from '../helpers/viewRequests';

/** Friday, Nov 27, 2026, 10:00 UTC: the 27th in UTC and Berlin, still the 26th nowhere used here. */
const READ_AT = '2026-11-27T10:00:00.000Z';
const LAG = 'Microsoft Graph reports dial-out usage 24–48 hours late, so the figures for';

describe('latencyNote', () => {
  it.each([
    ['today', '2026-11-27', '2026-11-27', 'Nov 27, 2026'],
    ['yesterday', '2026-11-26', '2026-11-26', 'Nov 26, 2026'],
    ['this week', '2026-11-23', '2026-11-27', 'Nov 26, 2026 and Nov 27, 2026'],
    ['Nov 1 to yesterday', '2026-11-01', '2026-11-26', 'Nov 26, 2026'],
  ])('names the recent days of %s', (_name, first, last, days) => {
    expect(latencyNote({ first, last, timeZone: 'UTC' }, READ_AT, 'en-US')).toBe(`${LAG} ${days} are probably incomplete.`);
  });

  it.each([
    ['last month', '2026-10-01', '2026-10-31'],
    ['the day before yesterday', '2026-11-25', '2026-11-25'],
  ])('says nothing for %s', (_name, first, last) => {
    expect(latencyNote({ first, last, timeZone: 'UTC' }, READ_AT, 'en-US')).toBe('');
  });

  it('counts the days in the range\'s time zone', () => {
    // 23:30 UTC on the 27th is already the 28th in Berlin: the 27th is yesterday there.
    const lateEvening = '2026-11-27T23:30:00.000Z';
    expect(latencyNote({ first: '2026-11-26', last: '2026-11-26', timeZone: 'Europe/Berlin' }, lateEvening, 'en-US')).toBe('');
    expect(latencyNote({ first: '2026-11-26', last: '2026-11-26', timeZone: 'America/Los_Angeles' }, lateEvening, 'en-US')).toContain('Nov 26, 2026');
  });
});

describe('cards with the latency note', () => {
  const recent = { ...tenantReport(3), range: { first: '2026-11-23', last: '2026-11-27', timeZone: 'UTC' }, fetchedAt: READ_AT };

  it('shows it on the report card, once, and not on an older range', () => {
    const text = visibleText(reportCard(recent, reportView({ range: recent.range, phrase: 'this week' }), { locale: 'en-US', demoTenant: false, showNames: true }));
    expect(text.split(LAG)).toHaveLength(2);
    expect(visibleText(reportCard({ ...recent, range: { ...recent.range, last: '2026-11-25' } }, reportView(), { locale: 'en-US', demoTenant: false, showNames: true }))).not.toContain(LAG);
  });

  it('says it once on an empty report card of today', () => {
    const empty = { ...tenantReport(0), currencies: [], range: { first: '2026-11-27', last: '2026-11-27', timeZone: 'UTC' }, fetchedAt: READ_AT };
    const text = visibleText(reportCard(empty, reportView({ range: empty.range, phrase: 'today' }), { locale: 'en-US', demoTenant: false, showNames: true }));
    expect(text).toContain(`${LAG} Nov 27, 2026 are probably incomplete.`);
    expect(text).toContain('No dial-out usage recorded on Nov 27, 2026');
    expect(text).not.toContain('the last two days may be incomplete');
  });

  it('shows it in the header of a drilled-down card', () => {
    const text = visibleText(countriesCard(recent, { ...countriesData(recent), range: recent.range }, { locale: 'en-US', demoTenant: false, showNames: true }));
    expect(text).toContain(`${LAG} Nov 26, 2026 and Nov 27, 2026 are probably incomplete.`);
  });
});
