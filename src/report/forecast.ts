/**
 * The month's (or quarter's) cost so far and a projection to its end. Pure.
 *
 * Method, chosen by measuring on the demo tenant's history (`npm run bench`, scenario "forecast"):
 * what the report holds for the period's complete days, plus the daily run rate of the 28 complete
 * days before for every day still to come. A rate per weekday was no better there, and the pace of
 * the period so far was worse. The range is the same sum at the slowest and the fastest of those
 * four weeks' rates. The report lags 24–48 hours, so today and yesterday are not complete: they are
 * shown as reported so far but projected at the run rate like the days still to come.
 */
import { addDays, type CalendarDate, dateParts, daysBetween } from '../domain/calendarDate';
import type { DateRange } from '../domain/dateRange';
import type { MonthlyBudget } from '../domain/money';
import type { Report, Usage } from './report';

/** Days before today that the report may still be missing usage for (Graph: 24–48 hours). */
export const INCOMPLETE_DAYS = 2;
/** Weeks of complete days the run rate is taken over. */
export const RATE_WEEKS = 4;

/** The ranges a forecast reads, all in the period's zone. */
export interface ForecastWindows {
  /** The period's first day through today: what has been reported so far. */
  toDate: DateRange;
  /** The period's first day through its last complete day; undefined while it has none yet. */
  complete: DateRange | undefined;
  /** The RATE_WEEKS weeks of complete days before, oldest first. */
  weeks: DateRange[];
}

/**
 * What to read to forecast `period` (a whole month or quarter holding `today`).
 * @example forecastWindows({ first: '2026-12-01', last: '2026-12-31', timeZone: 'UTC' }, '2026-12-04').complete // 2026-12-01 – 2026-12-02
 */
export function forecastWindows(period: DateRange, today: CalendarDate): ForecastWindows {
  const lastComplete = addDays(today, -INCOMPLETE_DAYS);
  const { timeZone } = period;
  const weeks = Array.from({ length: RATE_WEEKS }, (_, index) => {
    const last = addDays(lastComplete, -7 * (RATE_WEEKS - 1 - index));
    return { first: addDays(last, -6), last, timeZone };
  });
  const complete = lastComplete >= period.first ? { first: period.first, last: lastComplete, timeZone } : undefined;
  return { toDate: { first: period.first, last: today, timeZone }, complete, weeks };
}

/** A projected charge and its range, in micro-units. */
export interface Projection {
  expectedMicros: number;
  lowMicros: number;
  highMicros: number;
}

/** `micros` × `days` / `per`, rounded half up, exact however large. */
function scaled(micros: number, days: number, per: number): number {
  return Number((BigInt(micros) * BigInt(days) * 2n + BigInt(per)) / (2n * BigInt(per)));
}

/**
 * The charge reported for the complete days plus the run rate of `weekMicros` (each a week's charge)
 * for `remainingDays`; the range uses the slowest and the fastest week.
 * @example projectCharge(100_000_000, [70e6, 70e6, 70e6, 70e6], 10) // { expectedMicros: 200_000_000, lowMicros: 200_000_000, highMicros: 200_000_000 }
 */
export function projectCharge(completeMicros: number, weekMicros: number[], remainingDays: number): Projection {
  const total = weekMicros.reduce((sum, week) => sum + week, 0);
  return {
    expectedMicros: completeMicros + scaled(total, remainingDays, 7 * weekMicros.length),
    lowMicros: completeMicros + scaled(Math.min(...weekMicros), remainingDays, 7),
    highMicros: completeMicros + scaled(Math.max(...weekMicros), remainingDays, 7),
  };
}

/** One currency's forecast. */
export interface CurrencyForecast {
  currency: string;
  /** Exact: every row reported for the period so far (the last two days may still grow). */
  toDate: Usage;
  /** The charge of the complete days, the base of the projection. */
  completeMicros: number;
  /** The run rate per day, rounded to the micro-unit. */
  dailyRateMicros: number;
  projection: Projection;
}

/** The projection against the budget for the period (MONTHLY_BUDGET × its months), in the budget's currency. */
export interface BudgetOutlook {
  currency: string;
  budgetMicros: number;
  months: number;
  /** What the report holds for the period so far in the budget's currency (exact). */
  toDateMicros: number;
  projectedMicros: number;
  /** Projected minus budget: positive when the projection goes over. */
  overMicros: number;
}

export interface Forecast {
  period: DateRange;
  today: CalendarDate;
  windows: ForecastWindows;
  /** Days from the last complete one (exclusive) through the period's end: those projected at the run rate. */
  projectedDays: number;
  /** By the number of people so far, like reports; a currency with a run rate but no usage yet this period is included. */
  currencies: CurrencyForecast[];
  /** One per configured budget, in the order configured. */
  budgets: BudgetOutlook[];
}

/** The reports of `forecastWindows`, read. */
export interface ForecastReports {
  toDate: Report;
  complete: Report | undefined;
  weeks: Report[];
}

function chargeIn(report: Report | undefined, currency: string): number {
  return report?.currencies.find((c) => c.currency === currency)?.total.chargeMicros ?? 0;
}

function monthsIn(period: DateRange): number {
  const first = dateParts(period.first);
  const last = dateParts(period.last);
  return (last.year - first.year) * 12 + last.month - first.month + 1;
}

function outlook(currencies: CurrencyForecast[], period: DateRange, budget: MonthlyBudget): BudgetOutlook {
  const months = monthsIn(period);
  const budgetMicros = budget.amountMicros * months;
  const forecasted = currencies.find((c) => c.currency === budget.currency);
  const projectedMicros = forecasted?.projection.expectedMicros ?? 0;
  const toDateMicros = forecasted?.toDate.chargeMicros ?? 0;
  return { currency: budget.currency, budgetMicros, months, toDateMicros, projectedMicros, overMicros: projectedMicros - budgetMicros };
}

/**
 * The forecast of `period` (a whole month or quarter holding `today`) from the reports of its windows,
 * set against each monthly budget.
 * @example forecast(december, '2026-12-04', { toDate, complete, weeks }, [{ currency: 'USD', amountMicros: 2_500_000_000 }])
 */
export function forecast(period: DateRange, today: CalendarDate, reports: ForecastReports, budgets: MonthlyBudget[]): Forecast {
  const windows = forecastWindows(period, today);
  const projectedDays = daysBetween(windows.complete?.last ?? addDays(period.first, -1), period.last);
  const codes = reports.toDate.currencies.map((c) => c.currency);
  for (const week of reports.weeks) for (const c of week.currencies) if (!codes.includes(c.currency)) codes.push(c.currency);
  const currencies = codes.map((currency): CurrencyForecast => {
    const toDate = reports.toDate.currencies.find((c) => c.currency === currency)?.total ?? { calls: 0, seconds: 0, chargeMicros: 0 };
    const weekMicros = reports.weeks.map((week) => chargeIn(week, currency));
    const completeMicros = chargeIn(reports.complete, currency);
    return {
      currency,
      toDate,
      completeMicros,
      dailyRateMicros: scaled(weekMicros.reduce((sum, week) => sum + week, 0), 1, 7 * weekMicros.length),
      projection: projectCharge(completeMicros, weekMicros, projectedDays),
    };
  });
  return { period, today, windows, projectedDays, currencies, budgets: budgets.map((budget) => outlook(currencies, period, budget)) };
}
