/** The budget watch's alert: what is projected against which budget (or the International pace), the month so far, who contributed most, and the month's report. */
import type { DateRange } from '../domain/dateRange';
import { unitBudgetLabel } from '../domain/organisation';
import type { BudgetAlert, Pace } from '../report/budgetAlerts';
import { openReportData } from './actionButtons';
import type { ActionButtonData, AdaptiveCardJson, CardOptions } from './cardModels';
import type { FactData } from './drilldownModels';
import { formatCount, formatDay, formatMoney, formatPermille, resolveLocale, sharePermille } from './format';
import { personName } from './personName';
import { clip } from './cardSize';
import { cardRenderer } from './renderCard';
import { monthLabel } from './summaryCard';
import template from './templates/budgetAlertCard.json';

/** `templates/budgetAlertCard.json`. */
export interface BudgetAlertCardData {
  title: string;
  demoTenant: boolean;
  lead: string;
  facts: FactData[];
  contributors: string;
  note: string;
  actions: ActionButtonData[];
}

const MAX_NAME_CHARS = 40;
/** A department's or cost center's name as the alert names it. */
const MAX_UNIT_CHARS = 64;
const render = cardRenderer<BudgetAlertCardData>(template);

/** Names only where names may be shown (personal chat, or SHOW_NAMES_IN_SHARED_CHATS); otherwise how many. */
function contributorsText(alert: BudgetAlert, showNames: boolean, locale: string): string {
  const people = alert.contributors;
  if (people.length === 0) return 'No one has spent in this currency so far this month.';
  const what = alert.kind === 'budget' ? 'spend' : 'International spend';
  if (!showNames) return `The top ${formatCount(people.length, locale)} contributors to this month's ${what} are named in personal chat with the bot only.`;
  return `Top contributors to this month's ${what} so far: ${people.map((p) => personName(p, MAX_NAME_CHARS)).join(', ')}.`;
}

/** Micro-units per day, rounded half up. */
function perDay(pace: Pace): number {
  return Math.round(pace.micros / pace.days);
}

/**
 * The alert card of one alert; `toDate` is the month so far (its report is what the button opens, of the
 * budget's department or cost center when it has one) and `toDateMicros` what it holds in the alert's currency.
 * @example budgetAlertCard(alert, { first: '2026-12-01', last: '2026-12-10', timeZone: 'UTC' }, 1_234_000_000, { locale: 'en-US', demoTenant: false, showNames: false })
 */
export function budgetAlertCard(alert: BudgetAlert, toDate: DateRange, toDateMicros: number, options: CardOptions): AdaptiveCardJson {
  const locale = resolveLocale(options.locale);
  const money = (micros: number): string => formatMoney(micros, alert.currency, locale);
  const month = monthLabel(toDate.first, locale);
  const soFar = { title: 'Month to date', value: `${money(toDateMicros)} (${formatDay(toDate.first, locale)} – ${formatDay(toDate.last, locale)}, as reported)` };
  const unit = alert.kind === 'budget' ? alert.unit : undefined;
  const common = {
    demoTenant: options.demoTenant,
    contributors: contributorsText(alert, options.showNames, locale),
    actions: [{ title: `Open the ${month} report so far`, data: openReportData({ range: toDate, phrase: month, clippedToToday: false, reachedPastToday: false }, alert.currency, unit) }],
  };
  if (alert.kind === 'budget') {
    const { outlook } = alert;
    const scope = unit === undefined ? undefined : clip(unitBudgetLabel({ unit }), MAX_UNIT_CHARS);
    return render({
      ...common,
      title: `Budget alert: ${month} is projected over the ${scope === undefined ? '' : `${scope} `}${alert.currency} budget`,
      lead:
        scope === undefined
          ? `At the current run rate, dial-out in ${alert.currency} will cost ${money(outlook.projectedMicros)} this month: ${money(outlook.overMicros)} over the monthly budget of ${money(outlook.budgetMicros)}.`
          : `At the current run rate, dial-out of ${scope}’s people will cost ${money(outlook.projectedMicros)} in ${alert.currency} this month: ${money(outlook.overMicros)} over its monthly budget of ${money(outlook.budgetMicros)}.`,
      facts: [
        ...(scope === undefined ? [] : [{ title: 'Budget of', value: `${scope} (its people as the directory lists them)` }]),
        { title: 'Projected for the month', value: `${money(outlook.projectedMicros)} (not yet a cost)` },
        { title: 'Monthly budget', value: money(outlook.budgetMicros) },
        { title: 'Projected over by', value: `${money(outlook.overMicros)} (${formatPermille(sharePermille(outlook.projectedMicros, outlook.budgetMicros), locale)} of the budget)` },
        soFar,
      ],
      note: 'The projection adds the run rate of the last four complete weeks to what is reported so far; ask "are we on track?" for the method and every budget.',
    });
  }
  const growth = formatPermille(sharePermille(alert.month.micros * alert.previous.days - alert.previous.micros * alert.month.days, alert.previous.micros * alert.month.days), locale);
  return render({
    ...common,
    title: `International spend in ${alert.currency} is running ${growth} above last month's pace`,
    lead: `International dial-out in ${alert.currency} averages ${money(perDay(alert.month))} a day this month, against ${money(perDay(alert.previous))} a day last month: more than the ${alert.percent}% the bot alerts at.`,
    facts: [
      { title: 'International this month', value: `${money(alert.month.micros)} over ${formatCount(alert.month.days, locale)} complete days` },
      { title: 'International last month', value: `${money(alert.previous.micros)} over ${formatCount(alert.previous.days, locale)} days` },
      soFar,
    ],
    note: 'The pace counts the complete days only (the report lags 24–48 hours): the International charge per day this month against the previous month\'s per calendar day.',
  });
}
