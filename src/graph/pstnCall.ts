/** One conference dial-out call from Graph's PSTN call log (getPstnCalls), validated. */

/** A `pstnCallLogRow` with `callType` conf_out, as the bot keeps it. */
export interface PstnCall {
  /** Unique per call: calls are deduplicated on it. */
  id: string;
  /** The meeting organizer the call is attributed to (lower-case object id). */
  userId: string;
  /** ISO 8601 instant. */
  startDateTime: string;
  durationSeconds: number;
  /** Graph's `charge`, in millionths of the currency unit. */
  chargeMicros: number;
  /** ISO 4217. */
  currency: string;
  /** 'Domestic', 'International', or '' when Graph gives none. */
  destinationContext: string;
  /** Country or region dialled, e.g. 'United Kingdom'; '' when Graph gives none. */
  destinationName: string;
  /** ISO 3166 alpha-2 of the user's location, upper case, or ''. */
  usageCountryCode: string;
}
