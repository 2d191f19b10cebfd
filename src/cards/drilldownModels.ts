/** The data the drilled-down templates bind to (person, calls, countries, country, destinations, trend): pre-formatted strings, and numbers only inside chart data. */
import type { ActionButtonData, PickData, ViewHeaderData } from './cardModels';

/** A title and a value, for FactSets. */
export interface FactData {
  title: string;
  value: string;
}

/** One series of a Chart.Line: `values` are the exact figures the fallback table shows. */
export interface LineSeriesData {
  legend: string;
  /** A Teams chart colour ("categoricalBlue"); partial periods take a lighter shade (see trendSeries). */
  color?: string;
  values: Array<{ x: string; y: number }>;
}

/** One slice of a Chart.Donut. */
export interface DonutSliceData {
  legend: string;
  value: number;
}

/** `templates/personCard.json`. */
export interface PersonCardData {
  header: ViewHeaderData;
  found: boolean;
  notFoundText: string;
  name: string;
  upn: string;
  currency: string;
  facts: FactData[];
  slices: Array<{ country: string; destination: string; calls: string; minutes: string; cost: string }>;
  /** Said when only the largest rows are listed. */
  moreSlices: string;
  hasTrend: boolean;
  /** "Cost per month". */
  trendTitle: string;
  trendAxis: string;
  trendChart: LineSeriesData[];
  /** The value axis' round end (see niceAxis). */
  trendMax: number;
  /** Names the partial periods, drawn lighter; '' when every period is whole. */
  partialNote: string;
  trendRows: Array<{ period: string; cost: string }>;
  actions: ActionButtonData[];
}

/** `templates/callsCard.json`. */
export interface CallsCardData {
  header: ViewHeaderData;
  name: string;
  /** "Calls 13–24 of 5,000". */
  showing: string;
  totals: FactData[];
  /** Whether the listed calls match the report's rows for the person, said in words. */
  check: string;
  hasCalls: boolean;
  emptyText: string;
  calls: Array<{ start: string; destination: string; duration: string; charge: string }>;
  actions: ActionButtonData[];
}

/** `templates/countriesCard.json`. */
export interface CountriesCardData {
  header: ViewHeaderData;
  currency: string;
  isEmpty: boolean;
  emptyText: string;
  /** A Chart.HorizontalBar: each location named beside its bar (a donut's legend shows only two of eight). */
  bars: Array<{ x: string; y: number }>;
  barRows: Array<{ legend: string; cost: string }>;
  /** "Countries 1–12 of 14". */
  showing: string;
  countries: Array<{ country: string; people: string; calls: string; minutes: string; cost: string; share: string }>;
  pick: PickData[];
  navigation: ActionButtonData[];
  actions: ActionButtonData[];
}

/** `templates/countryCard.json`. */
export interface CountryCardData {
  header: ViewHeaderData;
  found: boolean;
  notFoundText: string;
  facts: FactData[];
  showing: string;
  people: Array<{ rank: string; name: string; upn: string; calls: string; minutes: string; cost: string }>;
  pick: PickData[];
  navigation: ActionButtonData[];
  actions: ActionButtonData[];
}

/** `templates/destinationsCard.json`. */
export interface DestinationsCardData {
  header: ViewHeaderData;
  currency: string;
  isEmpty: boolean;
  emptyText: string;
  donut: DonutSliceData[];
  split: Array<{ destination: string; calls: string; minutes: string; cost: string; share: string }>;
  periodTitle: string;
  periodAxis: string;
  periodChart: LineSeriesData[];
  /** The chart's value axis ends here (see niceAxis). */
  periodMax: number;
  /** Names the partial periods drawn apart; '' when all are whole. */
  partialNote: string;
  periods: Array<{ period: string; domestic: string; international: string }>;
  actions: ActionButtonData[];
}

/** `templates/trendCard.json`. */
export interface TrendCardData {
  header: ViewHeaderData;
  currency: string;
  isEmpty: boolean;
  emptyText: string;
  trendTitle: string;
  trendAxis: string;
  trendChart: LineSeriesData[];
  /** The chart's value axis ends here (see niceAxis). */
  trendMax: number;
  /** Names the partial periods drawn apart; '' when all are whole. */
  partialNote: string;
  trendRows: Array<{ period: string; calls: string; minutes: string; cost: string }>;
  /** "Compared with October 2026": the range's calendar baseline (see periodBaseline). */
  against: string;
  /** "+18.2% vs October 2026: $1,234.00 → $1,458.00". */
  change: string;
  moversTitle: string;
  movers: FactData[];
  /** Set instead of movers where names may not be shown. */
  moversNote: string;
  pick: PickData[];
  actions: ActionButtonData[];
}

/** `templates/noticeCard.json`: a short card with a title, a text and buttons (names hidden, exports in personal chat, progress). */
export interface NoticeCardData {
  title: string;
  text: string;
  demoTenant: boolean;
  actions: ActionButtonData[];
  /** Buttons that open a link (the bot's personal chat). */
  links: Array<{ title: string; url: string }>;
}
