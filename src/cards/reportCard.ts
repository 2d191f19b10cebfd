/** The report card: the answer to a cost question — range, totals per currency, one page of top spenders. */
import { MAX_LISTED, type Ranking, type ViewRequest, type ViewRequestOf } from '../domain/viewRequest';
import type { CurrencyReport, Report, Usage } from '../report/report';
import type { AdaptiveCardJson, CardOptions, CurrencyTotalsData, ReportCardData } from './cardModels';
import { cardSize, clip, clipPhrase, MAX_CARD_BYTES } from './cardSize';
import { formatCount, formatDay, formatMinutes, formatMoney, formatPermille, resolveLocale, sharePermille } from './format';
import { cardRenderer } from './renderCard';
import { reportData } from './actionButtons';
import { askedCurrency } from './askedCurrency';
import { spendersPage } from './spendersPage';
import { personPick, spendersChart, topCountries, viewButtons } from './reportCardExtras';
import template from './templates/reportCard.json';
import { filterChips } from './filterChips';
import { latencyNote } from './latencyNote';
import { retentionNote } from './retentionNote';
import { filterChipsBlock } from './viewFrame';

/** A card above this keeps its tables but drops the chart (see reportCard). */
const CHART_BUDGET_BYTES = Math.floor(MAX_CARD_BYTES * 0.8);

/** Totals of more currencies than this would crowd the card and its size budget. */
const MAX_CURRENCIES_LISTED = 4;


const RANKING_TITLES: Record<Ranking, string> = { cost: 'Rank by cost', calls: 'Rank by calls', minutes: 'Rank by minutes' };

function otherRankings(ranking: Ranking): Ranking[] {
  return (Object.keys(RANKING_TITLES) as Ranking[]).filter((other) => other !== ranking);
}

/** How a currency group is named on the card: its code, or words for the rows without one. */
function currencyLabel(currency: string): string {
  return currency === '' ? 'an unknown currency' : currency;
}

function rows(n: number, locale: string): string {
  return `${formatCount(n, locale)} ${n === 1 ? 'row' : 'rows'}`;
}

/** Says how many rows the cost totals leave out: rows without a charge, rows without a currency. */
function unknownRowsNote(report: Report, locale: string): string {
  const parts: string[] = [];
  if (report.rowsWithoutCharge > 0) parts.push(`${rows(report.rowsWithoutCharge, locale)} had no charge`);
  if (report.rowsWithoutCurrency > 0) parts.push(`${rows(report.rowsWithoutCurrency, locale)} had no currency`);
  if (parts.length === 0) return '';
  return `${parts.join(' and ')}: the cost totals exclude them (their calls and minutes are counted).`;
}

function totals(currency: CurrencyReport, shown: boolean, request: ViewRequest, locale: string, showNames: boolean): CurrencyTotalsData {
  const { total, domestic, international, unknownDestination } = currency;
  const domesticShare = sharePermille(domestic.chargeMicros, total.chargeMicros);
  const complementary =
    domesticShare !== null &&
    international.chargeMicros >= 0 &&
    domestic.chargeMicros + international.chargeMicros === total.chargeMicros;
  // Rounded separately, 0.05% + 99.95% would show as 0.1% + 100%: the complement keeps the sum at 100%.
  const internationalShare = complementary
    ? 1000 - domesticShare
    : sharePermille(international.chargeMicros, total.chargeMicros);
  const money = (usage: Usage): string => formatMoney(usage, currency.currency, locale);
  return {
    currency: currencyLabel(currency.currency),
    cost: money(total),
    calls: formatCount(total.calls, locale),
    minutes: formatMinutes(total.seconds, locale),
    domesticCost: money(domestic),
    domesticShare: formatPermille(domesticShare, locale),
    internationalCost: money(international),
    internationalShare: formatPermille(internationalShare, locale),
    unknownDestination:
      unknownDestination.calls > 0 || unknownDestination.chargeMicros !== 0
        ? [{ cost: money(unknownDestination), share: formatPermille(sharePermille(unknownDestination.chargeMicros, total.chargeMicros), locale) }]
        : [],
    // The rows without a currency have no spenders view: a button names its currency.
    switchTo: shown || currency.currency === ''
      ? []
      : [{ title: `Show ${currency.currency} ${showNames ? 'spenders' : 'usage locations'}`, data: reportData(request, currency.currency, 0) }],
  };
}

/** "Top spenders", or "Top 5 spenders" for a "top N" question (at most MAX_LISTED). */
function topWords(limit: number | undefined): string {
  return limit === undefined ? 'Top spenders' : `Top ${Math.min(limit, MAX_LISTED)} ${limit === 1 ? 'spender' : 'spenders'}`;
}

/** The currencies whose totals are listed: the first few, always including the one whose spenders are shown. */
function listed(currencies: CurrencyReport[], shown: CurrencyReport | undefined): CurrencyReport[] {
  const first = currencies.slice(0, MAX_CURRENCIES_LISTED);
  return shown && !first.includes(shown) ? [...first.slice(0, -1), shown] : first;
}

function unlistedNote(currencies: CurrencyReport[], listedOnes: CurrencyReport[]): string {
  const rest = currencies.filter((c) => !listedOnes.includes(c)).map((c) => c.currency);
  if (rest.length === 0) return '';
  return clip(`Also used, not listed here: ${rest.length} more currencies (${rest.join(', ')}).`, 200);
}

/**
 * The view model of the report card: the request's currency (an unknown one falls back to the report's
 * first), its page of spenders (brought into range) in its ranking. Minutes have one decimal; money is
 * exact in each currency.
 * @example reportCardData(report, reportRequest({ range, phrase: 'last month', clippedToToday: false }), { locale: 'en-GB', demoTenant: false, showNames: true }).rangeText
 * // '1 Oct 2026 – 31 Oct 2026 (Europe/Berlin)'
 */
export function reportCardData(report: Report, asked: ViewRequestOf<'report'>, options: CardOptions): ReportCardData {
  // The buttons repeat the range that was read.
  const request = { ...asked, range: report.range };
  const locale = resolveLocale(options.locale);
  const { first, last, timeZone } = report.range;
  const [firstDay, lastDay] = [formatDay(first, locale), formatDay(last, locale)];
  const oneDay = first === last;
  const phrase = clipPhrase(request.phrase);
  const currency = askedCurrency(report, request);
  const shown = report.currencies.find((c) => c.currency === currency) ?? report.currencies[0];
  const currencies = listed(report.currencies, shown);
  const { ranking } = request;
  const page = shown && options.showNames ? spendersPage(shown, request.page, ranking, request, locale) : undefined;
  const filters = filterChips(request, locale);
  const matching = filters.narrowed === '' ? '' : ' matching these filters';
  return {
    phrase,
    filters,
    rangeText: oneDay ? `${firstDay} (${timeZone})` : `${firstDay} – ${lastDay} (${timeZone})`,
    reachedPastToday: request.reachedPastToday,
    latencyNote: latencyNote(report.range, report.fetchedAt, locale),
    retentionNote: retentionNote(report.range.first, report.fetchedAt, report.range.timeZone, locale),
    demoTenant: options.demoTenant,
    isEmpty: shown === undefined,
    emptyText: oneDay
      ? `No dial-out usage${matching} recorded on ${firstDay} (${timeZone}).`
      : `No dial-out usage${matching} recorded between ${firstDay} and ${lastDay} (${timeZone}).`,
    currencies: currencies.map((c) => totals(c, c === shown, request, locale, options.showNames)),
    unlistedCurrencies: unlistedNote(report.currencies, currencies),
    unknownRows: unknownRowsNote(report, locale),
    hasSpenders: page !== undefined && page.rows.length > 0,
    spendersTitle: shown ? `${topWords(request.limit)} in ${currencyLabel(shown.currency)}${ranking === 'cost' ? '' : ` by ${ranking}`}` : '',
    spendersShowing: page?.showing ?? '',
    spenders: page?.rows ?? [],
    rankings:
      shown && page ? otherRankings(ranking).map((other) => ({ title: RANKING_TITLES[other], data: reportData(request, shown.currency, 0, other) })) : [],
    namesHidden: shown !== undefined && !options.showNames,
    namesHiddenCurrency: shown?.currency ?? '',
    countries: shown && !options.showNames ? topCountries(shown, locale) : [],
    chart: shown && page?.leader && page.people.length > 0 ? [spendersChart(page.people, page.leader, ranking, shown.currency, locale)] : [],
    pick: shown && page ? personPick(page.people, request, shown.currency) : [],
    views: shown ? viewButtons(request, shown.currency) : [],
    navigation: page?.navigation ?? [],
  };
}

/** The report card's header ends with the range's notes; the filter line and chips follow them. */
const HEADER_BLOCKS = template.body.findIndex((block) => '$when' in block && block.$when === '${reachedPastToday}') + 1;
const render = cardRenderer<ReportCardData>({ ...template, body: [...template.body.slice(0, HEADER_BLOCKS), filterChipsBlock('filters'), ...template.body.slice(HEADER_BLOCKS)] });

/**
 * The answer to a cost question as an Adaptive Card 1.5 (Teams, full width). The top-spenders chart
 * is the one part left out when a card of extreme content (dozens of currencies, very long names)
 * would come near the size limit; the table below it has the same figures.
 * @example reportCard(report, reportRequest({ range, phrase: 'last month', clippedToToday: false }), { locale: 'en-US', demoTenant: true, showNames: true })
 */
export function reportCard(report: Report, request: ViewRequestOf<'report'>, options: CardOptions): AdaptiveCardJson {
  const data = reportCardData(report, request, options);
  const card = render(data);
  return cardSize(card) <= CHART_BUDGET_BYTES ? card : render({ ...data, chart: [] });
}
