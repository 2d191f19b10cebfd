/** Validates the data a card button sends back; anything that does not match exactly is refused. */
import { isCalendarDate, isTimeZone } from '../calendar/calendarDate';
import { CARD_VERBS, type ShowSpendersData } from '../cards/actionData';

export type ActionCheck = { ok: true; data: ShowSpendersData } | { ok: false; reason: string };

const MAX_PAGE = 100_000;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * Checks a payload against the showSpenders schema; copies only known fields, so extra keys
 * (including `__proto__` or `constructor`) never travel further.
 */
export function checkCardAction(verb: unknown, data: unknown): ActionCheck {
  if (verb !== CARD_VERBS.showSpenders) return { ok: false, reason: 'unknown action' };
  if (!isPlainObject(data)) return { ok: false, reason: 'action data is not an object' };
  const range = data.range;
  if (!isPlainObject(range)) return { ok: false, reason: 'range missing' };
  const { first, last, timeZone } = range;
  if (typeof first !== 'string' || !isCalendarDate(first) || typeof last !== 'string' || !isCalendarDate(last) || first > last) {
    return { ok: false, reason: 'range days invalid' };
  }
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) return { ok: false, reason: 'time zone invalid' };
  const { currency, page, phrase, clippedToToday } = data;
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) return { ok: false, reason: 'currency invalid' };
  if (typeof page !== 'number' || !Number.isSafeInteger(page) || page < 0 || page > MAX_PAGE) return { ok: false, reason: 'page invalid' };
  if (typeof phrase !== 'string' || phrase.length > 200) return { ok: false, reason: 'phrase invalid' };
  if (typeof clippedToToday !== 'boolean') return { ok: false, reason: 'clippedToToday invalid' };
  return {
    ok: true,
    data: { verb: CARD_VERBS.showSpenders, range: { first, last, timeZone }, currency, page, phrase, clippedToToday },
  };
}
