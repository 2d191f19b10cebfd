/** Checks one raw report row against the pstnOnlineMeetingDialoutReport shape and reads it into a DialoutRow. */
import { isCurrencyCode, isUpperLetter } from '../domain/ids';
import { toMicros } from '../domain/money';
import type { DialoutRow } from './dialoutRow';

function isLetter(code: number): boolean {
  return isUpperLetter(code) || (code >= 97 && code <= 122);
}

/** ISO 3166 alpha-2 in either case, upper-cased; undefined when it is not two letters. */
function countryCode(value: string): string | undefined {
  if (value.length !== 2) return undefined;
  const first = value.charCodeAt(0);
  const second = value.charCodeAt(1);
  if (!isLetter(first) || !isLetter(second)) return undefined;
  return isUpperLetter(first) && isUpperLetter(second) ? value : value.toUpperCase();
}

function count(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

function text(value: unknown): string | undefined {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : undefined;
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
    chargeMicros: 0,
    totalCallSeconds: 0,
  };
}

/**
 * Checks `raw` and, when it is valid, overwrites every field of `into` with it; returns the
 * name of the first wrong field otherwise (then `into` holds no meaningful row). Reusing one
 * `into` for a whole page keeps the hot path free of per-row allocations. Only field names
 * are reported: rows carry personal data that must not reach logs.
 * @example const row = blankDialoutRow(); readDialoutRow(page.value[0], row) // undefined, and row is filled
 */
export function readDialoutRow(raw: unknown, into: DialoutRow): string | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return '(row)';
  const row = raw as Record<string, unknown>;
  const userId = row.userId;
  if (typeof userId !== 'string' || userId === '') return 'userId';
  const userPrincipalName = text(row.userPrincipalName);
  if (userPrincipalName === undefined) return 'userPrincipalName';
  const userDisplayName = text(row.userDisplayName);
  if (userDisplayName === undefined) return 'userDisplayName';
  const location = text(row.usageLocation);
  const usageLocation = location === '' ? '' : location === undefined ? undefined : countryCode(location);
  if (usageLocation === undefined) return 'usageLocation';
  const destinationContext = row.destinationContext;
  if (destinationContext !== 'Domestic' && destinationContext !== 'International') return 'destinationContext';
  const currency = row.currency;
  if (typeof currency !== 'string' || !isCurrencyCode(currency)) return 'currency';
  const totalCalls = count(row.totalCalls);
  if (totalCalls === undefined) return 'totalCalls';
  const totalCallSeconds = count(row.totalCallSeconds);
  if (totalCallSeconds === undefined) return 'totalCallSeconds';
  const chargeMicros = toMicros(row.totalCallCharge);
  if (chargeMicros === undefined) return 'totalCallCharge';
  into.userId = userId;
  into.userPrincipalName = userPrincipalName;
  into.userDisplayName = userDisplayName;
  into.usageLocation = usageLocation;
  into.destinationContext = destinationContext;
  into.currency = currency;
  into.totalCalls = totalCalls;
  into.chargeMicros = chargeMicros;
  into.totalCallSeconds = totalCallSeconds;
  return undefined;
}

/**
 * Returns the row as a new object, or the name of the first field that is wrong.
 * @example validateDialoutRow({ userId: '' }) // { invalidField: 'userId' }
 */
export function validateDialoutRow(raw: unknown): DialoutRow | { invalidField: string } {
  const row = blankDialoutRow();
  const invalidField = readDialoutRow(raw, row);
  return invalidField === undefined ? row : { invalidField };
}
