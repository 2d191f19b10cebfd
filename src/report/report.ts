/** The aggregated dial-out report for one date range: what cards are built from. */
import type { DestinationContext } from '../graph/dialoutRow';
import type { DateRange } from '../domain/dateRange';
import type { Charge } from '../domain/money';

/** Calls, seconds and charge (in millionths of the currency unit; see Charge for the rare exact decimal) of one slice. */
export interface Usage extends Charge {
  calls: number;
  seconds: number;
}

/** A person's usage from one usage location to one destination context: their report row, merged over windows. */
export interface SpenderSlice extends Usage {
  /** ISO 3166 alpha-2, or '' when Graph gave none. */
  country: string;
  destination: DestinationContext;
}

/** The display name of the line of rows without a user. */
export const UNKNOWN_PERSON = 'Unknown person';

/** A person's usage in one currency, merged over countries, destinations and windows. */
export interface Spender extends Usage {
  /** '' for the one line that gathers the rows Graph gave no user (named UNKNOWN_PERSON). */
  userId: string;
  userPrincipalName: string;
  userDisplayName: string;
  /** Usage locations seen for this person, sorted (shared with others when it is one location: never changed in place). */
  countries: readonly string[];
  /**
   * The usage location and destination of the person's first row. Their rows there are not kept apart:
   * they are the person's usage minus `otherSlices` (see spenderSlices.ts), which keeps the common
   * case — one country, one destination — free of any work per row.
   */
  firstCountry: string;
  firstDestination: DestinationContext;
  /** Their rows from any other location or destination; undefined for most people. */
  otherSlices: SpenderSlice[] | undefined;
}

/** Everything in one currency: amounts of different currencies are never added. */
export interface CurrencyReport {
  /** ISO 4217, or '' for the rows Graph gave no currency (their own group, never added to a currency). */
  currency: string;
  total: Usage;
  domestic: Usage;
  international: Usage;
  /** Rows whose destination Graph did not give (null, '' or another value). */
  unknownDestination: Usage;
  /** Rows without a charge: counted in calls and minutes, not in cost. */
  rowsWithoutCharge: number;
  /** Sorted by charge, highest first; ties by calls, then by UPN. */
  spenders: Spender[];
}

export interface Report {
  range: DateRange;
  /** Sorted by number of spenders, most first (the tenant's billing currency leads). */
  currencies: CurrencyReport[];
  /** Rows and pages read from Graph to build it. */
  rowCount: number;
  /** Rows without a charge (in any currency group) and rows without a currency: no cost total includes them. */
  rowsWithoutCharge: number;
  rowsWithoutCurrency: number;
  pageCount: number;
  /** ISO instant the data was fetched. */
  fetchedAt: string;
}
