/** showDestinations: Domestic vs International for the range and per period. */
import { CARD_VERBS } from '../../cards/actionData';
import { destinationsCard } from '../../cards/destinationsCard';
import type { PeriodicRead } from '../../report/periodicReports';
import { cardOrError, type CardAction } from './cardAction';
import { currencyViewFields } from './payloadFields';
import { periodicProgress } from './viewProgress';

export const showDestinations: CardAction<typeof CARD_VERBS.showDestinations> = {
  verb: CARD_VERBS.showDestinations,
  check: (data) => ({ verb: CARD_VERBS.showDestinations, ...currencyViewFields(data) }),
  answer: (data, turn, services) => {
    let periodic: PeriodicRead | undefined;
    const card = cardOrError(turn, CARD_VERBS.showDestinations, async () => {
      const report = services.reports.report(data.range, turn.admit);
      periodic = services.periodic.read(data.range, turn.admit);
      const [whole, periods] = await Promise.all([report, periodic.report]);
      return destinationsCard(whole, periods, data, turn.cardOptions);
    });
    return { kind: 'replace', card, progress: periodicProgress(data.range, () => periodic, turn.cardOptions) };
  },
};
