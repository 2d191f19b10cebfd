/** The comparison view: two periods' exact totals per currency, the change in money and percent, the biggest movers. */
import { daysBetween } from '../domain/calendarDate';
import type { DateRange } from '../domain/dateRange';
import { type CurrencyChange, comparePeriods } from '../report/periodComparison';
import type { Report } from '../report/report';
import { showSpendersData } from './actionButtons';
import type { ActionButtonData, AdaptiveCardJson } from './cardModels';
import { clip } from './cardSize';
import type { FactData } from './drilldownModels';
import { formatCount, formatMinutes, formatMoney, formatPermille, resolveLocale } from './format';
import type { CardOptions } from './reportCard';
import { cardRenderer } from './renderCard';
import template from './templates/comparisonCard.json';
import { clipPhrase, rangeText } from './viewHeader';

/** How the question was read: its words, and how the earlier period was chosen (see questions/comparisonPhrases.ts). */
export interface ComparisonView {
  phrase: string;
  baselineKind: 'named' | 'yearEarlier' | 'cutToLength';
  /** The later period reached past today and was cut at today. */
  clippedToToday: boolean;
}

/** `templates/comparisonCard.json`. */
export interface ComparisonCardData {
  title: string;
  demoTenant: boolean;
  phrase: string;
  currentText: string;
  baselineText: string;
  /** Why the earlier period covers the days it does; '' when both were named as they are. */
  baselineNote: string;
  clippedToToday: boolean;
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

const render = cardRenderer<ComparisonCardData>(template);

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

function baselineNote(view: ComparisonView, current: DateRange, locale: string): string {
  if (view.baselineKind === 'yearEarlier') return 'The same days a year earlier.';
  if (view.baselineKind === 'named') return '';
  const days = formatCount(daysBetween(current.first, current.last) + 1, locale);
  return `Cut to the same days as the later period (${days} so far), so that part of a period is not set against a whole one.`;
}

/**
 * The comparison card of `current` against `baseline` (the earlier period), every currency of either.
 * @example comparisonCard(october, september, { phrase: 'October vs September', baselineKind: 'named', clippedToToday: false }, options)
 */
export function comparisonCard(current: Report, baseline: Report, view: ComparisonView, options: CardOptions): AdaptiveCardJson {
  const locale = resolveLocale(options.locale);
  const comparison = comparePeriods(current, baseline);
  const name = (m: { userDisplayName: string; userPrincipalName: string }): string => clip(m.userDisplayName, 40) || clip(m.userPrincipalName, 40) || '(no name)';
  const phrase = clipPhrase(view.phrase);
  const question = (range: DateRange): { range: DateRange; phrase: string; clippedToToday: boolean } => ({ range, phrase, clippedToToday: false });
  const lead = comparison.currencies[0]?.currency;
  return render({
    title: 'Dial-out cost compared',
    demoTenant: options.demoTenant,
    phrase,
    currentText: rangeText(current.range, locale),
    baselineText: rangeText(baseline.range, locale),
    baselineNote: baselineNote(view, current.range, locale),
    clippedToToday: view.clippedToToday,
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
          ? currency.movers.map((m) => ({ title: name(m), value: `${signed(money(m.deltaMicros), m.deltaMicros)} (${money(m.previousMicros)} → ${money(m.currentMicros)})` }))
          : [],
        moversNote: options.showNames || currency.movers.length === 0 ? '' : "The people whose spend changed most are named in the bot's personal chat only.",
      };
    }),
    actions:
      lead === undefined
        ? []
        : [
            { title: 'Later period’s report', data: showSpendersData(question(current.range), lead, 0) },
            { title: 'Earlier period’s report', data: showSpendersData(question(baseline.range), lead, 0) },
          ],
  });
}
