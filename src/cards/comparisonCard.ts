/** The comparison view: two periods' exact totals per currency, the change in money and percent, the biggest movers. */
import { daysBetween } from '../domain/calendarDate';
import type { DateRange } from '../domain/dateRange';
import { type CurrencyChange, comparePeriods } from '../report/periodComparison';
import type { Report } from '../report/report';
import { reportRequest, type ViewRequestOf } from '../domain/viewRequest';
import { reportData } from './actionButtons';
import type { ActionButtonData, AdaptiveCardJson, FiltersData } from './cardModels';
import { clip } from './cardSize';
import { filterChips } from './filterChips';
import type { FactData } from './drilldownModels';
import { formatCount, formatMinutes, formatMoney, formatPermille, resolveLocale } from './format';
import type { CardOptions } from './cardModels';
import { cardRenderer } from './renderCard';
import template from './templates/comparisonCard.json';
import { personName } from './personName';
import { latencyNote } from './latencyNote';
import { retentionNote } from './retentionNote';
import { filterChipsBlock } from './viewFrame';
import { rangeText } from './viewHeader';

/** `templates/comparisonCard.json`. */
export interface ComparisonCardData {
  title: string;
  demoTenant: boolean;
  phrase: string;
  currentText: string;
  baselineText: string;
  /** The usage location and destination both periods are narrowed to, with a button to drop each. */
  filters: FiltersData;
  /** The earlier period may be missing calls (retentionNote.ts); '' when it is recent enough. */
  retentionNote: string;
  /** Why the earlier period covers the days it does; '' when both were named as they are. */
  baselineNote: string;
  /** The words of the later period reached past today: it was cut at today, and the card says so. */
  reachedPastToday: boolean;
  /** The later period holds today or yesterday, which Graph has not fully reported yet (latencyNote.ts); '' when it holds neither. */
  latencyNote: string;
  isEmpty: boolean;
  currencies: Array<{
    heading: string;
    /** "+51.5% ($170.00 more): $330.00 → $500.00". */
    change: string;
    rows: Array<{ measure: string; baseline: string; current: string }>;
    moversTitle: string;
    movers: FactData[];
    moversNote: string;
  }>;
  actions: ActionButtonData[];
}

/** Where the filter line goes: under the question and its two periods. */
const FILTERS_AT = 5;
const render = cardRenderer<ComparisonCardData>({ ...template, body: [...template.body.slice(0, FILTERS_AT), filterChipsBlock('filters'), ...template.body.slice(FILTERS_AT)] });

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : text;
}

function changeText(currency: CurrencyChange, money: (micros: number) => string, locale: string): string {
  const { deltaMicros, permille } = currency.change;
  const fromTo = `${money(currency.baseline.chargeMicros)} → ${money(currency.current.chargeMicros)}`;
  if (deltaMicros === 0) return `No change: ${fromTo}`;
  const amount = `${money(Math.abs(deltaMicros))} ${deltaMicros > 0 ? 'more' : 'less'}`;
  if (permille === null) return `${amount} (nothing in ${currency.currency} before): ${fromTo}`;
  return `${signed(formatPermille(permille, locale), permille)} (${amount}): ${fromTo}`;
}

function baselineNote(request: ViewRequestOf<'comparison'>, current: DateRange, locale: string): string {
  if (request.baseline.kind === 'yearEarlier') return 'The same days a year earlier.';
  if (request.baseline.kind === 'named') return '';
  const days = formatCount(daysBetween(current.first, current.last) + 1, locale);
  return `Cut to the same days as the later period (${days} so far), so that part of a period is not set against a whole one.`;
}

/** "October vs September", or "October, year over year": the two phrases as the question put them. */
function askedText(request: ViewRequestOf<'comparison'>): string {
  return request.baseline.kind === 'yearEarlier' ? `${request.phrase}, ${request.baseline.phrase}` : `${request.phrase} vs ${request.baseline.phrase}`;
}

/**
 * The comparison card of `current` (the request's period) against `baseline` (its earlier period), every currency of either.
 * @example comparisonCard(october, september, comparisonRequest(octoberAsked, { ...septemberAsked, kind: 'named' }), options)
 */
export function comparisonCard(current: Report, baseline: Report, request: ViewRequestOf<'comparison'>, options: CardOptions): AdaptiveCardJson {
  const locale = resolveLocale(options.locale);
  const comparison = comparePeriods(current, baseline);
  const lead = comparison.currencies[0]?.currency;
  return render({
    title: 'Dial-out cost compared',
    demoTenant: options.demoTenant,
    phrase: clip(askedText(request), 100),
    currentText: rangeText(current.range, locale),
    baselineText: rangeText(baseline.range, locale),
    filters: filterChips(request, locale),
    retentionNote: retentionNote(baseline.range.first, baseline.fetchedAt, baseline.range.timeZone, locale),
    baselineNote: baselineNote(request, current.range, locale),
    reachedPastToday: request.reachedPastToday,
    latencyNote: latencyNote(current.range, current.fetchedAt, locale),
    isEmpty: comparison.currencies.length === 0,
    currencies: comparison.currencies.map((currency) => {
      const money = (micros: number): string => formatMoney(micros, currency.currency, locale);
      return {
        heading: `In ${currency.currency}`,
        change: changeText(currency, money, locale),
        rows: [
          { measure: 'Cost', baseline: money(currency.baseline.chargeMicros), current: money(currency.current.chargeMicros) },
          { measure: 'Calls', baseline: formatCount(currency.baseline.calls, locale), current: formatCount(currency.current.calls, locale) },
          { measure: 'Minutes', baseline: formatMinutes(currency.baseline.seconds, locale), current: formatMinutes(currency.current.seconds, locale) },
        ],
        moversTitle: 'Biggest changes',
        movers: options.showNames
          ? currency.movers.map((m) => ({ title: personName(m, 40), value: `${signed(money(m.deltaMicros), m.deltaMicros)} (${money(m.previousMicros)} → ${money(m.currentMicros)})` }))
          : [],
        moversNote: options.showNames || currency.movers.length === 0 ? '' : "The people whose spend changed most are named in the bot's personal chat only.",
      };
    }),
    actions:
      lead === undefined
        ? []
        : [
            { title: 'Later period’s report', data: reportData(reportRequest(request, request.filters), lead, 0) },
            { title: 'Earlier period’s report', data: reportData(reportRequest(request.baseline, request.filters), lead, 0) },
          ],
  });
}
