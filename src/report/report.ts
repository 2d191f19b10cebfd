/** The aggregated dial-out report for one date range: what cards are built from. */
import type { DateRange } from '../questions/question';

/** Calls, seconds and charge (in millionths of the currency unit) of one slice. */
export interface Usage {
  calls: number;
  seconds: number;
  chargeMicros: number;
}

/** A person's usage in one currency, merged over countries, destinations and windows. */
export interface Spender extends Usage {
  userId: string;
  userPrincipalName: string;
  userDisplayName: string;
  /** Usage locations seen for this person, sorted. */
  countries: string[];
}

/** Everything in one currency: amounts of different currencies are never added. */
export interface CurrencyReport {
  currency: string;
  total: Usage;
  domestic: Usage;
  international: Usage;
  /** Sorted by charge, highest first; ties by calls, then by UPN. */
  spenders: Spender[];
}

export interface Report {
  range: DateRange;
  /** Sorted by number of spenders, most first (the tenant's billing currency leads). */
  currencies: CurrencyReport[];
  /** Rows and pages read from Graph to build it. */
  rowCount: number;
  pageCount: number;
  /** ISO instant the data was fetched. */
  fetchedAt: string;
}
