/** A question that names a person: found in the period's report (cached), then their card, a card to pick from, or no one. */
import { namesHiddenCard } from '../../cards/noticeCard';
import { noOneNamedCard, personPickCard } from '../../cards/personPickCard';
import type { ViewRequest } from '../../domain/viewRequest';
import type { PersonAsked } from '../../questions/question';
import { peopleNamed } from '../../report/peopleNamed';
import type { Spender } from '../../report/report';
import { cardOrError, type ActionTurn, type CardActionServices, type CardAnswer } from './cardAction';

/**
 * Matches `asked.name` against the people of the request's period: one match → `answer` of their person view
 * (or calls view); several → a card to pick from; none → "No one named …", with no totals. Where names may
 * not be shown, the person view's notice, before anything is read.
 * @example personAnswer(request, { name: 'Nadia', view: 'person' }, turn, services, answerView)
 */
export function personAnswer(
  request: ViewRequest,
  asked: PersonAsked,
  turn: ActionTurn,
  services: CardActionServices,
  answer: (request: ViewRequest) => CardAnswer,
): CardAnswer {
  // Where names may not be shown, the notice the person view gives there: no name is looked up.
  if (!turn.cardOptions.showNames) return { kind: 'replace', card: Promise.resolve(namesHiddenCard(request, request.filters.currency ?? '', turn.cardOptions)) };
  const card = cardOrError(turn, asked.view, async () => {
    const report = await services.reports.report(request.range, turn.admit);
    const matches = peopleNamed(report, asked.name);
    const currency = request.filters.currency ?? report.currencies[0]?.currency ?? '';
    if (matches.length === 0) return noOneNamedCard(asked.name, request, turn.cardOptions);
    if (matches.length > 1) return personPickCard(matches, asked.name, asked.view, request, currency, turn.cardOptions);
    const [person] = matches as [Spender];
    const chosen = answer({ ...request, view: asked.view, filters: { ...request.filters, userId: person.userId }, page: 0 });
    if (chosen.kind === 'told') throw new Error('the person and calls views answer with a card');
    return chosen.card;
  });
  return { kind: 'replace', card };
}
