/** showDestinations: Domestic vs International for the range and per period. */
import { CARD_VERBS } from '../../cards/actionData';
import { destinationsCard } from '../../cards/destinationsCard';
import type { CardAction } from './cardAction';
import { currencyViewFields } from './payloadFields';
import { periodicViewAnswer } from './periodicView';

export const showDestinations: CardAction<typeof CARD_VERBS.showDestinations> = {
  verb: CARD_VERBS.showDestinations,
  check: (data) => ({ verb: CARD_VERBS.showDestinations, ...currencyViewFields(data) }),
  answer: (data, turn, services) =>
    periodicViewAnswer(CARD_VERBS.showDestinations, data.range, turn, services, (whole, periods) =>
      destinationsCard(whole, periods, data, turn.cardOptions),
    ),
};
