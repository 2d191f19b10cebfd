/** showCalls: one person's individual dial-out calls from the call log, a page at a time, with progress while they are read. */
import { CARD_VERBS } from '../../cards/actionData';
import { callsCard } from '../../cards/callsCard';
import { namesHiddenCard } from '../../cards/noticeCard';
import type { CallsRead } from '../../report/personCalls';
import { cardOrError, type CardAction } from './cardAction';
import { currencyViewFields, pageField, userIdField } from './payloadFields';
import { callsProgress } from './viewProgress';

export const showCalls: CardAction<typeof CARD_VERBS.showCalls> = {
  verb: CARD_VERBS.showCalls,
  check: (data) => ({ verb: CARD_VERBS.showCalls, ...currencyViewFields(data), userId: userIdField(data), page: pageField(data) }),
  answer: (data, turn, services) => {
    if (!turn.cardOptions.showNames) return { kind: 'replace', card: Promise.resolve(namesHiddenCard(data, data.currency, turn.cardOptions)) };
    let calls: CallsRead | undefined;
    const card = cardOrError(turn, CARD_VERBS.showCalls, async () => {
      const report = services.reports.report(data.range, turn.admit);
      calls = services.calls.read(data.range, data.userId, turn.admit);
      const [whole, list] = await Promise.all([report, calls.calls]);
      return callsCard(whole, list, data, turn.cardOptions);
    });
    return { kind: 'replace', card, progress: callsProgress(() => calls, turn.cardOptions) };
  },
};
