/** openReport: the monthly summary's button; the report card arrives as a new message and the summary stays. */
import { CARD_VERBS } from '../../cards/actionData';
import type { CardAction } from './cardAction';
import { currencyViewFields, pageField, rankingField } from './payloadFields';
import { reportCardFor } from './showSpenders';

export const openReport: CardAction<typeof CARD_VERBS.openReport> = {
  verb: CARD_VERBS.openReport,
  check: (data) => ({ verb: CARD_VERBS.openReport, ...currencyViewFields(data), page: pageField(data), ranking: rankingField(data) }),
  answer: (data, turn, services) => ({ kind: 'post', card: reportCardFor(data, turn, services), note: 'Opening the full report below.' }),
};
