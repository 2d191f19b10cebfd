/**
 * What someone asked to see: one view of the report, for one period, narrowed by filters, ranked and
 * paged. A typed question and a button press both become one; the bot answers it one way.
 */
import type { DateRange } from './dateRange';
import type { OrgDimension, OrgUnit } from './organisation';

/** The views the bot can show. */
export const VIEWS = ['report', 'person', 'calls', 'countries', 'country', 'destinations', 'trend', 'export', 'comparison', 'forecast', 'summary', 'breakdown', 'chargeback'] as const;
export type View = (typeof VIEWS)[number];

/** The most people a "top N" list shows; a larger N shows this many and says so. */
export const MAX_LISTED = 50;
/** The largest N a "top N" request carries (the number asked for, kept so the card can say it was cut). */
export const MAX_LIMIT_ASKED = 100_000;

/** What spenders can be ranked by. */
export const RANKINGS = ['cost', 'calls', 'minutes'] as const;
export type Ranking = (typeof RANKINGS)[number];

/** Where calls went, as the dial-out report names it. */
export const DESTINATIONS = ['Domestic', 'International'] as const;
export type Destination = (typeof DESTINATIONS)[number];

/** The period a request is about, as the user put it. */
export interface AskedPeriod {
  range: DateRange;
  /** The words that named the range ("last month"), repeated on cards. */
  phrase: string;
  /** True when the period runs on past today and the range was cut at today ("this month", "Q4" in November). */
  clippedToToday: boolean;
  /**
   * True when the words asked for days after today ("Q4" in November, "Oct 1 to Dec 31"), so the card
   * says the range was cut at today; false for a period meant so far ("this month", "this year"), cut all the same.
   */
  reachedPastToday: boolean;
}

/** What narrows a view. Absent means "not narrowed". */
export interface ViewFilters {
  /** ISO 4217, upper case; absent: the report's first currency. */
  currency?: string;
  /** One person: their Entra object id, lower case. */
  userId?: string;
  /** One usage location: ISO 3166 alpha-2 in upper case, '' for usage without a location. */
  country?: string;
  destination?: Destination;
  /** The people of one department, office, company, cost center or division (from the directory). */
  orgUnit?: OrgUnit;
}

/** The filters a view cannot be shown without (the person of the person view, …). */
export const REQUIRED_FILTERS = {
  report: [],
  person: ['userId'],
  calls: ['userId'],
  countries: [],
  country: ['country'],
  destinations: [],
  trend: [],
  export: [],
  comparison: [],
  forecast: [],
  summary: [],
  breakdown: [],
  chargeback: [],
} as const satisfies Record<View, ReadonlyArray<keyof ViewFilters>>;

/** How the earlier period of a comparison was chosen: named as it is, the same days a year earlier, or named but cut to the later one's days so far. */
export const BASELINE_KINDS = ['named', 'yearEarlier', 'cutToLength'] as const;
export type BaselineKind = (typeof BASELINE_KINDS)[number];

/** The earlier period of a comparison (the request's own period is the later one). */
export interface Baseline extends AskedPeriod {
  kind: BaselineKind;
}

/**
 * A request for view `V`, with the filters it requires present. A comparison also carries its earlier
 * period; a breakdown, what it groups people by; a forecast's period is the whole month or quarter that holds today.
 */
export type ViewRequestOf<V extends View> = AskedPeriod & {
  view: V;
  filters: ViewFilters & Required<Pick<ViewFilters, (typeof REQUIRED_FILTERS)[V][number]>>;
  ranking: Ranking;
  /** 0-based page of the view's list (spenders, calls, countries, people of a country). */
  page: number;
  /** "top 5": how many spenders the report view lists instead of pages (1–MAX_LIMIT_ASKED; it shows at most MAX_LISTED). */
  limit?: number;
} & (V extends 'comparison' ? { baseline: Baseline } : unknown) &
  (V extends 'breakdown' ? { dimension: OrgDimension } : unknown);

/** Any view request, told apart by its view. */
export type ViewRequest = { [V in View]: ViewRequestOf<V> }[View];

/**
 * The report view of a period, first page, ranked by cost: what a typed cost question asks.
 * @example reportRequest({ range, phrase: 'last month', clippedToToday: false }).view // 'report'
 */
export function reportRequest(period: AskedPeriod, filters: ViewFilters = {}): ViewRequestOf<'report'> {
  return { view: 'report', range: { ...period.range }, phrase: period.phrase, clippedToToday: period.clippedToToday, reachedPastToday: period.reachedPastToday, filters: { ...filters }, ranking: 'cost', page: 0 };
}

/**
 * The comparison of `current` (the later period) with `baseline`, in every currency.
 * @example comparisonRequest(october, { ...september, kind: 'named' }).view // 'comparison'
 */
export function comparisonRequest(current: AskedPeriod, baseline: Baseline): ViewRequestOf<'comparison'> {
  return { ...reportRequest(current), view: 'comparison', baseline: { ...baseline, range: { ...baseline.range } } };
}

/**
 * The forecast of `period`: the whole month or quarter that holds today.
 * @example forecastRequest({ range: december, phrase: 'what will this month cost', clippedToToday: false }).view // 'forecast'
 */
export function forecastRequest(period: AskedPeriod): ViewRequestOf<'forecast'> {
  return { ...reportRequest(period), view: 'forecast' };
}

/**
 * The cost of `period` per unit of `dimension` (department, office, cost center…).
 * @example breakdownRequest(lastQuarter, 'department').view // 'breakdown'
 */
export function breakdownRequest(period: AskedPeriod, dimension: OrgDimension, filters: ViewFilters = {}): ViewRequestOf<'breakdown'> {
  return { ...reportRequest(period, filters), view: 'breakdown', dimension };
}
