/** showTrend: cost per period, the change against the previous period of the same length, the biggest movers. */
import { CARD_VERBS } from '../../cards/actionData';
import { trendCard } from '../../cards/trendCard';
import { previousRange } from '../../report/periods';
import type { CardAction } from './cardAction';
import { currencyViewFields } from './payloadFields';
import { periodicViewAnswer } from './periodicView';

export const showTrend: CardAction<typeof CARD_VERBS.showTrend> = {
  verb: CARD_VERBS.showTrend,
  check: (data) => ({ verb: CARD_VERBS.showTrend, ...currencyViewFields(data) }),
  answer: (data, turn, services) =>
    periodicViewAnswer(
      CARD_VERBS.showTrend,
      data.range,
      turn,
      services,
      (whole, periods, before) => trendCard(whole, periods, before, data, turn.cardOptions),
      () => services.reports.report(previousRange(data.range), turn.admit),
    ),
};
