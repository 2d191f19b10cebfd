/** The answer shared by the views built from the whole range and its periods: destinations, person, trend. */
import type { DateRange } from '../../domain/dateRange';
import type { View } from '../../domain/viewRequest';
import type { PeriodicRead } from '../../report/periodicReports';
import type { PeriodicReport } from '../../report/periodicReport';
import type { Report } from '../../report/report';
import { cardOrError, type ActionTurn, type CardActionServices, type CardAnswer } from './cardAction';
import { periodicProgress } from './viewProgress';

/**
 * Reads the range's report, its periods and (for views that compare) one more report at the same
 * time, then builds the card; while the periods are read, the card shows how far they have got.
 * @example periodicViewAnswer('destinations', request.range, turn, services, (whole, periods) => destinationsCard(whole, periods, request, turn.cardOptions))
 */
export function periodicViewAnswer<Extra = undefined>(
  view: View,
  range: DateRange,
  turn: ActionTurn,
  services: CardActionServices,
  build: (whole: Report, periods: PeriodicReport, extra: Extra) => object,
  extra?: () => Promise<Extra>,
): CardAnswer {
  let periodic: PeriodicRead | undefined;
  const card = cardOrError(turn, view, async () => {
    const report = services.reports.report(range, turn.admit);
    const more = extra?.();
    periodic = services.periodic.read(range, turn.admit);
    const [whole, added, periods] = await Promise.all([report, more, periodic.report]);
    return build(whole, periods, added as Extra);
  });
  return { kind: 'replace', card, progress: periodicProgress(range, () => periodic, turn.cardOptions) };
}
