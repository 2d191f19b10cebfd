/** Checks one raw report row against the pstnOnlineMeetingDialoutReport shape and turns it into a DialoutRow. */
import { toMicros } from '../report/money';
import type { DialoutRow } from './dialoutRow';

const CURRENCY = /^[A-Z]{3}$/;
const COUNTRY = /^[A-Za-z]{2}$/;

function count(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

function text(value: unknown): string | undefined {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : undefined;
}

/**
 * Returns the row, or the name of the first field that is wrong. Only field names are
 * reported: rows carry personal data that must not reach logs.
 */
export function validateDialoutRow(raw: unknown): DialoutRow | { invalidField: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { invalidField: '(row)' };
  const row = raw as Record<string, unknown>;
  const userId = row.userId;
  if (typeof userId !== 'string' || userId === '') return { invalidField: 'userId' };
  const userPrincipalName = text(row.userPrincipalName);
  if (userPrincipalName === undefined) return { invalidField: 'userPrincipalName' };
  const userDisplayName = text(row.userDisplayName);
  if (userDisplayName === undefined) return { invalidField: 'userDisplayName' };
  const usageLocation = text(row.usageLocation);
  if (usageLocation === undefined || (usageLocation !== '' && !COUNTRY.test(usageLocation))) {
    return { invalidField: 'usageLocation' };
  }
  const destinationContext = row.destinationContext;
  if (destinationContext !== 'Domestic' && destinationContext !== 'International') {
    return { invalidField: 'destinationContext' };
  }
  const currency = row.currency;
  if (typeof currency !== 'string' || !CURRENCY.test(currency)) return { invalidField: 'currency' };
  const totalCalls = count(row.totalCalls);
  if (totalCalls === undefined) return { invalidField: 'totalCalls' };
  const totalCallSeconds = count(row.totalCallSeconds);
  if (totalCallSeconds === undefined) return { invalidField: 'totalCallSeconds' };
  const chargeMicros = toMicros(row.totalCallCharge);
  if (chargeMicros === undefined) return { invalidField: 'totalCallCharge' };
  return {
    userId,
    userPrincipalName,
    userDisplayName,
    usageLocation: usageLocation.toUpperCase(),
    destinationContext,
    currency,
    totalCalls,
    chargeMicros,
    totalCallSeconds,
  };
}
