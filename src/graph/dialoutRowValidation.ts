/**
 * Checks one raw report row and reads it into a DialoutRow. Every property of the row is nullable
 * in Graph's schema, so only a row that is not an object, a count that is negative or not a
 * number, or a charge that is not a decimal fails; anything else missing is read as unknown.
 */
import { isUpperLetter } from '../domain/ids';
import { readAmount, setCharge } from '../domain/money';
import type { DestinationContext, DialoutRow } from './dialoutRow';

function isLetter(code: number): boolean {
  return isUpperLetter(code) || (code >= 97 && code <= 122);
}

/** `length` letters in either case, upper-cased; '' for anything else (unknown). */
export function letterCode(value: unknown, length: number): string {
  if (typeof value !== 'string' || value.length !== length) return '';
  let upper = true;
  for (let i = 0; i < length; i += 1) {
    const code = value.charCodeAt(i);
    if (!isLetter(code)) return '';
    upper &&= isUpperLetter(code);
  }
  return upper ? value : value.toUpperCase();
}

/**
 * Domestic or International in any case; Unknown for null, '' or any other value.
 * @example destinationOf('international') // 'International'
 */
export function destinationOf(value: unknown): DestinationContext {
  if (value === 'Domestic' || value === 'International') return value;
  if (typeof value !== 'string') return 'Unknown';
  const lower = value.toLowerCase();
  return lower === 'domestic' ? 'Domestic' : lower === 'international' ? 'International' : 'Unknown';
}

/** A count: a non-negative safe integer, as a number or digit string; null counts as 0; undefined when broken. */
function count(value: unknown): number | undefined {
  if (value === null || value === undefined) return 0;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A row to be filled by `readDialoutRow`. */
export function blankDialoutRow(): DialoutRow {
  return {
    userId: '',
    userPrincipalName: '',
    userDisplayName: '',
    usageLocation: '',
    destinationContext: 'Domestic',
    currency: '',
    totalCalls: 0,
    totalCallSeconds: 0,
    chargeMicros: 0,
    chargeRest: undefined,
    hasCharge: true,
  };
}

/**
 * Checks `raw` and, when it is readable, overwrites every field of `into` with it; returns the
 * name of the first broken field otherwise (then `into` holds no meaningful row). Reusing one
 * `into` for a whole page keeps the hot path free of per-row allocations. Only field names
 * are reported: rows carry personal data that must not reach logs.
 * @example const row = blankDialoutRow(); readDialoutRow(page.value[0], row) // undefined, and row is filled
 */
export function readDialoutRow(raw: unknown, into: DialoutRow): string | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return '(row)';
  const row = raw as Record<string, unknown>;
  const totalCalls = count(row.totalCalls);
  if (totalCalls === undefined) return 'totalCalls';
  const totalCallSeconds = count(row.totalCallSeconds);
  if (totalCallSeconds === undefined) return 'totalCallSeconds';
  const charge = row.totalCallCharge;
  const hasCharge = charge !== null && charge !== undefined;
  const amount = hasCharge ? readAmount(charge) : 0;
  if (amount === undefined) return 'totalCallCharge';
  into.userId = text(row.userId);
  into.userPrincipalName = text(row.userPrincipalName);
  into.userDisplayName = text(row.userDisplayName);
  into.usageLocation = letterCode(row.usageLocation, 2);
  into.destinationContext = destinationOf(row.destinationContext);
  into.currency = letterCode(row.currency, 3);
  into.totalCalls = totalCalls;
  into.totalCallSeconds = totalCallSeconds;
  into.hasCharge = hasCharge;
  setCharge(into, amount);
  return undefined;
}

/**
 * Returns the row as a new object, or the name of the first field that is broken.
 * @example validateDialoutRow({ totalCalls: -1 }) // { invalidField: 'totalCalls' }
 */
export function validateDialoutRow(raw: unknown): DialoutRow | { invalidField: string } {
  const row = blankDialoutRow();
  const invalidField = readDialoutRow(raw, row);
  return invalidField === undefined ? row : { invalidField };
}
