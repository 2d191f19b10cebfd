/** showSpenders: the report card at a page of one currency's spenders in one ranking; also "Back to summary". */
import { CARD_VERBS, type ShowSpendersData } from '../../cards/actionData';
import { reportCard } from '../../cards/reportCard';
import type { ActionTurn, CardAction, CardActionServices } from './cardAction';
import { cardOrError } from './cardAction';
import { currencyViewFields, pageField, rankingField } from './payloadFields';

/** The report card a showSpenders or openReport payload asks for, recomputed when the report left the cache. */
export function reportCardFor(data: Omit<ShowSpendersData, 'verb'>, turn: ActionTurn, services: CardActionServices): Promise<object> {
  return cardOrError(turn, CARD_VERBS.showSpenders, async () => {
    const report = await services.reports.report(data.range, turn.admit);
    const { currency, page, phrase, clippedToToday, ranking } = data;
    return reportCard(report, { currency, page, phrase, clippedToToday, ranking: ranking ?? 'cost' }, turn.cardOptions);
  });
}

export const showSpenders: CardAction<typeof CARD_VERBS.showSpenders> = {
  verb: CARD_VERBS.showSpenders,
  check: (data) => ({ verb: CARD_VERBS.showSpenders, ...currencyViewFields(data), page: pageField(data), ranking: rankingField(data) }),
  answer: (data, turn, services) => ({ kind: 'replace', card: reportCardFor(data, turn, services) }),
};
