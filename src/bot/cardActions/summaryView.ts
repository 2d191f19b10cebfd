/** The monthly summary card of one whole month, on demand ("summary for October"), built as the monthly post builds it. */
import { summaryCard } from '../../cards/summaryCard';
import type { ViewRequestOf } from '../../domain/viewRequest';
import { cardOrError, type ActionTurn, type CardActionServices, type CardAnswer } from './cardAction';

/**
 * The summary of the request's month (the reader asks only for whole months that have ended), with names
 * hidden where the summary hides them: group chats and channels unless SHOW_NAMES_IN_SHARED_CHATS.
 * @example summaryAnswer(request, turn, services)
 */
export function summaryAnswer(request: ViewRequestOf<'summary'>, turn: ActionTurn, services: CardActionServices): CardAnswer {
  return {
    kind: 'replace',
    card: cardOrError(turn, 'summary', async () => summaryCard(await services.summaries.month(request.range, turn.admit), turn.cardOptions)),
  };
}
