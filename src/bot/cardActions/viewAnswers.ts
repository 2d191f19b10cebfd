/** Every view with its answer: what it reads and which card it builds. The one table any view request is answered through. */
import { breakdownCard } from '../../cards/breakdownCard';
import { callsCard } from '../../cards/callsCard';
import { comparisonCard } from '../../cards/comparisonCard';
import { countriesCard } from '../../cards/countriesCard';
import { countryCard } from '../../cards/countryCard';
import { destinationsCard } from '../../cards/destinationsCard';
import { namesHiddenCard } from '../../cards/noticeCard';
import { personCard } from '../../cards/personCard';
import { reportCard } from '../../cards/reportCard';
import { trendCard } from '../../cards/trendCard';
import type { View, ViewRequest, ViewRequestOf } from '../../domain/viewRequest';
import type { PersonAsked } from '../../questions/question';
import type { CallsRead } from '../../report/personCalls';
import { todayIn } from '../../domain/calendarDate';
import { periodBaseline } from '../../report/periodBaseline';
import { cardOrError, type ActionTurn, type CardActionServices, type CardAnswer } from './cardAction';
import { exportAnswer } from './exportCsv';
import { filteredServices } from './filteredServices';
import { forecastAnswer } from './forecastView';
import { periodicViewAnswer } from './periodicView';
import { personAnswer } from './personAnswer';
import { summaryAnswer } from './summaryView';
import { callsProgress } from './viewProgress';

type ViewAnswer<V extends View> = (request: ViewRequestOf<V>, turn: ActionTurn, services: CardActionServices) => CardAnswer;

/** Views that name people answer with a notice where names may not be shown. */
function namesHidden(request: ViewRequest, turn: ActionTurn): CardAnswer {
  return { kind: 'replace', card: Promise.resolve(namesHiddenCard(request, request.filters.currency ?? '', turn.cardOptions)) };
}

/** The answers, one per view (the type makes sure none is missing). */
const VIEW_ANSWERS: { [V in View]: ViewAnswer<V> } = {
  report: (request, turn, services) => ({
    kind: 'replace',
    card: cardOrError(turn, 'report', async () => reportCard(await services.reports.report(request.range, turn.admit), request, turn.cardOptions)),
  }),
  person: (request, turn, services) => {
    if (!turn.cardOptions.showNames) return namesHidden(request, turn);
    const today = todayIn(services.forecasts.clock(), request.range.timeZone);
    return periodicViewAnswer('person', request.range, turn, services, (whole, periods) => personCard(whole, periods, request, turn.cardOptions, today));
  },
  calls: (request, turn, services) => {
    if (!turn.cardOptions.showNames) return namesHidden(request, turn);
    let calls: CallsRead | undefined;
    const card = cardOrError(turn, 'calls', async () => {
      const report = services.reports.report(request.range, turn.admit);
      calls = services.calls.read(request.range, request.filters.userId, turn.admit);
      const [whole, list] = await Promise.all([report, calls.calls]);
      return callsCard(whole, list, request, turn.cardOptions);
    });
    return { kind: 'replace', card, progress: callsProgress(() => calls, turn.cardOptions) };
  },
  countries: (request, turn, services) => ({
    kind: 'replace',
    card: cardOrError(turn, 'countries', async () => countriesCard(await services.reports.report(request.range, turn.admit), request, turn.cardOptions)),
  }),
  country: (request, turn, services) =>
    turn.cardOptions.showNames
      ? { kind: 'replace', card: cardOrError(turn, 'country', async () => countryCard(await services.reports.report(request.range, turn.admit), request, turn.cardOptions)) }
      : namesHidden(request, turn),
  destinations: (request, turn, services) => {
    const today = todayIn(services.forecasts.clock(), request.range.timeZone);
    return periodicViewAnswer('destinations', request.range, turn, services, (whole, periods) => destinationsCard(whole, periods, request, turn.cardOptions, today));
  },
  trend: (request, turn, services) => {
    const today = todayIn(services.forecasts.clock(), request.range.timeZone);
    const baseline = periodBaseline(request.range, today);
    return periodicViewAnswer(
      'trend',
      request.range,
      turn,
      services,
      (whole, periods, before) => trendCard(whole, periods, { baseline, report: before }, request, turn.cardOptions, today),
      () => services.reports.report(baseline.range, turn.admit),
    );
  },
  export: exportAnswer,
  chargeback: exportAnswer,
  comparison: (request, turn, services) => ({
    kind: 'replace',
    card: cardOrError(turn, 'comparison', async () => {
      const [current, baseline] = await Promise.all([services.reports.report(request.range, turn.admit), services.reports.report(request.baseline.range, turn.admit)]);
      return comparisonCard(current, baseline, request, turn.cardOptions);
    }),
  }),
  forecast: forecastAnswer,
  summary: summaryAnswer,
  breakdown: (request, turn, services) => ({
    kind: 'replace',
    card: cardOrError(turn, 'breakdown', async () => {
      const [report, directory] = await Promise.all([services.reports.report(request.range, turn.admit), services.organisation.directory(turn.admit)]);
      return breakdownCard(report, directory, request, turn.cardOptions);
    }),
  }),
};

/**
 * Answers a view request, typed or from a button that `checkCardAction` accepted, from reports narrowed
 * to its filters (the one place filters are applied to figures); a typed question that names a person
 * is answered once the person is found in the period's report (see personAnswer).
 * @example answerView(check.request, turn, services)
 */
export function answerView(request: ViewRequest, turn: ActionTurn, services: CardActionServices, person?: PersonAsked): CardAnswer {
  if (person) return personAnswer(request, person, turn, services, (found) => answerView(found, turn, services));
  // Each entry takes its own view's request; TypeScript cannot follow that through the index.
  return (VIEW_ANSWERS[request.view] as ViewAnswer<View>)(request as never, turn, filteredServices(services, request));
}
