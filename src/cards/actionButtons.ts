/** The payloads of the buttons that lead from one view to another, built in one place so every card links alike. */
import type { OrgDimension, OrgUnit } from '../domain/organisation';
import { reportRequest, type AskedPeriod, type Ranking, type View, type ViewFilters, type ViewRequest } from '../domain/viewRequest';
import { CARD_VERBS, type CardVerb, type ViewPayload } from './actionData';
import type { ActionButtonData } from './cardModels';
import { clipPhrase } from './cardSize';

/** Characters of a button's title that fit one line of a phone's card (320 px): Teams never wraps a button. */
export const BUTTON_TITLE_CHARS = 36;

/**
 * `from` as `view` with `filters`, serialised. The period travels along, and the callers keep `from`'s
 * filters (and a report's "top N"), so paging, ranking and drilling down stay within what was asked. Copied: no card shares
 * objects with another. No currency ('' when a report is empty) means the report's first.
 */
function payload(from: ViewRequest, view: View, filters: ViewFilters, page = 0, ranking: Ranking = from.ranking, verb: CardVerb = CARD_VERBS.view): ViewPayload {
  const { currency, ...narrowed } = filters;
  const period = { range: { ...from.range }, phrase: clipPhrase(from.phrase), clippedToToday: from.clippedToToday, reachedPastToday: from.reachedPastToday };
  const limit = view === 'report' && from.limit !== undefined ? { limit: from.limit } : {};
  return { verb, view, ...period, ...(currency ? { currency } : {}), ...narrowed, ranking, page, ...limit };
}

/**
 * The filters of `from` without the person or the usage location a drill-down was about: for the buttons
 * back to a wider view. A usage location asked for on any other view is a filter and is kept.
 */
function wider(from: ViewRequest): ViewFilters {
  const { userId: _person, country, ...rest } = from.filters;
  return from.view === 'country' || country === undefined ? rest : { ...rest, country };
}

/** Page `page` of `currency`'s spenders in `ranking` order (page 0 by cost is the summary). */
export function reportData(from: ViewRequest, currency: string, page: number, ranking: Ranking = 'cost'): ViewPayload {
  return payload(from, 'report', { ...from.filters, currency }, page, ranking);
}

/** The summary's and alerts' button: the report card of `period` (of `orgUnit`'s people, when given) as a new message. */
export function openReportData(period: AskedPeriod, currency: string, orgUnit?: OrgUnit): ViewPayload {
  return payload(reportRequest(period), 'report', { currency, ...(orgUnit ? { orgUnit: { dimension: orgUnit.dimension, name: orgUnit.name } } : {}) }, 0, 'cost', CARD_VERBS.openView);
}

export function personData(from: ViewRequest, currency: string, userId: string): ViewPayload {
  return payload(from, 'person', { ...from.filters, currency, userId });
}

export function callsData(from: ViewRequest, currency: string, userId: string, page: number): ViewPayload {
  return payload(from, 'calls', { ...from.filters, currency, userId }, page);
}

export function countriesData(from: ViewRequest, currency: string, page = 0): ViewPayload {
  return payload(from, 'countries', { ...from.filters, currency }, page);
}

/** "Back to countries" from the people of one location. */
export function allCountriesData(from: ViewRequest, currency: string): ViewPayload {
  return payload(from, 'countries', { ...wider(from), currency });
}

export function countryData(from: ViewRequest, currency: string, country: string, page = 0): ViewPayload {
  return payload(from, 'country', { ...from.filters, currency, country }, page);
}

export function destinationsData(from: ViewRequest, currency: string): ViewPayload {
  return payload(from, 'destinations', { ...from.filters, currency });
}

export function trendData(from: ViewRequest, currency: string): ViewPayload {
  return payload(from, 'trend', { ...from.filters, currency });
}

/** The cost per unit of `dimension` (department, office…), within `from`'s filters. */
export function breakdownData(from: ViewRequest, currency: string, dimension: OrgDimension): ViewPayload {
  return { ...payload(from, 'breakdown', { ...from.filters, currency }), dimension };
}

/** A breakdown row's drill-down: the report of that unit's people (its top spenders), within `from`'s other filters. */
export function orgUnitData(from: ViewRequest, currency: string, unit: OrgUnit): ViewPayload {
  return payload(from, 'report', { ...from.filters, currency, orgUnit: { ...unit } });
}

export function exportData(from: ViewRequest): ViewPayload {
  return payload(from, 'export', { ...from.filters });
}

/** The chargeback file of `from`'s period, within its filters: cost per cost center (or department) and currency. */
export function chargebackData(from: ViewRequest): ViewPayload {
  return payload(from, 'chargeback', { ...from.filters });
}

/** "Back to summary": the report card of the same question and currency, first page, by cost. */
export function backToSummary(from: ViewRequest, currency: string): ActionButtonData {
  return { title: 'Back to summary', data: payload(from, 'report', { ...wider(from), currency }, 0, 'cost') };
}

/**
 * The same view, period, ranking and currency without filter `key` (first page): a filter chip's button.
 * A comparison keeps its earlier period, a breakdown what it groups by.
 * @example withoutFilterData(request, 'country').country // undefined
 */
export function withoutFilterData(from: ViewRequest, key: keyof ViewFilters): ViewPayload {
  const { [key]: _dropped, ...kept } = from.filters;
  const data = payload(from, from.view, kept, 0);
  if (from.view === 'breakdown') return { ...data, dimension: from.dimension };
  return from.view === 'comparison' ? { ...data, baseline: { ...from.baseline, range: { ...from.baseline.range } } } : data;
}
