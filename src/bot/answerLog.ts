/**
 * One JSON line per answer, for operators: which view of how many days, narrowed by which kinds of filter, what it
 * cost in Graph requests and pages, whether the cache answered, and how long it took. Never a name, a UPN, a
 * country, a currency or the message's text: filters are logged by kind only.
 */
import { daysBetween } from '../domain/calendarDate';
import type { ViewFilters, ViewRequest } from '../domain/viewRequest';
import { inGraphTally, type GraphTally } from '../graph/requestTally';
import { log } from '../log';
import type { PersonAsked, QuestionProblem } from '../questions/question';
import type { ActionTurn, CardAnswer } from './cardActions/cardAction';

const FILTER_KINDS: Record<keyof ViewFilters, string> = { currency: 'currency', userId: 'person', country: 'location', destination: 'destination', orgUnit: 'organisation' };

/**
 * The kinds of filter a request is narrowed by (a person named in a typed question is one), never their values.
 * @example filterKinds({ ...request, filters: { country: 'DE', destination: 'International' } }) // ['location', 'destination']
 */
export function filterKinds(request: ViewRequest, person?: PersonAsked): string[] {
  const kinds = (Object.keys(request.filters) as Array<keyof ViewFilters>).filter((key) => request.filters[key] !== undefined).map((key) => FILTER_KINDS[key]);
  return person && !kinds.includes('person') ? [...kinds, 'person'] : kinds;
}

/**
 * The answer `answer` builds (given the `admit` to pass its reads), logged once it has settled. Its Graph
 * requests and pages are counted along its async path; the cache answered it ('hit') unless it asked to
 * read from Graph ('miss'). `admit` books the asker's allowance once, however many reads the answer needs.
 * @example loggedAnswer(turn, request, undefined, (admit) => answerView(request, { ...turn, admit }, services))
 */
export function loggedAnswer(turn: ActionTurn, request: ViewRequest, person: PersonAsked | undefined, answer: (admit: () => void) => CardAnswer): CardAnswer {
  const started = performance.now();
  const tally: GraphTally = { requests: 0, pages: 0 };
  let readAsked = false;
  let admitted = false;
  const admit = (): void => {
    readAsked = true;
    if (admitted) return;
    turn.admit();
    admitted = true;
  };
  const answered = inGraphTally(tally, () => answer(admit));
  const done = (): void =>
    log.info('answer', {
      activityId: turn.activityId,
      typed: turn.typed,
      view: person?.view ?? request.view,
      days: daysBetween(request.range.first, request.range.last) + 1,
      filters: filterKinds(request, person),
      graphRequests: tally.requests,
      graphPages: tally.pages,
      cache: readAsked ? 'miss' : 'hit',
      durationMs: Math.round(performance.now() - started),
    });
  void (answered.kind === 'told' ? answered.note : answered.card).then(done, done);
  return answered;
}

/**
 * The line for a typed message answered without a view: the help card, or why it was not understood (by reason only).
 * @example loggedReply(activityId, 'notUnderstood', problem)
 */
export function loggedReply(activityId: string | undefined, view: 'help' | 'notUnderstood', problem?: QuestionProblem): void {
  log.info('answer', { activityId, typed: true, view, ...(problem ? { reason: problem.reason } : {}), graphRequests: 0, graphPages: 0 });
}
