/** The shape of one card verb: its payload schema and its answer, and what an answer may use. */
import type { TurnContext } from 'botbuilder';
import type { CardVerb, DataOf } from '../../cards/actionData';
import type { CardOptions } from '../../cards/reportCard';
import { log } from '../../log';
import type { PeriodicReports } from '../../report/periodicReports';
import type { PersonCalls } from '../../report/personCalls';
import type { ReportService } from '../../report/reportService';
import type { CsvExports } from '../csvExports';
import { errorAnswer } from '../errorAnswer';
import type { ProgressFeed } from '../progressFeed';

/** The services answers draw on. */
export interface CardActionServices {
  reports: ReportService;
  /** The range period by period, for trends. */
  periodic: PeriodicReports;
  /** A person's calls from the call log. */
  calls: PersonCalls;
  /** Files waiting for consent, and the bot's app id (for the link to its personal chat; empty in local mode). */
  exports: { files: CsvExports; botAppId: string };
}

/** The turn a button press arrived in, read before anything is awaited (a late answer outlives its turn). */
export interface ActionTurn {
  context: TurnContext;
  activityId: string | undefined;
  cardOptions: CardOptions;
  /** True in the bot's personal chat (files are offered only there). */
  personal: boolean;
  /** Books a new Graph read against the asker's per-minute allowance; throws past it. */
  admit: () => void;
}

/**
 * How a verb answers:
 * - `replace`: the card replaces the one whose button was pressed (with progress shown in its place when slow);
 * - `post`: the card arrives as a new message and the pressed card stays, with `note` as the invoke's answer;
 * - `told`: the verb has sent what it had to itself; `note` is the invoke's answer.
 */
export type CardAnswer =
  | { kind: 'replace'; card: Promise<object>; progress?: ProgressFeed }
  | { kind: 'post'; card: Promise<object>; note: string }
  | { kind: 'told'; note: Promise<string> };

/** One verb: `check` copies the known fields of a payload or throws PayloadRefused; `answer` answers a checked one. */
export interface CardAction<V extends CardVerb> {
  verb: V;
  check(data: Record<string, unknown>): DataOf<V>;
  answer(data: DataOf<V>, turn: ActionTurn, services: CardActionServices): CardAnswer;
}

/**
 * The card `build` makes, or the error card when it fails (logged with the activity id): a failed view
 * never leaves the user without an answer.
 */
export async function cardOrError(turn: ActionTurn, verb: CardVerb, build: () => Promise<object>): Promise<object> {
  try {
    return await build();
  } catch (error) {
    log.error('card action failed', { activityId: turn.activityId, verb, error });
    return errorAnswer(error, turn.activityId);
  }
}
