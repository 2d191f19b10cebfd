/** The report card's ways onward: the top-spenders chart, the person pick, the view buttons, and the countries shown instead of names. */
import { countriesOf } from '../report/countries';
import type { Ranking, ViewRequest } from '../domain/viewRequest';
import type { CurrencyReport, Spender } from '../report/report';
import { countriesData, destinationsData, exportData, personData, trendData } from './actionButtons';
import type { ActionButtonData, PickData, SpendersChart } from './cardModels';
import { chartMinutes, chartMoney, niceAxis } from './chartValues';
import { countryName } from '../domain/countryNames';
import { formatCount, formatMinutes, formatMinutesShort, formatMoney, formatPermille, sharePermille } from './format';
import { personName } from './personName';

/** Usage locations listed on a report card that may not name people. */
const COUNTRIES_LISTED = 6;

/**
 * The page's people by the ranking's measure (cost in the currency, calls, or minutes), drawn to one scale on
 * every page. Chart.HorizontalBar has no axis maximum of its own, so a last, neutral bar labelled "Scale" stands
 * for the #1 spender's figure rounded up to a round axis end (niceAxis): page 2's bars are as short against it
 * as they are against page 1's, and the axis ends on a round number.
 * @example spendersChart(page.people, page.leader, 'cost', 'USD', 'en-US').bars.at(-1) // { x: 'Scale (#1: $916.70)', y: 1000, color: 'neutral' }
 */
export function spendersChart(people: Spender[], leader: Spender, ranking: Ranking, currency: string, locale: string): SpendersChart {
  const measure = {
    cost: (s: Spender) => ({ y: chartMoney(s.chargeMicros, currency), value: formatMoney(s.chargeMicros, currency, locale) }),
    calls: (s: Spender) => ({ y: s.calls, value: formatCount(s.calls, locale) }),
    minutes: (s: Spender) => ({ y: chartMinutes(s.seconds), value: formatMinutes(s.seconds, locale) }),
  }[ranking];
  const unit = ranking === 'cost' ? `cost in ${currency}` : ranking;
  return {
    title: `Top spenders by ${unit}`,
    bars: [
      ...people.map((s) => ({ x: personName(s, 40), y: measure(s).y, color: 'categoricalBlue' })),
      { x: `Scale (#1: ${measure(leader).value})`, y: niceAxis(measure(leader).y).max, color: 'neutral' },
    ],
    rows: people.map((s) => ({ name: personName(s, 40), value: measure(s).value })),
  };
}

/**
 * "See one person": a pick list of the page's people and the button that opens the person view. The
 * line of rows without a user (Unknown person) has no id to open, so it is not offered.
 */
export function personPick(page: Spender[], request: ViewRequest, currency: string): PickData[] {
  const people = page.filter((s) => s.userId !== '');
  const first = people[0];
  if (!first) return [];
  return [
    {
      inputId: 'userId',
      label: 'See one person',
      choices: people.map((s) => ({ title: personName(s, 40), value: s.userId.toLowerCase() })),
      value: first.userId.toLowerCase(),
      button: [{ title: 'Show person', data: personData(request, currency, first.userId.toLowerCase()) }],
    },
  ];
}

/** The buttons to the other views of the same question and currency. */
export function viewButtons(request: ViewRequest, currency: string): ActionButtonData[] {
  return [
    { title: 'Countries', data: countriesData(request, currency) },
    { title: 'Destinations', data: destinationsData(request, currency) },
    { title: 'Trend', data: trendData(request, currency) },
    { title: 'Export CSV', data: exportData(request) },
  ];
}

/** The top usage locations of a currency: what a card that may not name people shows instead of spenders. */
export function topCountries(currency: CurrencyReport, locale: string): Array<{ country: string; calls: string; minutes: string; cost: string; share: string }> {
  return countriesOf(currency)
    .slice(0, COUNTRIES_LISTED)
    .map((c) => ({
      country: countryName(c.country, locale),
      calls: formatCount(c.total.calls, locale),
      minutes: formatMinutesShort(c.total.seconds, locale),
      cost: formatMoney(c.total.chargeMicros, currency.currency, locale),
      share: formatPermille(sharePermille(c.total.chargeMicros, currency.total.chargeMicros), locale),
    }));
}
