/** The forecast view: the period so far, exactly as reported, and a projection to its end, labelled as one, with its method. */
import { addDays } from '../domain/calendarDate';
import type { DateRange } from '../domain/dateRange';
import { type BudgetOutlook, type CurrencyForecast, type Forecast, INCOMPLETE_DAYS, RATE_WEEKS } from '../report/forecast';
import { reportRequest, type ViewRequestOf } from '../domain/viewRequest';
import { unitBudgetLabel, type UnitBudget } from '../domain/organisation';
import type { UnitOutlook } from '../report/unitBudgetOutlooks';
import { reportData } from './actionButtons';
import type { ActionButtonData, AdaptiveCardJson, FiltersData } from './cardModels';
import type { FactData } from './drilldownModels';
import { formatCount, formatDay, formatMinutes, formatMoney, formatPermille, resolveLocale, sharePermille } from './format';
import type { CardOptions } from './cardModels';
import { cardRenderer } from './renderCard';
import template from './templates/forecastCard.json';
import { clip, clipPhrase } from './cardSize';
import { filterChips } from './filterChips';
import { filterChipsBlock } from './viewFrame';
import { rangeText } from './viewHeader';

/** `templates/forecastCard.json`. */
export interface ForecastCardData {
  title: string;
  demoTenant: boolean;
  phrase: string;
  periodText: string;
  /** The usage location and destination the figures are narrowed to, with a button to drop each. */
  filters: FiltersData;
  toDateTitle: string;
  lagNote: string;
  isEmpty: boolean;
  currencies: Array<{
    heading: string;
    toDate: FactData[];
    projectionTitle: string;
    projection: string;
    range: string;
  }>;
  method: string;
  /**
   * Each budget against the projection: the period so far, the projection and whether it goes over
   * (Attention) or not (Good); a department's or cost center's budget not checked is a Warning.
   */
  budgets: Array<{ text: string; color: 'Attention' | 'Good' | 'Warning' }>;
  /** Why no budget is compared (narrowed, or none set, with how to set one); '' otherwise. */
  budgetNote: string;
  actions: ActionButtonData[];
}

/** Where the filter line goes: under the question and its period. */
const FILTERS_AT = 4;
const render = cardRenderer<ForecastCardData>({ ...template, body: [...template.body.slice(0, FILTERS_AT), filterChipsBlock('filters'), ...template.body.slice(FILTERS_AT)] });

/**
 * Why the card compares no budget: the request is narrowed (the budgets are the whole tenant's or a whole
 * unit's), it is a department's or cost center's without a budget of its own, or none is set.
 */
export type BudgetNote = 'leftOut' | 'unitLeftOut' | 'unset';

const BUDGET_NOTES: Record<BudgetNote, string> = {
  leftOut: 'The monthly budget is for the whole tenant, so it is not compared with this narrowed projection.',
  unitLeftOut: 'No budget is set for this department or cost center, and the tenant-wide budgets are not compared with the projection of its people.',
  unset:
    'No budget is set. Your bot admin can set a monthly budget per currency: MONTHLY_BUDGET (such as "2500 USD") or a BUDGETS_FILE of "currency,amount" lines, ' +
    'and "department,Sales,USD,800" or "costCenter,4711,EUR,300" lines for a department or cost center; the bot then alerts subscribed chats when the month is projected to go over.',
};

function methodText(result: Forecast, locale: string): string {
  const { complete, weeks } = result.windows;
  const rateRange: DateRange = { first: weeks[0]?.first ?? '', last: weeks.at(-1)?.last ?? '', timeZone: result.period.timeZone };
  const base = complete ? `${formatDay(complete.first, locale)} – ${formatDay(complete.last, locale)} as reported, plus` : 'No complete day yet:';
  const from = formatDay(addDays(result.period.last, 1 - result.projectedDays), locale);
  return (
    `Method: ${base} the daily run rate of the ${RATE_WEEKS * 7} complete days ${formatDay(rateRange.first, locale)} – ${formatDay(rateRange.last, locale)} ` +
    `for the ${formatCount(result.projectedDays, locale)} days from ${from} on; the range uses the slowest and the fastest of those ${RATE_WEEKS} weeks.`
  );
}

/** A department's or cost center's name as a budget line names it. */
const MAX_UNIT_CHARS = 64;

/** The budgets of departments and cost centers: each set against its people's projection, or not checked without the directory. */
export interface UnitBudgetLines {
  outlooks: UnitOutlook[];
  /** Budgets not checked: the app may not read the directory (no User.Read.All). */
  unchecked: UnitBudget[];
}

function scopeText(budget: Pick<UnitBudget, 'unit'>): string {
  return clip(unitBudgetLabel(budget), MAX_UNIT_CHARS);
}

function uncheckedLine(budget: UnitBudget, locale: string): ForecastCardData['budgets'][number] {
  const amount = formatMoney(budget.amountMicros, budget.currency, locale);
  return {
    text: `${scopeText(budget)}, ${budget.currency}: monthly budget of ${amount} not checked. The bot may not read the directory's departments and cost centers (grant the app registration User.Read.All).`,
    color: 'Warning',
  };
}

function budgetLine(budget: BudgetOutlook, locale: string, scope?: string): ForecastCardData['budgets'][number] {
  const money = (micros: number): string => formatMoney(micros, budget.currency, locale);
  const of = budget.months === 1 ? `budget of ${money(budget.budgetMicros)}` : `budget of ${money(budget.budgetMicros)} (${budget.months} × the monthly budget)`;
  const share = formatPermille(sharePermille(budget.projectedMicros, budget.budgetMicros), locale);
  const figures = `${scope === undefined ? '' : `${scope}, `}${budget.currency}: ${money(budget.toDateMicros)} so far, ${money(budget.projectedMicros)} projected.`;
  const status =
    budget.overMicros > 0
      ? `Projected to go over the ${of} by ${money(budget.overMicros)} (${share} of it).`
      : `Projected within the ${of}: ${share} of it.`;
  return { text: `${figures} ${status}`, color: budget.overMicros > 0 ? 'Attention' : 'Good' };
}

function currencyRows(currency: CurrencyForecast, spanWord: string, locale: string): ForecastCardData['currencies'][number] {
  const money = (micros: number): string => formatMoney(micros, currency.currency, locale);
  const { expectedMicros, lowMicros, highMicros } = currency.projection;
  return {
    heading: `In ${currency.currency}`,
    toDate: [
      { title: 'Cost so far', value: money(currency.toDate.chargeMicros) },
      { title: 'Calls', value: formatCount(currency.toDate.calls, locale) },
      { title: 'Minutes', value: formatMinutes(currency.toDate.seconds, locale) },
      { title: 'Run rate', value: `${money(currency.dailyRateMicros)} a day` },
    ],
    projectionTitle: `Projection for the whole ${spanWord} (not yet a cost)`,
    projection: money(expectedMicros),
    range: `Range ${money(lowMicros)} – ${money(highMicros)}`,
  };
}

/**
 * The forecast card. The period so far is the exact sum of what the report holds; the projection is
 * always labelled as one and never stands in for the period's cost. Every budget of the forecast gets
 * a line, then every department's and cost center's budget; `budgetNote` says why there is none.
 * @example forecastCard(forecast(december, today, reports, budgets), request, 'month', undefined, options, { outlooks, unchecked: [] })
 */
export function forecastCard(
  result: Forecast,
  request: ViewRequestOf<'forecast'>,
  span: 'month' | 'quarter',
  budgetNote: BudgetNote | undefined,
  options: CardOptions,
  units: UnitBudgetLines = { outlooks: [], unchecked: [] },
): AdaptiveCardJson {
  const locale = resolveLocale(options.locale);
  const clipped = clipPhrase(request.phrase);
  const title = span === 'month' ? 'Dial-out forecast for this month' : 'Dial-out forecast for this quarter';
  const lead = result.currencies[0]?.currency;
  return render({
    title,
    demoTenant: options.demoTenant,
    phrase: clipped,
    periodText: rangeText(result.period, locale),
    filters: filterChips(request, locale),
    toDateTitle: `So far: ${rangeText(result.windows.toDate, locale)}, exactly as reported`,
    lagNote: `The report lags 24–48 hours: the last ${INCOMPLETE_DAYS} days may still grow, so the projection counts them at the run rate, not as reported.`,
    isEmpty: result.currencies.length === 0,
    currencies: result.currencies.map((currency) => currencyRows(currency, span, locale)),
    method: methodText(result, locale),
    budgets: [
      ...result.budgets.map((budget) => budgetLine(budget, locale)),
      ...units.outlooks.map(({ budget, outlook }) => budgetLine(outlook, locale, scopeText(budget))),
      ...units.unchecked.map((budget) => uncheckedLine(budget, locale)),
    ],
    budgetNote: budgetNote === undefined ? '' : BUDGET_NOTES[budgetNote],
    actions:
      lead === undefined
        ? []
        : [{ title: 'Report so far', data: reportData(reportRequest({ range: result.windows.toDate, phrase: clipped, clippedToToday: false, reachedPastToday: false }, request.filters), lead, 0) }],
  });
}
