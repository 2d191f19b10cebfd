/** The data `templates/summaryCard.json` binds to: every number and date is a pre-formatted string. */
import type { ActionButtonData } from './cardModels';

/** One line at the top of the card, in the attention style: over budget, International spike. */
export interface SummaryAlertData {
  text: string;
}

/** "1. Avery Admin" → "$120.00". */
export interface SummarySpenderData {
  rank: string;
  name: string;
  cost: string;
}

/** "Avery Admin" → "+$110.00 ($10.00 → $120.00)". */
export interface SummaryMoverData {
  name: string;
  change: string;
}

/** "United States" → "$1,234.00 (70.1%)": a usage location, where people may not be named. */
export interface SummaryCountryData {
  country: string;
  cost: string;
}

/** One currency's month with its comparisons. */
export interface SummaryCurrencyData {
  currency: string;
  cost: string;
  calls: string;
  minutes: string;
  /** "vs September 2026". */
  previousTitle: string;
  /** "+12.3% (+$134.00)", "new (was nothing)" or "no data". */
  vsPrevious: string;
  /** "vs October 2025". */
  lastYearTitle: string;
  vsLastYear: string;
  /** "$1,234.00 (70.1%)". */
  domestic: string;
  international: string;
  /** Empty where people may not be named. */
  topSpenders: SummarySpenderData[];
  /** "Biggest changes vs September 2026". */
  moversTitle: string;
  /** Empty where people may not be named. */
  movers: SummaryMoverData[];
  /** The top usage locations, only where people may not be named. */
  countries: SummaryCountryData[];
}

/** `templates/summaryCard.json`: last month's dial-out cost, posted by itself. */
export interface SummaryCardData {
  /** "Dial-out summary: October 2026". */
  title: string;
  /** "1 Oct 2026 – 31 Oct 2026 (Europe/Berlin)". */
  rangeText: string;
  demoTenant: boolean;
  alerts: SummaryAlertData[];
  isEmpty: boolean;
  emptyText: string;
  currencies: SummaryCurrencyData[];
  /** People may not be named here (a shared chat): the card says where they are named. */
  namesHidden: boolean;
  /** "Also used, not listed here: …", or ''. */
  unlistedCurrencies: string;
  /** The month holds the day it was read or the day before (posted on the 1st), which Graph has not fully reported yet (latencyNote.ts); '' otherwise. */
  latencyNote: string;
  /** The same month last year may be missing calls (retentionNote.ts); '' without that comparison. */
  retentionNote: string;
  /** The button that opens the month's full report card (none when the month is empty). */
  openReport: ActionButtonData[];
}
