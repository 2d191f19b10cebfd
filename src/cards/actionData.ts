/** The data that report-card buttons carry back to the bot (Action.Execute and its Action.Submit fallback). */
import type { DateRange } from '../questions/question';

/** Card verbs, kept in one place: the bot refuses any other. */
export const CARD_VERBS = { showSpenders: 'showSpenders' } as const;

/** "Next 10" / "Previous" / currency switch: which page of which currency's spenders to show. */
export interface ShowSpendersData {
  verb: typeof CARD_VERBS.showSpenders;
  range: DateRange;
  currency: string;
  /** 0-based page of `SPENDERS_PAGE_SIZE` spenders. */
  page: number;
  /** The question as understood, repeated on the replacement card. */
  phrase: string;
  clippedToToday: boolean;
}

export const SPENDERS_PAGE_SIZE = 10;
