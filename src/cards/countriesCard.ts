/** The countries view: spend by usage location (bar chart and table), each location leading to its people. */
import { countriesOf } from '../report/countries';
import type { Report } from '../report/report';
import type { ViewRequestOf } from '../domain/viewRequest';
import { COUNTRIES_PAGE_SIZE } from './actionData';
import { backToSummary, countriesData, countryData, destinationsData, trendData } from './actionButtons';
import { askedCurrency } from './askedCurrency';
import type { ActionButtonData, AdaptiveCardJson, CardOptions } from './cardModels';
import { chartMoney } from './chartValues';
import { countryName } from '../domain/countryNames';
import type { CountriesCardData } from './drilldownModels';
import { formatCount, formatMinutesShort, formatMoney, formatPermille, resolveLocale, sharePermille } from './format';
import { pageWindow } from './pagination';
import body from './templates/countriesCard.json';
import { clippedQuestion, viewHeader } from './viewHeader';
import { viewCardRenderer } from './viewFrame';

/** Bars of the chart before the rest are summed as "Other": more would be unreadable on a phone. */
const CHART_BARS = 7;

const render = viewCardRenderer<CountriesCardData>(body);

/**
 * The countries card of one currency at `data.page`; with names allowed, a pick list opens a location's people.
 * @example countriesCard(report, data, { locale: 'en-US', demoTenant: true, showNames: true })
 */
export function countriesCard(report: Report, data: ViewRequestOf<'countries'>, options: CardOptions): AdaptiveCardJson {
  const locale = resolveLocale(options.locale);
  const question = clippedQuestion({ ...data, range: report.range });
  const currency = report.currencies.find((c) => c.currency === askedCurrency(report, data)) ?? report.currencies[0];
  const code = currency?.currency ?? askedCurrency(report, data);
  const countries = currency ? countriesOf(currency) : [];
  const total = currency?.total.chargeMicros ?? 0;
  const money = (micros: number): string => formatMoney(micros, code, locale);
  const window = pageWindow(countries.length, data.page, COUNTRIES_PAGE_SIZE, { one: 'usage location', many: 'usage locations' }, locale);
  const shown = countries.slice(window.start, window.end);

  const top = countries.slice(0, CHART_BARS).map((c) => ({ legend: countryName(c.country, locale), micros: c.total.chargeMicros }));
  const rest = countries.slice(CHART_BARS).reduce((sum, c) => sum + c.total.chargeMicros, 0);
  if (countries.length > CHART_BARS) top.push({ legend: `Other (${formatCount(countries.length - CHART_BARS, locale)})`, micros: rest });

  const navigation: ActionButtonData[] = [];
  if (window.hasPrevious) navigation.push({ title: 'Previous', data: countriesData(data, code, window.page - 1) });
  if (window.hasNext) navigation.push({ title: 'Next', data: countriesData(data, code, window.page + 1) });
  const first = shown[0];
  return render({
    header: viewHeader('Dial-out costs by country', question, options, locale, data, report.fetchedAt),
    currency: code,
    isEmpty: countries.length === 0,
    emptyText: 'No dial-out usage recorded in this range.',
    // No round axis end (niceAxis): Chart.HorizontalBar has no axis maximum in Teams, which ticks the largest bar in sixths.
    bars: top.map((slice) => ({ x: slice.legend, y: chartMoney(slice.micros, code) })),
    barRows: top.map((slice) => ({ legend: slice.legend, cost: money(slice.micros) })),
    showing: window.showing,
    countries: shown.map((c) => ({
      country: countryName(c.country, locale),
      people: formatCount(c.people.length, locale),
      calls: formatCount(c.total.calls, locale),
      minutes: formatMinutesShort(c.total.seconds, locale),
      cost: money(c.total.chargeMicros),
      share: formatPermille(sharePermille(c.total.chargeMicros, total), locale),
    })),
    pick:
      options.showNames && first
        ? [
            {
              inputId: 'country',
              label: 'See the people of',
              choices: shown.map((c) => ({ title: countryName(c.country, locale), value: c.country })),
              value: first.country,
              button: [{ title: 'Show people', data: countryData(data, code, first.country, 0) }],
            },
          ]
        : [],
    navigation,
    actions: [
      { title: 'Destinations', data: destinationsData(data, code) },
      { title: 'Trend', data: trendData(data, code) },
      backToSummary(data, code),
    ],
  });
}
