/**
 * Scenario 8, forecast accuracy: the forecast's method on the demo tenant's history. For each of the last 12
 * whole months, the projection made when days 1–10 were complete (on the 12th: the report lags two days) against
 * the month's actual cost, with the product's code over real HTTP; and, from the same history summed day by day,
 * the two alternatives the method was chosen against.
 */
import { addDays, endOfMonth, isoWeekday } from '../../src/domain/calendarDate';
import { addMonths, startOfMonth } from '../../src/domain/calendarMonths';
import type { DateRange } from '../../src/domain/dateRange';
import { startDemoTenant, type DemoTenant } from '../../src/demoTenant/demoTenant';
import { connectGraph, demoTenantConnection } from '../../src/graph/graphConnection';
import { INCOMPLETE_DAYS } from '../../src/report/forecast';
import { readForecastReports } from '../../src/report/forecastReports';
import { ReportService } from '../../src/report/reportService';
import { BENCH_NOW } from '../benchClock';
import { progress } from '../childProcesses';
import { median } from '../figures';
import type { Table, Target } from '../results';
import type { Scenario } from './scenario';

const MONTHS = 12;
const KNOWN_DAYS = 10;
const CURRENCY = 'USD';
/** The demo tenant's own size (what `npm start` serves). */
const USERS = 500;

function dayCharge(tenant: DemoTenant, first: string, last: string): number {
  const usage = tenant.expectedUsage(new Date(`${first}T00:00:00Z`), new Date(`${last}T23:59:59.999Z`));
  return usage.byCurrency[CURRENCY]?.chargeMicros ?? 0;
}

/** The alternatives, from daily sums apart from the product's path: a rate per weekday, and the month's own pace so far. */
function alternatives(tenant: DemoTenant, month: DateRange, lastKnown: string): { weekday: number; pace: number } {
  const known = dayCharge(tenant, month.first, lastKnown);
  const byWeekday = new Map<number, number>();
  for (let back = 0; back < 28; back += 1) {
    const day = addDays(lastKnown, -back);
    byWeekday.set(isoWeekday(day), (byWeekday.get(isoWeekday(day)) ?? 0) + dayCharge(tenant, day, day) / 4);
  }
  let weekday = known;
  for (let day = addDays(lastKnown, 1); day <= month.last; day = addDays(day, 1)) weekday += byWeekday.get(isoWeekday(day)) ?? 0;
  const days = Number(month.last.slice(8));
  return { weekday, pace: (known / KNOWN_DAYS) * days };
}

const money = (micros: number): string => `$${(micros / 1_000_000).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const percent = (value: number): string => `${value.toFixed(1)} %`;
const errorOf = (projected: number, actual: number): number => (Math.abs(projected - actual) / actual) * 100;

export const forecastAccuracy: Scenario = async () => {
  const tenant = await startDemoTenant({ users: USERS, now: () => BENCH_NOW, throttling: 'off' });
  try {
    const reports = new ReportService(connectGraph({ ...demoTenantConnection(tenant), requestsPerMinute: 180 }), {
      cacheTtlMinutes: 60,
      cacheEntries: 100,
    });
    const rows: string[][] = [];
    const errors = { method: [] as number[], weekday: [] as number[], pace: [] as number[] };
    let inRange = 0;
    for (let back = MONTHS; back >= 1; back -= 1) {
      const first = addMonths(startOfMonth(BENCH_NOW.toISOString().slice(0, 10)), -back);
      const month: DateRange = { first, last: endOfMonth(first), timeZone: 'UTC' };
      const today = addDays(first, KNOWN_DAYS - 1 + INCOMPLETE_DAYS);
      progress(`forecast: ${first.slice(0, 7)} as of ${today}`);
      const [result, actual] = await Promise.all([readForecastReports(reports, month, today, []), reports.report(month)]);
      const dollars = result.currencies.find((c) => c.currency === CURRENCY);
      const actualMicros = actual.currencies.find((c) => c.currency === CURRENCY)?.total.chargeMicros ?? 0;
      if (!dollars || actualMicros === 0) throw new Error(`no ${CURRENCY} usage in ${first}`);
      const { expectedMicros, lowMicros, highMicros } = dollars.projection;
      const other = alternatives(tenant, month, addDays(first, KNOWN_DAYS - 1));
      errors.method.push(errorOf(expectedMicros, actualMicros));
      errors.weekday.push(errorOf(other.weekday, actualMicros));
      errors.pace.push(errorOf(other.pace, actualMicros));
      const covered = actualMicros >= lowMicros && actualMicros <= highMicros;
      if (covered) inRange += 1;
      rows.push([
        first.slice(0, 7),
        money(dollars.completeMicros),
        money(dollars.dailyRateMicros),
        `${money(expectedMicros)} (${money(lowMicros)} – ${money(highMicros)})`,
        money(actualMicros),
        percent(errorOf(expectedMicros, actualMicros)),
        covered ? 'yes' : 'no',
      ]);
    }
    const method = median(errors.method);
    const weekday = median(errors.weekday);
    const pace = median(errors.pace);
    const table: Table = {
      title: `8. Forecast: the last ${MONTHS} months of the demo tenant (${USERS} people, ${CURRENCY}), projected from days 1–${KNOWN_DAYS}`,
      columns: ['Month', `Days 1–${KNOWN_DAYS}`, 'Run rate / day', 'Projection (range)', 'Actual', 'Error', 'In range'],
      rows,
      notes: [
        `Each month as the bot would forecast it on the ${KNOWN_DAYS + INCOMPLETE_DAYS}th (days 1–${KNOWN_DAYS} complete, the last ${INCOMPLETE_DAYS} days still lagging): report/forecastReports.ts reading over HTTP from the demo tenant; actual = the whole month read the same way.`,
        `Median absolute error: **${percent(method)}** (method: days 1–${KNOWN_DAYS} plus the run rate of the 28 complete days before); actual within the range in ${inRange} of ${MONTHS} months.`,
        `Alternatives on the same history (daily sums of the demo tenant, apart from the bot's path): a run rate per weekday ${percent(weekday)}, the month's own pace so far (days 1–${KNOWN_DAYS} × days in month / ${KNOWN_DAYS}) ${percent(pace)}.`,
      ],
    };
    const targets: Target[] = [
      {
        scenario: '8. Forecast: median absolute error, days 1–10 → month (12 months)',
        target: 'no worse than a weekday rate or the month’s pace',
        measured: `${percent(method)} (weekday ${percent(weekday)}, pace ${percent(pace)}); in range ${inRange}/${MONTHS}`,
        holds: method <= weekday && method <= pace,
      },
    ];
    return { tables: [table], targets };
  } finally {
    await tenant.close();
  }
};
