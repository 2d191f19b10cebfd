/** Checks one raw `pstnCallLogRow`: rows of other people and other call types pass unread; a kept row is validated whole. */
import { isCurrencyCode } from '../domain/ids';
import { toMicros } from '../domain/money';
import type { PstnCall } from './pstnCall';

/** The call type of conference dial-out. */
export const CONF_OUT = 'conf_out';

/** A row to keep, a row of someone else or of another type, or the first field that is wrong. */
export type CallRowRead = { call: PstnCall } | { skip: true } | { invalidField: string };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/;

function optionalText(value: unknown): string | undefined {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : undefined;
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/**
 * Reads `raw` when it is a conf_out call of `userId` (lower case). Only the fields needed to tell
 * whose call it is are read from other rows, so an unusual row of someone else never fails the answer.
 * Field names, never values, are reported: rows carry personal data.
 * @example readPstnCall(page.value[0], '5f3c…') // { skip: true } for another user's call
 */
export function readPstnCall(raw: unknown, userId: string): CallRowRead {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { invalidField: '(row)' };
  const row = raw as Record<string, unknown>;
  if (row.callType !== CONF_OUT) return { skip: true };
  if (typeof row.userId !== 'string' || row.userId.toLowerCase() !== userId) return { skip: true };
  const { id, startDateTime, currency } = row;
  if (typeof id !== 'string' || id === '') return { invalidField: 'id' };
  if (typeof startDateTime !== 'string' || !ISO_INSTANT.test(startDateTime) || Number.isNaN(Date.parse(startDateTime))) {
    return { invalidField: 'startDateTime' };
  }
  const durationSeconds = count(row.duration);
  if (durationSeconds === undefined) return { invalidField: 'duration' };
  const chargeMicros = toMicros(row.charge);
  if (chargeMicros === undefined) return { invalidField: 'charge' };
  if (!isCurrencyCode(currency)) return { invalidField: 'currency' };
  const destinationContext = optionalText(row.destinationContext);
  if (destinationContext === undefined) return { invalidField: 'destinationContext' };
  const destinationName = optionalText(row.destinationName);
  if (destinationName === undefined) return { invalidField: 'destinationName' };
  const usageCountryCode = optionalText(row.usageCountryCode);
  if (usageCountryCode === undefined || !/^([A-Za-z]{2})?$/.test(usageCountryCode)) return { invalidField: 'usageCountryCode' };
  return {
    call: {
      id,
      userId,
      startDateTime: new Date(Date.parse(startDateTime)).toISOString(),
      durationSeconds,
      chargeMicros,
      currency,
      destinationContext,
      destinationName,
      usageCountryCode: usageCountryCode.toUpperCase(),
    },
  };
}
