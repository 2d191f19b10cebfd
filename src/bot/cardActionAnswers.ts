/** Answers view requests: typed questions as messages; button presses in the invoke's response, as a new message, or by updating the card. */
import { ActivityTypes, CardFactory, type AdaptiveCardInvokeResponse } from 'botbuilder';
import { daysBetween } from '../domain/calendarDate';
import { CARD_VERBS, type CardVerb } from '../cards/actionData';
import type { ViewRequest } from '../domain/viewRequest';
import { log } from '../log';
import type { PersonAsked } from '../questions/question';
import type { ActionTurn, CardActionServices, CardAnswer } from './cardActions/cardAction';
import { loggedAnswer } from './answerLog';
import { answerView } from './cardActions/viewAnswers';
import { errorAnswer } from './errorAnswer';
import type { TimedAnswers } from './timedAnswers';

export interface CardActionAnswersOptions {
  services: CardActionServices;
  /** Keeps invokes inside Teams' time limit; posts slow answers later. */
  answers: TimedAnswers;
  /** MAX_RANGE_DAYS: a payload may not ask for more than a question may. */
  maxRangeDays: number;
}

/** An invoke answer that shows a short message and leaves the pressed card as it is. */
export function messageResponse(text: string): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text as never };
}

/** Answers view requests through their views: typed questions, Action.Execute invokes and the Action.Submit fallback. */
export class CardActionAnswers {
  constructor(private readonly options: CardActionAnswersOptions) {}

  /** A typed question (which may name a person): the view's card as a reply, within the answer time limits. */
  async question(turn: ActionTurn, request: ViewRequest, person?: PersonAsked): Promise<void> {
    const answer = this.answer(turn, CARD_VERBS.openView, request, person);
    if (answer.kind === 'told') {
      await turn.context.sendActivity(await answer.note);
      return;
    }
    await this.options.answers.reply(turn.context, answer.card);
  }

  /** Action.Execute: the new card in the response (replaced in place), or a note while the answer is posted as a message. */
  async invoke(turn: ActionTurn, verb: CardVerb, request: ViewRequest): Promise<AdaptiveCardInvokeResponse> {
    const answer = this.answer(turn, verb, request);
    if (answer.kind === 'replace') return this.options.answers.invoke(turn.context, answer.card, answer.progress);
    if (answer.kind === 'post') {
      await this.options.answers.reply(turn.context, answer.card);
      return messageResponse(answer.note);
    }
    return messageResponse(await answer.note);
  }

  /** Action.Submit (older clients): the card the button was on is updated when Teams allows, else a new one is sent. */
  async submit(turn: ActionTurn, verb: CardVerb, request: ViewRequest): Promise<void> {
    const { context } = turn;
    const answer = this.answer(turn, verb, request);
    if (answer.kind === 'post') return this.options.answers.reply(context, answer.card);
    if (answer.kind === 'told') {
      await context.sendActivity(await answer.note);
      return;
    }
    const attachments = [CardFactory.adaptiveCard(await answer.card)];
    const replyToId = context.activity.replyToId;
    if (replyToId) {
      try {
        await context.updateActivity({ id: replyToId, type: ActivityTypes.Message, attachments });
        return;
      } catch (error) {
        log.warn('card update failed, sending a new card', { activityId: turn.activityId, error });
      }
    }
    await context.sendActivity({ attachments });
  }

  /** The view's answer; `openView` turns an answer in place into a new message, leaving the pressed card as it is. */
  private answer(turn: ActionTurn, verb: CardVerb, request: ViewRequest, person?: PersonAsked): CardAnswer {
    const ranges = request.view === 'comparison' ? [request.range, request.baseline.range] : [request.range];
    if (ranges.some((range) => daysBetween(range.first, range.last) + 1 > this.options.maxRangeDays)) {
      log.warn('card action refused', { activityId: turn.activityId, reason: 'range over MAX_RANGE_DAYS' });
      return { kind: 'replace', card: Promise.resolve(errorAnswer(new Error('range over the limit in a card action'), turn.activityId)) };
    }
    // One press is one question for the per-user limit, however many reads its view needs (loggedAnswer's admit).
    const answer = loggedAnswer(turn, request, person, (admit) => answerView(request, { ...turn, admit }, this.options.services, person));
    if (verb !== CARD_VERBS.openView || answer.kind !== 'replace') return answer;
    return { kind: 'post', card: answer.card, note: `Opening the full ${request.view === 'report' ? 'report' : 'view'} below.` };
  }
}
