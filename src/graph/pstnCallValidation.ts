/**
 * Checks one raw `pstnCallLogRow`: rows of other people and other call types pass unread. A kept row
 * needs its id and start (they make the call, and calls are deduplicated on the id); every other
 * property is nullable, and only a negative or non-numeric duration or a charge that is not a decimal fails.
 */
import { readAmount, setCharge } from '../domain/money';
import { letterCode } from './dialoutRowValidation';
import type { PstnCall } from './pstnCall';

/** The call type of conference dial-out. */
export const CONF_OUT = 'conf_out';

/** A row to keep, a row of someone else or of another type, or the first field that is wrong. */
export type CallRowRead = { call: PstnCall } | { skip: true } | { invalidField: string };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function count(value: unknown): number | undefined {
  if (value === null || value === undefined) return 0;
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
  const { callType } = row;
  if (callType !== CONF_OUT && (typeof callType !== 'string' || callType.toLowerCase() !== CONF_OUT)) return { skip: true };
  if (typeof row.userId !== 'string' || row.userId.toLowerCase() !== userId) return { skip: true };
  const { id, startDateTime } = row;
  if (typeof id !== 'string' || id === '') return { invalidField: 'id' };
  if (typeof startDateTime !== 'string' || !ISO_INSTANT.test(startDateTime) || Number.isNaN(Date.parse(startDateTime))) {
    return { invalidField: 'startDateTime' };
  }
  const durationSeconds = count(row.duration);
  if (durationSeconds === undefined) return { invalidField: 'duration' };
  const hasCharge = row.charge !== null && row.charge !== undefined;
  const amount = hasCharge ? readAmount(row.charge) : 0;
  if (amount === undefined) return { invalidField: 'charge' };
  const call: PstnCall = {
    id,
    userId,
    startDateTime: new Date(Date.parse(startDateTime)).toISOString(),
    durationSeconds,
    hasCharge,
    chargeMicros: 0,
    currency: letterCode(row.currency, 3),
    destinationContext: text(row.destinationContext),
    destinationName: text(row.destinationName),
    usageCountryCode: letterCode(row.usageCountryCode, 2),
  };
  setCharge(call, amount);
  return { call };
}
