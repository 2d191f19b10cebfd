/** Keeps every answer inside its time limits: in the turn when quick, else a progress note and the answer later, proactively. */
import {
  CardFactory,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type Attachment,
  type CloudAdapter,
  type ConversationReference,
} from 'botbuilder';
import { log } from '../log';
import { currentAsker } from './answerScope';
import { errorAnswer } from './errorAnswer';
import type { PacingState } from '../graph/requestPacer';
import { showProgressUntil, type ProgressFeed } from './progressFeed';

export interface AnswerTiming {
  /** QUESTION_TIMEOUT_SECONDS: no one waits longer than this without hearing that the answer is coming. */
  questionTimeoutMs: number;
  /**
   * Longest a turn stays open. Teams redelivers a message whose HTTP call is still open after
   * 15 s (so the question would be asked twice) and shows "Unable to reach app" for an invoke.
   */
  turnBudgetMs: number;
}

export interface TimedAnswersOptions extends AnswerTiming {
  adapter: Pick<CloudAdapter, 'continueConversationAsync'>;
  /** BOT_ID; empty in local mode. */
  botAppId: string;
  /** What holds the report's Graph requests back, so the "still preparing" note can say why. */
  graphPacing?: () => PacingState;
}

/** Leaves Teams 5 s of its 15 s for the network and the connector. */
export const DEFAULT_TURN_BUDGET_MS = 10_000;

const STILL_PREPARING =
  'Still preparing your answer: Microsoft Graph is slow to send the report right now. It will appear here as soon as it is ready.';

/** The "still preparing" note, saying what holds the answer back when it is Graph's pace. */
function stillPreparing(pacing: PacingState | undefined): string {
  if (pacing?.kind === 'slowedDown') {
    return `Still preparing your answer: Microsoft Graph asks us to slow down, so the report is read at the pace it allows (at most ${pacing.perWindow} requests a minute); a long range can take a few minutes. It will appear here as soon as it is ready.`;
  }
  if (pacing?.kind === 'paced') {
    return `Still preparing your answer: Microsoft Graph allows ${pacing.perWindow} report requests a minute, so a long range takes a few minutes. It will appear here as soon as it is ready.`;
  }
  return STILL_PREPARING;
}
const STILL_PREPARING_PAGE = 'Still preparing this page; the card will update as soon as it is ready.';
const QUEUED = 'Queued behind your earlier question: this one starts as soon as that answer is ready, and will appear here.';
const QUEUED_PAGE = 'Queued behind your earlier question; the card will update as soon as it is ready.';
const RESTARTING = 'The bot is restarting and could not finish this answer. Please ask again in a minute.';

type Outcome = { card: object } | 'late' | 'abandoned';

/** Settles when a read of the answer in progress waits behind its asker's earlier questions (see answerScope). */
function whenQueued(): Promise<'queued'> | undefined {
  return currentAsker()?.whenQueued.then(() => 'queued' as const);
}

/** An Adaptive Card goes out as a message holding it; an answer that is already a message (a file consent card) as it is. */
const cardActivity = (card: object): { attachments: Attachment[] } =>
  'attachments' in card && Array.isArray(card.attachments) ? { attachments: card.attachments as Attachment[] } : { attachments: [CardFactory.adaptiveCard(card)] };

/** An invoke response that shows a short message and leaves the card as it is. */
function messageResponse(text: string): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text as never };
}

/**
 * Delivers answers within the turn budget and the question timeout. An answer that is not ready
 * when the turn must end is finished in the background and posted with continueConversationAsync;
 * on shutdown, `drain` waits for those and then abandons what is left, telling each user to ask again.
 */
export class TimedAnswers {
  private readonly inFlight = new Set<Promise<void>>();
  private abandoning = false;
  /** Wakes every wait for an answer when drain gives up on them. */
  private readonly wakeOnAbandon = new Set<() => void>();

  constructor(private readonly options: TimedAnswersOptions) {}

  /**
   * Answers a message: the card in the turn when ready in time, else a progress note and the card later.
   * When the answer's read waits behind the asker's earlier questions (see answerScope), they are told at once.
   */
  async reply(context: TurnContext, answer: Promise<object>): Promise<void> {
    const { questionTimeoutMs, turnBudgetMs } = this.options;
    const budget = Math.min(questionTimeoutMs, turnBudgetMs);
    const prepared = this.settle(context, answer);
    const queued = whenQueued();
    const started = Date.now();
    await this.track(async (handOff) => {
      const waited = await this.within(prepared, budget, queued);
      if (waited === 'queued') await context.sendActivity(QUEUED);
      const first = waited === 'queued' ? await this.within(prepared, Math.max(0, budget - (Date.now() - started))) : waited;
      if (first === 'abandoned') return void (await context.sendActivity(RESTARTING));
      if (first !== 'late') return void (await context.sendActivity(cardActivity(first.card)));
      if (budget >= questionTimeoutMs) await context.sendActivity(stillPreparing(this.options.graphPacing?.()));
      const reference = TurnContext.getConversationReference(context.activity);
      handOff(this.postLater(reference, prepared, questionTimeoutMs - budget));
    });
  }

  /**
   * Answers an Action.Execute: the new card when ready in time, else a note now and the card updated in
   * place later — showing `progress` in the meantime, when given. A press whose read waits behind the
   * asker's earlier questions gets that note at once.
   */
  async invoke(context: TurnContext, answer: Promise<object>, progress?: ProgressFeed): Promise<AdaptiveCardInvokeResponse> {
    const prepared = this.settle(context, answer);
    const queued = whenQueued();
    let response: AdaptiveCardInvokeResponse = messageResponse(RESTARTING);
    await this.track(async (handOff) => {
      const first = await this.within(prepared, Math.min(this.options.questionTimeoutMs, this.options.turnBudgetMs), queued);
      if (first === 'abandoned') return;
      if (first !== 'late' && first !== 'queued') {
        response = { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: first.card as never };
        return;
      }
      response = messageResponse(first === 'queued' ? QUEUED_PAGE : STILL_PREPARING_PAGE);
      const reference = TurnContext.getConversationReference(context.activity);
      handOff(this.updateLater(reference, context.activity.replyToId, prepared, progress));
    });
    return response;
  }

  /**
   * Waits up to `graceMs` for every answer in preparation, then abandons the rest: each user is
   * told to ask again (those notices get up to `noticeMs`).
   */
  async drain(graceMs: number, noticeMs = 2_000): Promise<void> {
    if (await this.idleWithin(graceMs)) return;
    log.warn('abandoning answers still in preparation at shutdown', { count: this.inFlight.size });
    this.abandonAll();
    await this.idleWithin(noticeMs);
  }

  /** The answer as a card, whatever happens: a failure becomes the error card. */
  private settle(context: TurnContext, answer: Promise<object>): Promise<{ card: object }> {
    const activityId = context.activity.id; // the context is revoked once the turn ends
    return answer.then(
      (card) => ({ card }),
      (error: unknown) => {
        log.error('answer failed', { activityId, error });
        return { card: errorAnswer(error, activityId) };
      },
    );
  }

  /**
   * Runs one answer's turn part and keeps the answer counted until the turn part and the
   * background part it may hand off have both finished. Resolves (or rejects) with the turn part.
   */
  private track(turnPart: (handOff: (later: Promise<void>) => void) => Promise<void>): Promise<void> {
    let background: Promise<void> = Promise.resolve();
    const turn = turnPart((later) => {
      background = later;
    });
    const whole = turn.then(
      () => background,
      () => background,
    );
    this.inFlight.add(whole);
    void whole.then(() => this.inFlight.delete(whole));
    return turn;
  }

  /**
   * `waited`, or 'abandoned' if drain gives up first. Not a race against one shared promise that
   * never settles: each race would leave a reaction on it, keeping every answer's card alive for ever.
   */
  private async orAbandoned<T>(waited: Promise<T>): Promise<T | 'abandoned'> {
    if (this.abandoning) return 'abandoned';
    let wake!: () => void;
    const abandoned = new Promise<'abandoned'>((resolve) => {
      wake = () => resolve('abandoned');
    });
    this.wakeOnAbandon.add(wake);
    try {
      return await Promise.race([waited, abandoned]);
    } finally {
      this.wakeOnAbandon.delete(wake);
    }
  }

  private abandonAll(): void {
    this.abandoning = true;
    for (const wake of this.wakeOnAbandon) wake();
  }

  /** The answer, or 'late' after `ms`, or 'queued' when `queued` settles first. */
  private async within<Q extends 'queued' = never>(prepared: Promise<{ card: object }>, ms: number, queued?: Promise<Q>): Promise<Outcome | Q> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), ms);
    });
    const waits: Array<Promise<Outcome | Q>> = queued ? [prepared, late, queued] : [prepared, late];
    try {
      return await this.orAbandoned(Promise.race(waits));
    } finally {
      clearTimeout(timer);
    }
  }

  private async postLater(reference: Partial<ConversationReference>, prepared: Promise<{ card: object }>, progressDueMs: number): Promise<void> {
    let progress: Promise<void> = Promise.resolve();
    const timer =
      progressDueMs > 0
        ? setTimeout(() => (progress = this.proactive(reference, (turn) => turn.sendActivity(stillPreparing(this.options.graphPacing?.())))), progressDueMs)
        : undefined;
    const outcome = await this.orAbandoned(prepared);
    clearTimeout(timer);
    await progress; // the note, if it went out, comes before the answer
    const message = outcome === 'abandoned' ? RESTARTING : cardActivity(outcome.card);
    await this.proactive(reference, (turn) => turn.sendActivity(message));
  }

  private async updateLater(
    reference: Partial<ConversationReference>,
    cardId: string | undefined,
    prepared: Promise<{ card: object }>,
    progress: ProgressFeed | undefined,
  ): Promise<void> {
    const finished = this.orAbandoned(prepared);
    const update = (card: object): Promise<void> =>
      this.proactive(reference, (turn) => turn.updateActivity({ ...cardActivity(card), id: cardId, type: 'message' }));
    const shown = progress && cardId ? showProgressUntil(finished, progress, update) : undefined;
    const outcome = await finished;
    await shown; // the last progress update lands before the answer replaces it
    if (outcome === 'abandoned') return this.proactive(reference, (turn) => turn.sendActivity(RESTARTING));
    const card = cardActivity(outcome.card);
    await this.proactive(reference, (turn) => (cardId ? turn.updateActivity({ ...card, id: cardId, type: 'message' }) : turn.sendActivity(card)));
  }

  /** Sends outside the turn; a failure is logged (the connector retry already tried hard). */
  private async proactive(reference: Partial<ConversationReference>, logic: (turn: TurnContext) => Promise<unknown>): Promise<void> {
    try {
      await this.options.adapter.continueConversationAsync(this.options.botAppId, reference, async (turn) => {
        await logic(turn);
      });
    } catch (error) {
      log.error('late answer not delivered', { conversationId: reference.conversation?.id, replyToId: reference.activityId, error });
    }
  }

  private async idleWithin(ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (this.inFlight.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.all([...this.inFlight]), new Promise((resolve) => (timer = setTimeout(resolve, left)))]);
      clearTimeout(timer);
    }
    return true;
  }
}
