/** showCountries: spend by usage location, from the cached report. */
import { CARD_VERBS } from '../../cards/actionData';
import { countriesCard } from '../../cards/countriesCard';
import { cardOrError, type CardAction } from './cardAction';
import { currencyViewFields, pageField } from './payloadFields';

export const showCountries: CardAction<typeof CARD_VERBS.showCountries> = {
  verb: CARD_VERBS.showCountries,
  check: (data) => ({ verb: CARD_VERBS.showCountries, ...currencyViewFields(data), page: pageField(data) }),
  answer: (data, turn, services) => ({
    kind: 'replace',
    card: cardOrError(turn, CARD_VERBS.showCountries, async () => countriesCard(await services.reports.report(data.range, turn.admit), data, turn.cardOptions)),
  }),
};
