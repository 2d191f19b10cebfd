/** The Teams bot: routes messages, installs and card actions to the answers; holds no report logic. */
import {
  ActivityTypes,
  CardFactory,
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type FileConsentCardResponse,
  type TurnContext,
} from 'botbuilder';
import { helpCard } from '../cards/helpCard';
import { notUnderstoodCard } from '../cards/notUnderstoodCard';
import type { CardOptions } from '../cards/cardModels';
import { log } from '../log';
import { EXAMPLE_QUESTIONS } from '../questions/exampleQuestions';
import { readQuestion } from '../questions/readQuestion';
import type { ReportService } from '../report/reportService';
import { loggedReply } from './answerLog';
import { answerFor } from './answerScope';
import type { BotCommands } from './botCommands';
import { CardActionAnswers } from './cardActionAnswers';
import { checkCardAction } from './cardActionSchema';
import type { ActionTurn, CardActionServices } from './cardActions/cardAction';
import type { ConversationTracker } from './conversationTracker';
import { FileConsentAnswers } from './fileConsent';
import type { QuestionRateLimiter } from './questionRateLimiter';
import type { TimedAnswers } from './timedAnswers';
import { exampleAsked, localeOf, messageText, timeZoneOf } from './turnSettings';

export interface DialoutBotOptions {
  reports: ReportService;
  defaultTimeZone: string;
  fiscalYearStartMonth: number;
  maxRangeDays: number;
  /** True when answering from the built-in demo tenant. */
  demoTenant: boolean;
  clock?: () => Date;
  /** Commands answered before a message is read as a question (subscribe, unsubscribe, subscriptions). */
  commands?: BotCommands;
  /** Keeps conversation references for proactive posts. */
  conversations?: ConversationTracker;
  /** Delivers cost answers within the turn budget and QUESTION_TIMEOUT_SECONDS, or later. */
  answers: TimedAnswers;
  /** QUESTIONS_PER_MINUTE: counts only answers that need a new read from Graph. */
  questionLimiter: QuestionRateLimiter;
  /** SHOW_NAMES_IN_SHARED_CHATS. */
  showNamesInSharedChats: boolean;
  /** What the drill-down buttons read besides the report: periods, a person's calls, exports. */
  views: Omit<CardActionServices, 'reports'>;
}

/** The person asking, for their question allowance and their lane of Graph reads (never logged). */
function askerKey(context: TurnContext): string {
  const { from } = context.activity;
  return from?.aadObjectId ?? from?.id ?? 'unknown';
}

export class DialoutBot extends TeamsActivityHandler {
  private readonly clock: () => Date;
  private readonly cardActions: CardActionAnswers;
  private readonly fileConsent: FileConsentAnswers;

  constructor(private readonly options: DialoutBotOptions) {
    super();
    this.clock = options.clock ?? (() => new Date());
    this.cardActions = new CardActionAnswers({ services: { reports: options.reports, ...options.views }, answers: options.answers, maxRangeDays: options.maxRangeDays });
    // Loopback http (the tests' upload target) only in local mode, which has no BOT_ID.
    this.fileConsent = new FileConsentAnswers(options.views.exports.files, { allowLoopbackHttp: options.views.exports.botAppId === '' });
    this.onTurn(async (context, next) => {
      await this.options.conversations?.observe(context);
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.answerMessage(context);
      await next();
    });
    // Teams and the Playground both announce an install as the bot joining the conversation.
    this.onMembersAdded(async (context, next) => {
      const botJoined = context.activity.membersAdded?.some((member) => member.id === context.activity.recipient.id);
      if (botJoined) await this.sendCard(context, this.help());
      await next();
    });
  }

  /** Action.Execute: validate, then answer with the replacement card (the card is updated in place). */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const check = checkCardAction(invokeValue?.action?.verb, invokeValue?.action?.data);
    if (!check.ok) {
      log.warn('card action refused', { activityId: context.activity.id, reason: check.reason });
      return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'This button is not valid any more. Ask the question again.' } as never };
    }
    return answerFor(askerKey(context), () => this.cardActions.invoke(this.actionTurn(context, false), check.verb, check.request));
  }

  /** The user accepted an export's file consent card: upload the file where Teams says, then show it. */
  protected override handleTeamsFileConsentAccept(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    return this.fileConsent.accept(context, response);
  }

  protected override handleTeamsFileConsentDecline(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    return this.fileConsent.decline(context, response);
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    const { activity } = context;
    const asked = exampleAsked(activity);
    // Action.Submit fallback from older clients arrives as a message whose value carries the action.
    const submitted = activity.value as { verb?: unknown } | undefined;
    if (asked === undefined && submitted && typeof submitted === 'object' && !activity.text) {
      await this.answerSubmit(context, submitted);
      return;
    }
    if (asked === undefined && (await this.options.commands?.handle(context))) return;
    const timeZone = timeZoneOf(activity, this.options.defaultTimeZone);
    const question = readQuestion(asked ?? messageText(activity), {
      now: this.clock(),
      timeZone,
      fiscalYearStartMonth: this.options.fiscalYearStartMonth,
      maxRangeDays: this.options.maxRangeDays,
    });
    if (question.kind === 'help') {
      loggedReply(activity.id, 'help');
      return this.sendCard(context, this.help());
    }
    if (question.kind === 'notUnderstood') {
      loggedReply(activity.id, 'notUnderstood', question.problem);
      return this.sendCard(context, notUnderstoodCard(question.problem, EXAMPLE_QUESTIONS));
    }
    // Teams shows no typing indicator in channels, and the Agents Playground drops the thread's reply after one.
    if (activity.conversation?.conversationType !== 'channel') await context.sendActivity({ type: ActivityTypes.Typing });
    await answerFor(askerKey(context), () => this.cardActions.question(this.actionTurn(context, true), question.request, question.person));
  }

  private async answerSubmit(context: TurnContext, submitted: { verb?: unknown }): Promise<void> {
    const check = checkCardAction(submitted.verb, submitted);
    if (!check.ok) {
      log.warn('card action refused', { activityId: context.activity.id, reason: check.reason });
      await context.sendActivity('That button is not valid any more. Ask the question again.');
      return;
    }
    await answerFor(askerKey(context), () => this.cardActions.submit(this.actionTurn(context, false), check.verb, check.request));
  }

  /** What an answer needs from its turn, read before anything is awaited: a slow answer is finished after the turn, when its context is revoked. */
  private actionTurn(context: TurnContext, typed: boolean): ActionTurn {
    const personal = context.activity.conversation?.conversationType === 'personal';
    return { context, activityId: context.activity.id, cardOptions: this.cardOptions(context), personal, admit: this.admitter(context), typed };
  }

  private cardOptions(context: TurnContext): CardOptions {
    const personal = context.activity.conversation?.conversationType === 'personal';
    return { locale: localeOf(context.activity), demoTenant: this.options.demoTenant, showNames: personal || this.options.showNamesInSharedChats };
  }

  /** Books a Graph read against the asker's per-minute allowance; throws QuestionLimitError past it. */
  private admitter(context: TurnContext): () => void {
    const user = askerKey(context);
    return () => this.options.questionLimiter.admit(user);
  }

  private help(): object {
    return helpCard({ examples: EXAMPLE_QUESTIONS, demoTenant: this.options.demoTenant });
  }

  private async sendCard(context: TurnContext, card: object): Promise<void> {
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  }
}
