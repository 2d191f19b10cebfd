/** showCountry: the people of one usage location (names only where they may be shown). */
import { CARD_VERBS } from '../../cards/actionData';
import { countryCard } from '../../cards/countryCard';
import { namesHiddenCard } from '../../cards/noticeCard';
import { cardOrError, type CardAction } from './cardAction';
import { countryField, currencyViewFields, pageField } from './payloadFields';

export const showCountry: CardAction<typeof CARD_VERBS.showCountry> = {
  verb: CARD_VERBS.showCountry,
  check: (data) => ({ verb: CARD_VERBS.showCountry, ...currencyViewFields(data), country: countryField(data), page: pageField(data) }),
  answer: (data, turn, services) => {
    if (!turn.cardOptions.showNames) return { kind: 'replace', card: Promise.resolve(namesHiddenCard(data, data.currency, turn.cardOptions)) };
    return {
      kind: 'replace',
      card: cardOrError(turn, CARD_VERBS.showCountry, async () => countryCard(await services.reports.report(data.range, turn.admit), data, turn.cardOptions)),
    };
  },
};
