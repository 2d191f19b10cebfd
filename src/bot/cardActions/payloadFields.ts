/** Strict readers of the fields card payloads share: each copies one known field or refuses the payload. */
import { isCalendarDate, isTimeZone } from '../../domain/calendarDate';
import type { CurrencyViewData, QuestionData } from '../../cards/actionData';
import type { DateRange } from '../../domain/dateRange';
import { isCurrencyCode, isGuid } from '../../domain/ids';
import { RANKINGS, type Ranking } from '../../domain/viewRequest';

/** Pages beyond this are forged: no report has 100,000 pages of anything. */
export const MAX_PAGE = 100_000;
const MAX_PHRASE_CHARS = 200;

/** A payload that does not match its verb's schema; `reason` names the field, never its value. */
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

/** The question every payload repeats: range, phrase, whether it was cut at today. */
export function questionFields(data: Record<string, unknown>): QuestionData {
  const range = rangeField(data);
  const { phrase, clippedToToday } = data;
  if (typeof phrase !== 'string' || phrase.length > MAX_PHRASE_CHARS) throw new PayloadRefused('phrase invalid');
  if (typeof clippedToToday !== 'boolean') throw new PayloadRefused('clippedToToday invalid');
  return { range, phrase, clippedToToday };
}

/** The question and an ISO 4217 currency code. */
export function currencyViewFields(data: Record<string, unknown>): CurrencyViewData {
  const question = questionFields(data);
  const { currency } = data;
  if (!isCurrencyCode(currency)) throw new PayloadRefused('currency invalid');
  return { ...question, currency };
}

/** A 0-based page number from 0 to MAX_PAGE. */
export function pageField(data: Record<string, unknown>): number {
  const { page } = data;
  if (typeof page !== 'number' || !Number.isSafeInteger(page) || page < 0 || page > MAX_PAGE) throw new PayloadRefused('page invalid');
  return page;
}

/** An Entra object id: a GUID, lower-cased. */
export function userIdField(data: Record<string, unknown>): string {
  const { userId } = data;
  if (!isGuid(userId)) throw new PayloadRefused('userId invalid');
  return userId.toLowerCase();
}

/** An ISO 3166 alpha-2 code in upper case, or '' for usage without a location. */
export function countryField(data: Record<string, unknown>): string {
  const { country } = data;
  if (typeof country !== 'string' || !/^([A-Z]{2})?$/.test(country)) throw new PayloadRefused('country invalid');
  return country;
}

/** cost, calls or minutes; cards sent before rankings existed carry none, which means cost. */
export function rankingField(data: Record<string, unknown>): Ranking {
  const { ranking } = data;
  if (ranking === undefined) return 'cost';
  const known = RANKINGS.find((name) => name === ranking);
  if (known === undefined) throw new PayloadRefused('ranking invalid');
  return known;
}
