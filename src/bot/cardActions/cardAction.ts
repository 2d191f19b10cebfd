/** What answering a view request may use, and the shapes an answer takes. */
import type { TurnContext } from 'botbuilder';
import type { CardOptions } from '../../cards/cardModels';
import type { MonthSummary } from '../../cards/summaryCard';
import type { DateRange } from '../../domain/dateRange';
import type { UnitBudget } from '../../domain/organisation';
import type { OrgDirectoryStore } from '../../graph/orgDirectoryStore';
import type { View } from '../../domain/viewRequest';
import { log } from '../../log';
import type { MonthlyBudget } from '../../domain/money';
import type { PeriodicReports } from '../../report/periodicReports';
import type { PersonCalls } from '../../report/personCalls';
import type { ReportService } from '../../report/reportService';
import type { CsvExports } from '../csvExports';
import { errorAnswer } from '../errorAnswer';
import type { ProgressFeed } from '../progressFeed';

/** The services answers draw on. */
export interface CardActionServices {
  reports: Pick<ReportService, 'report'>;
  /** The range period by period, for trends. */
  periodic: Pick<PeriodicReports, 'read'>;
  /** A person's calls from the call log. */
  calls: PersonCalls;
  /**
   * What forecasts need besides reports: today (from the app's clock, also what trends are drawn as of) and
   * the budgets (MONTHLY_BUDGET, BUDGETS_FILE): tenant-wide ones, and those of departments and cost centers.
   */
  forecasts: { clock: () => Date; budgets: MonthlyBudget[]; unitBudgets: UnitBudget[] };
  /** The monthly summary of the whole month `range`, on demand: the month's, the previous month's and last year's reports compared. */
  summaries: { month: (range: DateRange, admit: () => void) => Promise<MonthSummary> };
  /** The directory's departments, offices and cost centers (read from Graph at most once a day). */
  organisation: Pick<OrgDirectoryStore, 'directory' | 'directoryIfAllowed'>;
  /** Files waiting for consent, and the bot's app id (for the link to its personal chat; empty in local mode). */
  exports: { files: CsvExports; botAppId: string };
}

/** The turn a question or button press arrived in, read before anything is awaited (a late answer outlives its turn). */
export interface ActionTurn {
  context: TurnContext;
  activityId: string | undefined;
  cardOptions: CardOptions;
  /** True in the bot's personal chat (files are offered only there). */
  personal: boolean;
  /** Books a new Graph read against the asker's per-minute allowance; throws past it. */
  admit: () => void;
  /** True for a typed question, false for a button press (named so in the log when the answer fails). */
  typed: boolean;
}

/**
 * How a view is answered:
 * - `replace`: the card replaces the one whose button was pressed (with progress shown in its place when slow);
 * - `post`: the card arrives as a new message and the pressed card stays, with `note` as the invoke's answer;
 * - `told`: the answer has sent what it had to itself; `note` is the invoke's answer.
 */
export type CardAnswer =
  | { kind: 'replace'; card: Promise<object>; progress?: ProgressFeed }
  | { kind: 'post'; card: Promise<object>; note: string }
  | { kind: 'told'; note: Promise<string> };

/**
 * The card `build` makes, or the error card when it fails (logged with the activity id): a failed view
 * never leaves the user without an answer.
 */
export async function cardOrError(turn: ActionTurn, view: View, build: () => Promise<object>): Promise<object> {
  try {
    return await build();
  } catch (error) {
    log.error(turn.typed ? 'cost question failed' : 'card action failed', { activityId: turn.activityId, view, error });
    return errorAnswer(error, turn.activityId);
  }
}
