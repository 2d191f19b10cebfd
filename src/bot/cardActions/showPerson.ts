/** showPerson: one spender's rows, share and trend per period (names only where they may be shown). */
import { CARD_VERBS } from '../../cards/actionData';
import { namesHiddenCard } from '../../cards/noticeCard';
import { personCard } from '../../cards/personCard';
import type { PeriodicRead } from '../../report/periodicReports';
import { cardOrError, type CardAction } from './cardAction';
import { currencyViewFields, userIdField } from './payloadFields';
import { periodicProgress } from './viewProgress';

export const showPerson: CardAction<typeof CARD_VERBS.showPerson> = {
  verb: CARD_VERBS.showPerson,
  check: (data) => ({ verb: CARD_VERBS.showPerson, ...currencyViewFields(data), userId: userIdField(data) }),
  answer: (data, turn, services) => {
    if (!turn.cardOptions.showNames) return { kind: 'replace', card: Promise.resolve(namesHiddenCard(data, data.currency, turn.cardOptions)) };
    let periodic: PeriodicRead | undefined;
    const card = cardOrError(turn, CARD_VERBS.showPerson, async () => {
      const report = services.reports.report(data.range, turn.admit);
      periodic = services.periodic.read(data.range, turn.admit);
      const [whole, periods] = await Promise.all([report, periodic.report]);
      return personCard(whole, periods, data, turn.cardOptions);
    });
    return { kind: 'replace', card, progress: periodicProgress(data.range, () => periodic, turn.cardOptions) };
  },
};
