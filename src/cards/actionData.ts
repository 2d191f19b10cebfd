/** The data card buttons carry back to the bot (Action.Execute and its Action.Submit fallback): a view request, serialised. */
import type { OrgDimension } from '../domain/organisation';
import type { AskedPeriod, Baseline, Ranking, View, ViewFilters } from '../domain/viewRequest';

/** Card verbs, kept in one place: the bot refuses any other. */
export const CARD_VERBS = {
  /** Shows the view in place of the pressed card. */
  view: 'view',
  /** Posts the view as a new message and leaves the pressed card as it is (the monthly summary's button). */
  openView: 'openView',
} as const;

export type CardVerb = (typeof CARD_VERBS)[keyof typeof CARD_VERBS];

/**
 * A ViewRequest as a button carries it. Flat, so that Teams, which merges a card's input values into
 * the data of the pressed button, sets the filter a pick list names (input ids `userId` and `country`).
 */
export interface ViewPayload extends AskedPeriod, ViewFilters {
  verb: CardVerb;
  view: View;
  ranking: Ranking;
  page: number;
  /** A comparison's earlier period. */
  baseline?: Baseline;
  /** What a breakdown groups people by. */
  dimension?: OrgDimension;
  /** "top 5": carried by the report view's buttons (ranking, currency, back to summary). */
  limit?: number;
}

export const SPENDERS_PAGE_SIZE = 10;
/** Calls per page of a person's calls. */
export const CALLS_PAGE_SIZE = 12;
/** Countries per page of the countries view. */
export const COUNTRIES_PAGE_SIZE = 12;
