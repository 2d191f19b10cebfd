/**
 * The budget watch's rules, pure: which alerts a day's forecast of the current month raises.
 *
 * - Budget: the month's projection (forecast.ts) in a budget's currency exceeds that monthly budget; a
 *   department's or cost center's budget is set against the projection of its people's usage alone.
 * - International pace: International charge of the month's complete days (the report holds them in
 *   full: the first of the month through the day before yesterday) per such day, against the previous
 *   month's International charge per calendar day of it, higher by more than INTERNATIONAL_SPIKE_PERCENT.
 *   Not judged before the month has a complete day, nor against a previous month without International spend.
 */
import { daysBetween } from '../domain/calendarDate';
import type { UnitBudget } from '../domain/organisation';
import type { BudgetOutlook, Forecast } from './forecast';
import { isSpike } from './monthComparison';
import type { Report, Spender } from './report';
import { slicesOf } from './spenderSlices';
import type { UnitOutlook } from './unitBudgetOutlooks';

/** People named (where names may be shown) as the top contributors of an alert. */
export const TOP_CONTRIBUTORS = 3;

/** International spend of a span and its days: the pace is their quotient. */
export interface Pace {
  micros: number;
  days: number;
}

export type BudgetAlert =
  | { kind: 'budget'; key: string; currency: string; outlook: BudgetOutlook; contributors: Spender[]; unit?: UnitBudget['unit'] }
  | { kind: 'internationalPace'; key: string; currency: string; percent: number; month: Pace; previous: Pace; contributors: Spender[] };

/** What the watch read for the day: the forecast, the month so far, its complete days and the previous month; the unit budgets' outlooks. */
export interface WatchReports {
  forecast: Forecast;
  toDate: Report;
  complete: Report | undefined;
  previous: Report;
  units: UnitOutlook[];
}

function currencyOf(report: Report | undefined, currency: string) {
  return report?.currencies.find((c) => c.currency === currency);
}

function days(report: Report): number {
  return daysBetween(report.range.first, report.range.last) + 1;
}

/** The top spenders of the month so far in `currency`; for the pace rule, the top International spenders. */
function contributors(report: Report, currency: string, international: boolean): Spender[] {
  const spenders = currencyOf(report, currency)?.spenders ?? [];
  if (!international) return spenders.slice(0, TOP_CONTRIBUTORS);
  return spenders
    .map((spender) => ({ spender, micros: internationalMicros(spender) }))
    .filter((entry) => entry.micros > 0)
    .sort((a, b) => b.micros - a.micros)
    .slice(0, TOP_CONTRIBUTORS)
    .map((entry) => entry.spender);
}

function internationalMicros(spender: Spender): number {
  return slicesOf(spender).filter((slice) => slice.destination === 'International').reduce((sum, slice) => sum + slice.chargeMicros, 0);
}

/**
 * The alerts of the day, keyed so that each is posted at most once a month per conversation
 * (`budget/USD`, `budget/department/sales/USD`, `internationalPace/EUR`; a unit's name in lower case,
 * as names are matched, and URI-encoded).
 * @example budgetAlerts(reports, 50).map((a) => a.key) // ['budget/USD']
 */
export function budgetAlerts(reports: WatchReports, internationalSpikePercent: number): BudgetAlert[] {
  const alerts: BudgetAlert[] = reports.forecast.budgets
    .filter((outlook) => outlook.overMicros > 0)
    .map((outlook) => ({ kind: 'budget', key: `budget/${outlook.currency}`, currency: outlook.currency, outlook, contributors: contributors(reports.toDate, outlook.currency, false) }));
  for (const { budget, outlook, toDate } of reports.units) {
    if (outlook.overMicros <= 0) continue;
    const { unit, currency } = budget;
    const key = `budget/${unit.dimension}/${encodeURIComponent(unit.name.toLowerCase())}/${currency}`;
    alerts.push({ kind: 'budget', key, currency, outlook, contributors: contributors(toDate, currency, false), unit });
  }
  const { complete, previous } = reports;
  if (complete === undefined) return alerts;
  for (const currency of complete.currencies) {
    if (currency.currency === '') continue;
    const month: Pace = { micros: currency.international.chargeMicros, days: days(complete) };
    const before: Pace = { micros: currencyOf(previous, currency.currency)?.international.chargeMicros ?? 0, days: days(previous) };
    // Paces compared without division: month.micros / month.days against before.micros / before.days.
    if (!isSpike(month.micros * before.days, before.micros * month.days, internationalSpikePercent)) continue;
    alerts.push({
      kind: 'internationalPace',
      key: `internationalPace/${currency.currency}`,
      currency: currency.currency,
      percent: internationalSpikePercent,
      month,
      previous: before,
      contributors: contributors(reports.toDate, currency.currency, true),
    });
  }
  return alerts;
}
