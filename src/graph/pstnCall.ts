/** One conference dial-out call from Graph's PSTN call log (getPstnCalls), validated. */
import type { Charge } from '../domain/money';

/** A `pstnCallLogRow` with `callType` conf_out, as the bot keeps it. */
export interface PstnCall extends Charge {
  /** Unique per call: calls are deduplicated on it. */
  id: string;
  /** The meeting organizer the call is attributed to (lower-case object id). */
  userId: string;
  /** ISO 8601 instant. */
  startDateTime: string;
  durationSeconds: number;
  /** False when Graph gives no `charge` (then the charge is 0 and the card shows none). */
  hasCharge: boolean;
  /** ISO 4217, or '' when Graph gives none. */
  currency: string;
  /** Graph's free text, usually 'Domestic' or 'International'; '' when Graph gives none. */
  destinationContext: string;
  /** Country or region dialled, e.g. 'United Kingdom'; '' when Graph gives none. */
  destinationName: string;
  /** ISO 3166 alpha-2 of the user's location, upper case, or ''. */
  usageCountryCode: string;
}
