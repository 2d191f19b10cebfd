/** The person view: one spender's rows by country and destination, their share, rank and trend per period (partial periods drawn apart). */
import type { CalendarDate } from '../domain/calendarDate';
import type { PeriodicReport } from '../report/periodicReport';
import type { Report } from '../report/report';
import { spenderById } from '../report/spenderLookup';
import { slicesOf } from '../report/spenderSlices';
import type { ViewRequestOf } from '../domain/viewRequest';
import { backToSummary, callsData } from './actionButtons';
import { askedCurrency } from './askedCurrency';
import type { AdaptiveCardJson, CardOptions } from './cardModels';
import { clip } from './cardSize';
import { chartMoney, niceAxis } from './chartValues';
import { countryName } from '../domain/countryNames';
import type { PersonCardData } from './drilldownModels';
import { formatCount, formatMinutes, formatMoney, formatPermille, resolveLocale, sharePermille } from './format';
import { personName } from './personName';
import { partialNote, trendPeriods } from './trendPeriods';
import { trendSeries } from './trendSeries';
import body from './templates/personCard.json';
import { clippedQuestion, viewHeader } from './viewHeader';
import { viewCardRenderer } from './viewFrame';

const render = viewCardRenderer<PersonCardData>(body);

/** Rows by country and destination shown; a person with more (a rare traveller) has the rest in the CSV export. */
const MAX_SLICES_SHOWN = 12;

/**
 * The person card as of `today`. `periodic` gives the trend (omitted when undefined), whose partial periods are
 * drawn apart and labelled as on the trend card (see trendPeriods).
 * @example personCard(report, periodic, data, { locale: 'en-US', demoTenant: true, showNames: true }, '2026-12-04')
 */
export function personCard(report: Report, periodic: PeriodicReport | undefined, data: ViewRequestOf<'person'>, options: CardOptions, today: CalendarDate): AdaptiveCardJson {
  const locale = resolveLocale(options.locale);
  const question = clippedQuestion({ ...data, range: report.range });
  const asked = askedCurrency(report, data);
  const currency = report.currencies.find((c) => c.currency === asked);
  const spender = currency ? spenderById(currency, data.filters.userId) : undefined;
  const header = viewHeader('Dial-out costs: one person', question, options, locale, data, report.fetchedAt);
  const back = backToSummary(data, asked);
  if (!currency || !spender) {
    return render({
      header,
      found: false,
      notFoundText: `This person has no dial-out usage in ${asked} in this range.`,
      name: '',
      upn: '',
      currency: asked,
      facts: [],
      slices: [],
      moreSlices: '',
      hasTrend: false,
      trendTitle: '',
      trendAxis: '',
      trendChart: [],
      trendMax: 0,
      partialNote: '',
      trendRows: [],
      actions: [back],
    });
  }
  const code = currency.currency;
  const money = (micros: number): string => formatMoney(micros, code, locale);
  const rank = currency.spenders.indexOf(spender) + 1;
  const slices = slicesOf(spender);
  const charges = periodic?.people.get(code)?.get(spender.userId.toLowerCase());
  const granularity = periodic?.granularity ?? 'month';
  const periods = periodic ? trendPeriods(periodic, code, today, locale) : [];
  const trendTitle = `Cost per ${granularity} in ${code}`;
  const points = periods.map(({ axis, partial }, i) => ({ x: axis, y: chartMoney(charges?.[i] ?? 0, code), partial: partial !== undefined }));
  return render({
    header,
    found: true,
    notFoundText: '',
    name: personName(spender, 80, { upnShownBeside: true }),
    upn: clip(spender.userPrincipalName, 120),
    currency: code,
    facts: [
      { title: 'Cost', value: `${money(spender.chargeMicros)} (${formatPermille(sharePermille(spender.chargeMicros, currency.total.chargeMicros), locale)} of all ${code})` },
      { title: 'Calls', value: formatCount(spender.calls, locale) },
      { title: 'Minutes', value: formatMinutes(spender.seconds, locale) },
      { title: 'Rank by cost', value: `${formatCount(rank, locale)} of ${formatCount(currency.spenders.length, locale)}` },
    ],
    slices: [...slices].sort((a, b) => b.chargeMicros - a.chargeMicros).slice(0, MAX_SLICES_SHOWN).map((slice) => ({
      country: countryName(slice.country, locale),
      destination: slice.destination,
      calls: formatCount(slice.calls, locale),
      minutes: formatMinutes(slice.seconds, locale),
      cost: money(slice.chargeMicros),
    })),
    moreSlices:
      slices.length > MAX_SLICES_SHOWN
        ? `The ${formatCount(MAX_SLICES_SHOWN, locale)} largest of ${formatCount(slices.length, locale)} rows; Export CSV on the report has them all.`
        : '',
    hasTrend: periods.length > 0,
    trendTitle,
    trendAxis: granularity === 'week' ? 'Week' : 'Month',
    trendChart: trendSeries(points, { legend: trendTitle, color: 'categoricalBlue', partialLegend: `Partial ${granularity}`, partialColor: 'categoricalLightBlue' }),
    trendMax: niceAxis(Math.max(0, ...points.map((point) => point.y))).max,
    partialNote: partialNote(periods, granularity),
    trendRows: periods.map(({ text }, i) => ({ period: text, cost: money(charges?.[i] ?? 0) })),
    actions: [{ title: 'Calls', data: callsData(data, code, spender.userId.toLowerCase(), 0) }, back],
  });
}
