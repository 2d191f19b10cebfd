/** The data that card buttons carry back to the bot (Action.Execute and its Action.Submit fallback), verb by verb. */
import type { DateRange } from '../domain/dateRange';
import type { Ranking } from '../domain/viewRequest';

/** Card verbs, kept in one place: the bot refuses any other. */
export const CARD_VERBS = {
  /** The report card: a page of one currency's spenders in one ranking (also "Back to summary"). */
  showSpenders: 'showSpenders',
  /** The monthly summary's button: the report card as a new message, so the summary stays. */
  openReport: 'openReport',
  showPerson: 'showPerson',
  showCalls: 'showCalls',
  showCountries: 'showCountries',
  /** The people of one usage location. */
  showCountry: 'showCountry',
  showDestinations: 'showDestinations',
  showTrend: 'showTrend',
  exportCsv: 'exportCsv',
} as const;

export type CardVerb = (typeof CARD_VERBS)[keyof typeof CARD_VERBS];

/** What every button repeats: the question, so the bot can rebuild any view from it alone. */
export interface QuestionData {
  range: DateRange;
  /** The question as understood, repeated on the card. */
  phrase: string;
  clippedToToday: boolean;
}

/** A view of one currency of the report. */
export interface CurrencyViewData extends QuestionData {
  currency: string;
}

/** "Next 10" / "Previous" / currency and ranking switches / "Back to summary". */
export interface ShowSpendersData extends CurrencyViewData {
  verb: typeof CARD_VERBS.showSpenders;
  /** 0-based page of `SPENDERS_PAGE_SIZE` spenders. */
  page: number;
  /** Absent on cards sent before rankings existed: by cost. */
  ranking?: Ranking;
}

/** The summary's "Open the … report": like showSpenders, answered with a new message. */
export interface OpenReportData extends CurrencyViewData {
  verb: typeof CARD_VERBS.openReport;
  page: number;
  ranking?: Ranking;
}

/** One person: their rows, share and monthly trend. */
export interface ShowPersonData extends CurrencyViewData {
  verb: typeof CARD_VERBS.showPerson;
  /** Entra object id (GUID). */
  userId: string;
}

/** One person's individual calls, a page at a time. */
export interface ShowCallsData extends CurrencyViewData {
  verb: typeof CARD_VERBS.showCalls;
  userId: string;
  page: number;
}

/** Spend by usage location. */
export interface ShowCountriesData extends CurrencyViewData {
  verb: typeof CARD_VERBS.showCountries;
  page: number;
}

/** The people of one usage location, a page at a time. */
export interface ShowCountryData extends CurrencyViewData {
  verb: typeof CARD_VERBS.showCountry;
  /** ISO 3166 alpha-2, upper case. */
  country: string;
  page: number;
}

/** Domestic vs International, for the range and per period. */
export interface ShowDestinationsData extends CurrencyViewData {
  verb: typeof CARD_VERBS.showDestinations;
}

/** Cost per period, the change against the previous period, the biggest movers. */
export interface ShowTrendData extends CurrencyViewData {
  verb: typeof CARD_VERBS.showTrend;
}

/** The aggregated rows of the range as a CSV file (every currency). */
export interface ExportCsvData extends QuestionData {
  verb: typeof CARD_VERBS.exportCsv;
}

/** Any valid action payload, told apart by its verb. */
export type CardActionData =
  | ShowSpendersData
  | OpenReportData
  | ShowPersonData
  | ShowCallsData
  | ShowCountriesData
  | ShowCountryData
  | ShowDestinationsData
  | ShowTrendData
  | ExportCsvData;

/** The payload of one verb. */
export type DataOf<V extends CardVerb> = Extract<CardActionData, { verb: V }>;

export const SPENDERS_PAGE_SIZE = 10;
/** Calls per page of a person's calls. */
export const CALLS_PAGE_SIZE = 12;
/** Countries per page of the countries view. */
export const COUNTRIES_PAGE_SIZE = 12;
