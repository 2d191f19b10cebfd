/** showTrend: cost per period, the change against the previous period of the same length, the biggest movers. */
import { CARD_VERBS } from '../../cards/actionData';
import { trendCard } from '../../cards/trendCard';
import type { PeriodicRead } from '../../report/periodicReports';
import { previousRange } from '../../report/periods';
import { cardOrError, type CardAction } from './cardAction';
import { currencyViewFields } from './payloadFields';
import { periodicProgress } from './viewProgress';

export const showTrend: CardAction<typeof CARD_VERBS.showTrend> = {
  verb: CARD_VERBS.showTrend,
  check: (data) => ({ verb: CARD_VERBS.showTrend, ...currencyViewFields(data) }),
  answer: (data, turn, services) => {
    let periodic: PeriodicRead | undefined;
    const card = cardOrError(turn, CARD_VERBS.showTrend, async () => {
      const report = services.reports.report(data.range, turn.admit);
      const previous = services.reports.report(previousRange(data.range), turn.admit);
      periodic = services.periodic.read(data.range, turn.admit);
      const [whole, before, periods] = await Promise.all([report, previous, periodic.report]);
      return trendCard(whole, periods, before, data, turn.cardOptions);
    });
    return { kind: 'replace', card, progress: periodicProgress(data.range, () => periodic, turn.cardOptions) };
  },
};
