/** showPerson: one spender's rows, share and trend per period (names only where they may be shown). */
import { CARD_VERBS } from '../../cards/actionData';
import { namesHiddenCard } from '../../cards/noticeCard';
import { personCard } from '../../cards/personCard';
import type { CardAction } from './cardAction';
import { currencyViewFields, userIdField } from './payloadFields';
import { periodicViewAnswer } from './periodicView';

export const showPerson: CardAction<typeof CARD_VERBS.showPerson> = {
  verb: CARD_VERBS.showPerson,
  check: (data) => ({ verb: CARD_VERBS.showPerson, ...currencyViewFields(data), userId: userIdField(data) }),
  answer: (data, turn, services) => {
    if (!turn.cardOptions.showNames) return { kind: 'replace', card: Promise.resolve(namesHiddenCard(data, data.currency, turn.cardOptions)) };
    return periodicViewAnswer(CARD_VERBS.showPerson, data.range, turn, services, (whole, periods) =>
      personCard(whole, periods, data, turn.cardOptions),
    );
  },
};
