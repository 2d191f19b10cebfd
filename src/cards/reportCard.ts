/** The report card: the answer to a cost question — range, totals per currency, one page of top spenders. */
import type { CurrencyReport, Report } from '../report/report';
import type { AdaptiveCardJson, CurrencyTotalsData, ReportCardData } from './cardModels';
import { clip } from './cardSize';
import { formatCount, formatDay, formatMinutes, formatMoney, formatPermille, resolveLocale, sharePermille } from './format';
import { cardRenderer } from './renderCard';
import { clampPage, showSpendersData, spendersPage, type SpendersQuestion } from './spendersPage';
import template from './templates/reportCard.json';

const MAX_PHRASE_CHARS = 80;
/** Totals of more currencies than this would crowd the card and its size budget. */
const MAX_CURRENCIES_LISTED = 6;

/** Which slice of the report to show, and the question as the user put it. */
export interface ReportView {
  /** Whose spenders to list; an unknown currency falls back to the report's first. */
  currency: string;
  /** 0-based page of spenders; out-of-range pages are brought into range. */
  page: number;
  phrase: string;
  clippedToToday: boolean;
}

/** How to present any card: the user's locale (BCP 47; bad tags fall back to en-US) and the data source. */
export interface CardOptions {
  locale: string;
  demoTenant: boolean;
}

function totals(currency: CurrencyReport, shown: boolean, question: SpendersQuestion, locale: string): CurrencyTotalsData {
  const { total, domestic, international } = currency;
  const domesticShare = sharePermille(domestic.chargeMicros, total.chargeMicros);
  const complementary =
    domesticShare !== null &&
    international.chargeMicros >= 0 &&
    domestic.chargeMicros + international.chargeMicros === total.chargeMicros;
  // Rounded separately, 0.05% + 99.95% would show as 0.1% + 100%: the complement keeps the sum at 100%.
  const internationalShare = complementary
    ? 1000 - domesticShare
    : sharePermille(international.chargeMicros, total.chargeMicros);
  const money = (micros: number): string => formatMoney(micros, currency.currency, locale);
  return {
    currency: currency.currency,
    cost: money(total.chargeMicros),
    calls: formatCount(total.calls, locale),
    minutes: formatMinutes(total.seconds, locale),
    domesticCost: money(domestic.chargeMicros),
    domesticShare: formatPermille(domesticShare, locale),
    internationalCost: money(international.chargeMicros),
    internationalShare: formatPermille(internationalShare, locale),
    switchTo: shown
      ? []
      : [{ title: `Show ${currency.currency} spenders`, data: showSpendersData(question, currency.currency, 0) }],
  };
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
 * The view model of the report card. Minutes have one decimal; money is exact in each currency.
 * @example reportCardData(report, { currency: 'USD', page: 1, phrase: 'last month', clippedToToday: false }, { locale: 'en-GB', demoTenant: false }).rangeText
 * // '1 Oct 2026 – 31 Oct 2026 (Europe/Berlin)'
 */
export function reportCardData(report: Report, view: ReportView, options: CardOptions): ReportCardData {
  const locale = resolveLocale(options.locale);
  const { first, last, timeZone } = report.range;
  const [firstDay, lastDay] = [formatDay(first, locale), formatDay(last, locale)];
  const oneDay = first === last;
  const question: SpendersQuestion = {
    range: report.range,
    phrase: clip(view.phrase, MAX_PHRASE_CHARS),
    clippedToToday: view.clippedToToday,
  };
  const shown = report.currencies.find((c) => c.currency === view.currency) ?? report.currencies[0];
  const currencies = listed(report.currencies, shown);
  const page = shown ? spendersPage(shown, clampPage(view.page, shown.spenders.length), question, locale) : undefined;
  return {
    phrase: question.phrase,
    rangeText: oneDay ? `${firstDay} (${timeZone})` : `${firstDay} – ${lastDay} (${timeZone})`,
    clippedToToday: view.clippedToToday,
    demoTenant: options.demoTenant,
    isEmpty: shown === undefined,
    emptyText: oneDay
      ? `No dial-out usage recorded on ${firstDay} (${timeZone}).`
      : `No dial-out usage recorded between ${firstDay} and ${lastDay} (${timeZone}).`,
    currencies: currencies.map((c) => totals(c, c === shown, question, locale)),
    unlistedCurrencies: unlistedNote(report.currencies, currencies),
    hasSpenders: page !== undefined && page.rows.length > 0,
    spendersTitle: shown ? `Top spenders in ${shown.currency}` : '',
    spendersShowing: page?.showing ?? '',
    spenders: page?.rows ?? [],
    navigation: page?.navigation ?? [],
  };
}

const render = cardRenderer<ReportCardData>(template);

/**
 * The answer to a cost question as an Adaptive Card 1.5 (Teams, full width).
 * @example reportCard(report, { currency: 'USD', page: 0, phrase: 'last month', clippedToToday: false }, { locale: 'en-US', demoTenant: true })
 */
export function reportCard(report: Report, view: ReportView, options: CardOptions): AdaptiveCardJson {
  return render(reportCardData(report, view, options));
}
