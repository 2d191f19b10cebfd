/** Strict readers of the fields of a serialised view request: each copies one known field or refuses the payload. */
import { isCalendarDate, isTimeZone } from '../../domain/calendarDate';
import type { DateRange } from '../../domain/dateRange';
import { isCurrencyCode, isGuid } from '../../domain/ids';
import { ORG_DIMENSIONS, type OrgDimension, type OrgUnit } from '../../domain/organisation';
import { BASELINE_KINDS, DESTINATIONS, MAX_LIMIT_ASKED, RANKINGS, VIEWS, type AskedPeriod, type Baseline, type ViewFilters } from '../../domain/viewRequest';

/** Pages beyond this are forged: no report has 100,000 pages of anything. */
const MAX_PAGE = 100_000;
const MAX_PHRASE_CHARS = 200;

/** A payload that does not match the schema; `reason` names the field, never its value. */
export class PayloadRefused extends Error {
  override readonly name = 'PayloadRefused';
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Only plain JSON objects: arrays, null and objects with another prototype are refused. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** One of `names`, or refused as `field invalid`. */
function oneOf<T extends string>(names: readonly T[], value: unknown, field: string): T {
  const known = names.find((name) => name === value);
  if (known === undefined) throw new PayloadRefused(`${field} invalid`);
  return known;
}

function rangeField(data: Record<string, unknown>): DateRange {
  const range = data.range;
  if (!isPlainObject(range)) throw new PayloadRefused('range missing');
  const { first, last, timeZone } = range;
  if (typeof first !== 'string' || !isCalendarDate(first) || typeof last !== 'string' || !isCalendarDate(last) || first > last) {
    throw new PayloadRefused('range days invalid');
  }
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) throw new PayloadRefused('time zone invalid');
  return { first, last, timeZone };
}

/**
 * The period: range, phrase, whether it was cut at today and whether the words reached past today. Buttons of
 * cards posted before `reachedPastToday` existed lack it: for them, a cut at today is one the words asked for.
 */
export function periodFields(data: Record<string, unknown>): AskedPeriod {
  const range = rangeField(data);
  const { phrase, clippedToToday, reachedPastToday = clippedToToday } = data;
  if (typeof phrase !== 'string' || phrase.length > MAX_PHRASE_CHARS) throw new PayloadRefused('phrase invalid');
  if (typeof clippedToToday !== 'boolean') throw new PayloadRefused('clippedToToday invalid');
  if (typeof reachedPastToday !== 'boolean' || (reachedPastToday && !clippedToToday)) throw new PayloadRefused('reachedPastToday invalid');
  return { range, phrase, clippedToToday, reachedPastToday };
}

/** A comparison's earlier period: a period (range, phrase, cut at today) and how it was chosen, nothing else. */
export function baselineField(data: Record<string, unknown>): Baseline {
  const baseline = data.baseline;
  if (!isPlainObject(baseline)) throw new PayloadRefused('baseline missing');
  if (Object.keys(baseline).some((key) => !['range', 'phrase', 'clippedToToday', 'reachedPastToday', 'kind'].includes(key))) throw new PayloadRefused('baseline invalid');
  return { ...periodFields(baseline), kind: oneOf(BASELINE_KINDS, baseline.kind, 'baseline kind') };
}

/** The longest unit name accepted: Entra's department and cost center hold far less. */
const MAX_UNIT_NAME_CHARS = 200;

/** What a breakdown groups people by. */
export const dimensionField = (data: Record<string, unknown>): OrgDimension => oneOf(ORG_DIMENSIONS, data.dimension, 'dimension');

/** One organisation unit: a dimension and a name ('' for the people without a value), nothing else. */
function orgUnitField(value: unknown): OrgUnit {
  if (!isPlainObject(value) || Object.keys(value).some((key) => key !== 'dimension' && key !== 'name')) throw new PayloadRefused('orgUnit invalid');
  const { name } = value;
  if (typeof name !== 'string' || name.length > MAX_UNIT_NAME_CHARS || name !== name.trim()) throw new PayloadRefused('orgUnit name invalid');
  return { dimension: dimensionField(value), name };
}

/** The filters present: an ISO 4217 currency, a user id (GUID, lower-cased), an ISO 3166 alpha-2 country ('' for none), a destination, an organisation unit. */
export function filterFields(data: Record<string, unknown>): ViewFilters {
  const { currency, userId, country, destination, orgUnit } = data;
  const filters: ViewFilters = {};
  if (currency !== undefined) {
    if (!isCurrencyCode(currency)) throw new PayloadRefused('currency invalid');
    filters.currency = currency;
  }
  if (userId !== undefined) {
    if (!isGuid(userId)) throw new PayloadRefused('userId invalid');
    filters.userId = userId.toLowerCase();
  }
  if (country !== undefined) {
    if (typeof country !== 'string' || !/^([A-Z]{2})?$/.test(country)) throw new PayloadRefused('country invalid');
    filters.country = country;
  }
  if (destination !== undefined) filters.destination = oneOf(DESTINATIONS, destination, 'destination');
  if (orgUnit !== undefined) filters.orgUnit = orgUnitField(orgUnit);
  return filters;
}

export const viewField = (data: Record<string, unknown>) => oneOf(VIEWS, data.view, 'view');
export const rankingField = (data: Record<string, unknown>) => oneOf(RANKINGS, data.ranking, 'ranking');

/** A 0-based page number from 0 to MAX_PAGE. */
export function pageField(data: Record<string, unknown>): number {
  const { page } = data;
  if (typeof page !== 'number' || !Number.isSafeInteger(page) || page < 0 || page > MAX_PAGE) throw new PayloadRefused('page invalid');
  return page;
}

/** How many spenders a "top N" asks for: 1 to MAX_LIMIT_ASKED. */
export function limitField(data: Record<string, unknown>): number {
  const { limit } = data;
  if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1 || limit > MAX_LIMIT_ASKED) throw new PayloadRefused('limit invalid');
  return limit;
}
