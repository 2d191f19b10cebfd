/** The monthly summary card: last month's totals per currency, comparisons, top spenders (or usage locations), movers and alerts. */
import { dateParts } from '../domain/calendarDate';
import { addMonths } from '../domain/calendarMonths';
import type { Change, CurrencyComparison, Mover, MonthComparison } from '../report/monthComparison';
import type { Report } from '../report/report';
import type { AdaptiveCardJson, CardOptions } from './cardModels';
import { clip } from './cardSize';
import { formatCount, formatDay, formatMinutes, formatMoney, formatPermille, resolveLocale, sharePermille } from './format';
import { latencyNote } from './latencyNote';
import { personName } from './personName';
import { cardRenderer } from './renderCard';
import { openReportData } from './actionButtons';
import { retentionNote } from './retentionNote';
import { topCountries } from './reportCardExtras';
import type { SummaryAlertData, SummaryCardData, SummaryCurrencyData } from './summaryCardModel';
import template from './templates/summaryCard.json';

/** What a summary is made of: the month compared with earlier months, and the month's own report (its usage locations). */
export interface MonthSummary {
  comparison: MonthComparison;
  month: Report;
}

const MAX_NAME_CHARS = 40;
/** Each currency repeats spenders and movers; more than this would crowd the card. */
const MAX_CURRENCIES_LISTED = 4;

/**
 * "October 2026" in the locale, for the month that `day` falls in.
 * @example monthLabel('2026-10-01', 'de-DE') // 'Oktober 2026'
 */
export function monthLabel(day: string, locale: string): string {
  const { year, month } = dateParts(day);
  return new Intl.DateTimeFormat(resolveLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
}

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : text;
}

/** "+12.3% (+$134.00)"; "+$50.00 (from nothing)" when the earlier month had no spend; "no data" without data. */
function changeText(change: Change | undefined, currency: string, locale: string): string {
  if (change === undefined) return 'no data';
  if (change.deltaMicros === 0) return 'no change';
  const money = signed(formatMoney(change.deltaMicros, currency, locale), change.deltaMicros);
  if (change.permille === null) return `${money} (from nothing)`;
  return `${signed(formatPermille(change.permille, locale), change.permille)} (${money})`;
}

function share(part: number, whole: number, currency: string, locale: string): string {
  return `${formatMoney(part, currency, locale)} (${formatPermille(sharePermille(part, whole), locale)})`;
}

function moverText(mover: Mover, currency: string, locale: string): string {
  const money = (micros: number): string => formatMoney(micros, currency, locale);
  return `${signed(money(mover.deltaMicros), mover.deltaMicros)} (${money(mover.previousMicros)} → ${money(mover.currentMicros)})`;
}

/** Names only where the card may name people; elsewhere the currency's top usage locations instead. */
function currencyData(c: CurrencyComparison, month: Report, labels: { previous: string; lastYear: string }, options: CardOptions, locale: string): SummaryCurrencyData {
  const { currency } = c;
  const { showNames } = options;
  const monthCurrency = month.currencies.find((m) => m.currency === currency);
  return {
    currency,
    cost: formatMoney(c.total.chargeMicros, currency, locale),
    calls: formatCount(c.total.calls, locale),
    minutes: formatMinutes(c.total.seconds, locale),
    previousTitle: `vs ${labels.previous}`,
    vsPrevious: changeText(c.vsPrevious, currency, locale),
    lastYearTitle: `vs ${labels.lastYear}`,
    vsLastYear: changeText(c.vsLastYear, currency, locale),
    domestic: share(c.domestic.chargeMicros, c.total.chargeMicros, currency, locale),
    international: share(c.international.chargeMicros, c.total.chargeMicros, currency, locale),
    topSpenders: showNames
      ? c.topSpenders.map((s, i) => ({
          rank: formatCount(i + 1, locale),
          name: personName(s, MAX_NAME_CHARS),
          cost: formatMoney(s.chargeMicros, currency, locale),
        }))
      : [],
    moversTitle: `Biggest changes vs ${labels.previous}`,
    movers: showNames ? c.movers.map((m) => ({ name: personName(m, MAX_NAME_CHARS), change: moverText(m, currency, locale) })) : [],
    countries: !showNames && monthCurrency ? topCountries(monthCurrency, locale).map(({ country, cost, share: part }) => ({ country, cost: `${cost} (${part})` })) : [],
  };
}

/** Over budget first (it is what finance acts on), then each currency's International spike. */
function alerts(comparison: MonthComparison, labels: { month: string; previous: string }, locale: string): SummaryAlertData[] {
  const found: SummaryAlertData[] = [];
  const over = comparison.overBudget;
  if (over) {
    const money = (micros: number): string => formatMoney(micros, over.currency, locale);
    found.push({
      text: `Over budget: ${money(over.spentMicros)} spent in ${labels.month} against a budget of ${money(over.budgetMicros)} (${money(over.overMicros)} over).`,
    });
  }
  for (const c of comparison.currencies) {
    const spike = c.internationalSpike;
    if (!spike || spike.permille === null) continue;
    const money = (micros: number): string => formatMoney(micros, c.currency, locale);
    found.push({
      text: `International spend in ${c.currency} up ${formatPermille(spike.permille, locale)} against ${labels.previous}: ${money(spike.previousMicros)} → ${money(spike.previousMicros + spike.deltaMicros)}.`,
    });
  }
  return found;
}

/**
 * The view model of the summary card; the button opens the month's full report (its first currency, first page).
 * Where people may not be named (`showNames` false: group chats and channels), no name, UPN or
 * per-person change is in it: the top usage locations stand in for the spenders.
 * @example summaryCardData({ comparison, month }, { locale: 'en-GB', demoTenant: false, showNames: true }).title // 'Dial-out summary: October 2026'
 */
export function summaryCardData(summary: MonthSummary, options: CardOptions): SummaryCardData {
  const { comparison } = summary;
  const locale = resolveLocale(options.locale);
  const { range } = comparison;
  const month = monthLabel(range.first, locale);
  const labels = {
    month,
    previous: monthLabel(comparison.previousRange?.first ?? addMonths(range.first, -1), locale),
    lastYear: monthLabel(comparison.lastYearRange?.first ?? addMonths(range.first, -12), locale),
  };
  const listed = comparison.currencies.slice(0, MAX_CURRENCIES_LISTED);
  const rest = comparison.currencies.slice(MAX_CURRENCIES_LISTED).map((c) => c.currency);
  const first = comparison.currencies[0];
  return {
    title: `Dial-out summary: ${month}`,
    rangeText: `${formatDay(range.first, locale)} – ${formatDay(range.last, locale)} (${range.timeZone})`,
    demoTenant: options.demoTenant,
    alerts: alerts(comparison, labels, locale),
    isEmpty: first === undefined,
    emptyText: `No dial-out usage recorded in ${month}.`,
    currencies: listed.map((c) => currencyData(c, summary.month, labels, options, locale)),
    namesHidden: first !== undefined && !options.showNames,
    latencyNote: latencyNote(range, summary.month.fetchedAt, locale),
    retentionNote: comparison.lastYearRange ? retentionNote(comparison.lastYearRange.first, summary.month.fetchedAt, range.timeZone, locale) : '',
    unlistedCurrencies: rest.length > 0 ? clip(`Also used, not listed here: ${rest.join(', ')}.`, 200) : '',
    openReport: first
      ? [{ title: `Open the ${month} report`, data: openReportData({ range, phrase: month, clippedToToday: false, reachedPastToday: false }, first.currency) }]
      : [],
  };
}

const render = cardRenderer<SummaryCardData>(template);

/**
 * The monthly summary as an Adaptive Card 1.5.
 * @example summaryCard({ comparison: compareMonths(reports, settings), month: reports.month }, { locale: 'en-US', demoTenant: false, showNames: false })
 */
export function summaryCard(summary: MonthSummary, options: CardOptions): AdaptiveCardJson {
  return render(summaryCardData(summary, options));
}
