/** View requests for card tests: the report view of a question, and the request a button's payload stands for. */
import { checkCardAction } from '../../src/bot/cardActionSchema';
import type { DateRange } from '../../src/domain/dateRange';
import { reportRequest, type ViewRequest, type ViewRequestOf } from '../../src/domain/viewRequest';

const OCTOBER = { first: '2026-10-01', last: '2026-10-31', timeZone: 'UTC' };

/** The report view of `phrase` in USD, first page by cost, with `overrides` (a range cut at today is one the words reached past, unless said otherwise). */
export function reportView(
  overrides: { currency?: string; page?: number; phrase?: string; clippedToToday?: boolean; reachedPastToday?: boolean; ranking?: ViewRequest['ranking']; range?: DateRange } = {},
): ViewRequestOf<'report'> {
  const { currency = 'USD', page = 0, phrase = 'last month', clippedToToday = false, ranking = 'cost', range = OCTOBER } = overrides;
  const reachedPastToday = overrides.reachedPastToday ?? clippedToToday;
  return { ...reportRequest({ range, phrase, clippedToToday, reachedPastToday }, { currency }), page, ranking };
}

/** The request a button's payload stands for, read by the bot's own schema (throws when the bot would refuse it). */
export function pressed(payload: unknown): ViewRequest {
  const check = checkCardAction((payload as { verb?: unknown }).verb, payload);
  if (!check.ok) throw new Error(`payload refused: ${check.reason}`);
  return check.request;
}
