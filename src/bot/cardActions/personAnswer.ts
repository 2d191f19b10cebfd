/** A question that names a person: found in the period's report (cached), then their card, a card to pick from, or no one. */
import { namesHiddenCard } from '../../cards/noticeCard';
import { noOneNamedCard, personPickCard, placeOrPersonCard } from '../../cards/personPickCard';
import { reportRequest, type ViewRequest } from '../../domain/viewRequest';
import type { PersonAsked } from '../../questions/question';
import { peopleNamed } from '../../report/peopleNamed';
import type { Spender } from '../../report/report';
import { cardOrError, type ActionTurn, type CardActionServices, type CardAnswer } from './cardAction';

/** The card of an answer that is one ("report" and the person views are). */
function cardOf(chosen: CardAnswer): Promise<object> {
  if (chosen.kind === 'told') throw new Error('the report and person views answer with a card');
  return chosen.card;
}

/**
 * A country's name on its own ("cost for Jordan"): the usage location's `answer`, unless people of the
 * period's report have that name; then a card to pick the place or one of them. Where names may not be
 * shown, the place: no name is looked up there.
 */
function placeOrPersonAnswer(request: ViewRequest, asked: PersonAsked, turn: ActionTurn, services: CardActionServices, answer: (request: ViewRequest) => CardAnswer): CardAnswer {
  if (!turn.cardOptions.showNames) return answer(request);
  const card = cardOrError(turn, request.view, async () => {
    const report = await services.reports.report(request.range, turn.admit);
    const matches = peopleNamed(report, asked.name);
    if (matches.length === 0) return cardOf(answer(request));
    const { country: _place, ...others } = request.filters;
    const currency = request.filters.currency ?? report.currencies[0]?.currency ?? '';
    return placeOrPersonCard(matches, asked.name, request, reportRequest(request, others), currency, turn.cardOptions);
  });
  return { kind: 'replace', card };
}

/**
 * Matches `asked.name` against the people of the request's period: one match → `answer` of their person view
 * (or calls view); several → a card to pick from; none → "No one named …", with no totals. Where names may
 * not be shown, the person view's notice, before anything is read. A name that is also the place asked
 * about ("Jordan") is answered by placeOrPersonAnswer.
 * @example personAnswer(request, { name: 'Nadia', view: 'person' }, turn, services, answerView)
 */
export function personAnswer(
  request: ViewRequest,
  asked: PersonAsked,
  turn: ActionTurn,
  services: CardActionServices,
  answer: (request: ViewRequest) => CardAnswer,
): CardAnswer {
  if (asked.alsoPlace) return placeOrPersonAnswer(request, asked, turn, services, answer);
  // Where names may not be shown, the notice the person view gives there: no name is looked up.
  if (!turn.cardOptions.showNames) return { kind: 'replace', card: Promise.resolve(namesHiddenCard(request, request.filters.currency ?? '', turn.cardOptions)) };
  const card = cardOrError(turn, asked.view, async () => {
    const report = await services.reports.report(request.range, turn.admit);
    const matches = peopleNamed(report, asked.name);
    const currency = request.filters.currency ?? report.currencies[0]?.currency ?? '';
    if (matches.length === 0) return noOneNamedCard(asked.name, request, turn.cardOptions);
    if (matches.length > 1) return personPickCard(matches, asked.name, asked.view, request, currency, turn.cardOptions);
    const [person] = matches as [Spender];
    return cardOf(answer({ ...request, view: asked.view, filters: { ...request.filters, userId: person.userId }, page: 0 }));
  });
  return { kind: 'replace', card };
}
