/** The payloads of the buttons that lead from one view to another, built in one place so every card links alike. */
import type { Ranking } from '../domain/viewRequest';
import {
  CARD_VERBS,
  type CurrencyViewData,
  type ExportCsvData,
  type OpenReportData,
  type QuestionData,
  type ShowCallsData,
  type ShowCountriesData,
  type ShowCountryData,
  type ShowDestinationsData,
  type ShowPersonData,
  type ShowSpendersData,
  type ShowTrendData,
} from './actionData';
import type { ActionButtonData } from './cardModels';

/** The question part of a payload, copied so no card shares objects with another. */
function question(q: QuestionData): QuestionData {
  return { range: { ...q.range }, phrase: q.phrase, clippedToToday: q.clippedToToday };
}

function view(q: QuestionData, currency: string): CurrencyViewData {
  return { ...question(q), currency };
}

/** Page `page` of `currency`'s spenders in `ranking` order (page 0 by cost is the summary). */
export function showSpendersData(q: QuestionData, currency: string, page: number, ranking: Ranking = 'cost'): ShowSpendersData {
  return { verb: CARD_VERBS.showSpenders, ...view(q, currency), page, ranking };
}

/** The summary's button: the report card as a new message. */
export function openReportData(q: QuestionData, currency: string): OpenReportData {
  return { verb: CARD_VERBS.openReport, ...view(q, currency), page: 0, ranking: 'cost' };
}

export function showPersonData(q: QuestionData, currency: string, userId: string): ShowPersonData {
  return { verb: CARD_VERBS.showPerson, ...view(q, currency), userId };
}

export function showCallsData(q: QuestionData, currency: string, userId: string, page: number): ShowCallsData {
  return { verb: CARD_VERBS.showCalls, ...view(q, currency), userId, page };
}

export function showCountriesData(q: QuestionData, currency: string, page = 0): ShowCountriesData {
  return { verb: CARD_VERBS.showCountries, ...view(q, currency), page };
}

export function showCountryData(q: QuestionData, currency: string, country: string, page = 0): ShowCountryData {
  return { verb: CARD_VERBS.showCountry, ...view(q, currency), country, page };
}

export function showDestinationsData(q: QuestionData, currency: string): ShowDestinationsData {
  return { verb: CARD_VERBS.showDestinations, ...view(q, currency) };
}

export function showTrendData(q: QuestionData, currency: string): ShowTrendData {
  return { verb: CARD_VERBS.showTrend, ...view(q, currency) };
}

export function exportCsvData(q: QuestionData): ExportCsvData {
  return { verb: CARD_VERBS.exportCsv, ...question(q) };
}

/** "Back to summary": the report card of the same question and currency, first page, by cost. */
export function backToSummary(q: QuestionData, currency: string): ActionButtonData {
  return { title: 'Back to summary', data: showSpendersData(q, currency, 0) };
}
