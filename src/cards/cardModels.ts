/** The card types every card shares, and the data the message-card templates in ./templates bind to: every number and date is a pre-formatted string. */
import type { ViewPayload } from './actionData';

/** A rendered Adaptive Card, ready for `CardFactory.adaptiveCard` or an invoke response. */
export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  version: string;
  [key: string]: unknown;
}

/** How to present any card: the user's locale (BCP 47; bad tags fall back to en-US), the data source, and privacy. */
export interface CardOptions {
  locale: string;
  demoTenant: boolean;
  /** False in group chats and channels unless SHOW_NAMES_IN_SHARED_CHATS: then no card names a person. */
  showNames: boolean;
}

/** A button that sends a card verb back to the bot (Action.Execute with an Action.Submit fallback). */
export interface ActionButtonData {
  title: string;
  data: ViewPayload;
}

/** A button that asks `value` as if the user had typed it (Action.Submit with `{ ask }`). */
export interface ExampleButtonData {
  title: string;
  value: string;
}

/** A pick list of people or countries with the button that opens the pick (the pick travels as `inputId` in the payload). */
export interface PickData {
  inputId: string;
  label: string;
  choices: Array<{ title: string; value: string }>;
  /** The first choice, so a press without a pick still opens something. */
  value: string;
  button: ActionButtonData[];
}

/** The filters a card is narrowed by (filterChips.ts): one line, and a chip per filter with the button that drops it. */
export interface FiltersData {
  /** "Germany (DE) (usage location) · International"; '' when not narrowed. */
  narrowed: string;
  chips: Array<{ text: string; drop: ActionButtonData[] }>;
}

/** `header` in `templates/viewFrame.json`: the top of every drilled-down card. */
export interface ViewHeaderData {
  title: string;
  phrase: string;
  rangeText: string;
  /** The words reached past today: the range was cut at today, and the card says so. */
  reachedPastToday: boolean;
  /** The range holds today or yesterday, which Graph has not fully reported yet (latencyNote.ts); '' when it holds neither. */
  latencyNote: string;
  demoTenant: boolean;
  filters: FiltersData;
}

/** A Chart.HorizontalBar of the page's spenders and the table it falls back to, with the same figures. */
export interface SpendersChart {
  title: string;
  /** The page's people, then the scale bar (see spendersChart); `color` is a Teams chart colour. */
  bars: Array<{ x: string; y: number; color: string }>;
  rows: Array<{ name: string; value: string }>;
}

/** Totals of one currency, for `templates/reportCard.json`. */
export interface CurrencyTotalsData {
  currency: string;
  cost: string;
  calls: string;
  minutes: string;
  domesticCost: string;
  domesticShare: string;
  internationalCost: string;
  internationalShare: string;
  /** The rows Graph gave no destination: at most one entry, none when there are none. */
  unknownDestination: Array<{ cost: string; share: string }>;
  /** "Show EUR spenders": empty for the currency whose spenders are shown. */
  switchTo: ActionButtonData[];
}

/** One row of the spenders table. */
export interface SpenderRowData {
  rank: string;
  name: string;
  upn: string;
  countries: string;
  calls: string;
  minutes: string;
  cost: string;
}

/** `templates/reportCard.json`: the answer to a cost question. */
export interface ReportCardData {
  /** The question as understood (the user's words, clipped). */
  phrase: string;
  filters: FiltersData;
  /** "1 Oct 2026 – 31 Oct 2026 (Europe/Berlin)". */
  rangeText: string;
  /** The words reached past today: the range was cut at today, and the card says so. */
  reachedPastToday: boolean;
  /** The range holds today or yesterday, which Graph has not fully reported yet (latencyNote.ts); '' when it holds neither. */
  latencyNote: string;
  /** Older days may be missing calls (retentionNote.ts); '' when the range is recent enough. */
  retentionNote: string;
  demoTenant: boolean;
  isEmpty: boolean;
  /** "No dial-out usage recorded between … and …" (only read when `isEmpty`). */
  emptyText: string;
  /** Totals of the first few currencies, always including the one whose spenders are shown. */
  currencies: CurrencyTotalsData[];
  /** "Also used, not listed here: 3 more currencies (…)", or '' when all are listed. */
  unlistedCurrencies: string;
  /** "2 rows had no charge …; the cost totals exclude them", or '' when every row had both. */
  unknownRows: string;
  hasSpenders: boolean;
  spendersTitle: string;
  /** "Showing 11–20 of 523 people". */
  spendersShowing: string;
  spenders: SpenderRowData[];
  /** "Rank by calls", "Rank by minutes": the rankings not shown. */
  rankings: ActionButtonData[];
  /** Names may not be shown here (a shared chat): the card says where they are shown instead. */
  namesHidden: boolean;
  /** The currency whose usage locations are listed when names are hidden. */
  namesHiddenCurrency: string;
  /** With names hidden: the top usage locations instead of the spenders. */
  countries: Array<{ country: string; calls: string; minutes: string; cost: string; share: string }>;
  /** The page's spenders as a Chart.HorizontalBar (at most one), with its fallback rows. */
  chart: SpendersChart[];
  /** "See one person" (at most one). */
  pick: PickData[];
  /** Countries, Destinations, Trend, Export CSV. */
  views: ActionButtonData[];
  /** Previous / Next, in that order, each only when there is such a page. */
  navigation: ActionButtonData[];
}

/** `templates/helpCard.json`: what the bot does and what to ask; also the welcome message. */
export interface HelpCardData {
  examples: ExampleButtonData[];
  demoTenant: boolean;
}

/** `templates/notUnderstoodCard.json`: why a question could not be answered, and what to ask instead. */
export interface NotUnderstoodCardData {
  title: string;
  message: string;
  examples: ExampleButtonData[];
}

/** `templates/errorCard.json`: what failed, what to try, and the references support needs. */
export interface ErrorCardData {
  title: string;
  detail: string;
  whatToTry: string;
  hasReference: boolean;
  /** "Error code: Forbidden · Request id: 7c1e…" (only read when `hasReference`). */
  reference: string;
}
