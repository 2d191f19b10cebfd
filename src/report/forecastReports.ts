/** Reads the windows of a forecast through the report service (cached like any report) and works the forecast out. */
import type { CalendarDate } from '../domain/calendarDate';
import type { DateRange } from '../domain/dateRange';
import { forecast, type Forecast, forecastWindows } from './forecast';
import type { MonthlyBudget } from '../domain/money';
import type { ReportService } from './reportService';

/**
 * The forecast of `period` (the whole month or quarter holding `today`): six reads at most (the period so far,
 * its complete days, four weeks), each cached, all at once; `admit` is asked before the first read from Graph.
 * @example await readForecastReports(reports, { first: '2026-12-01', last: '2026-12-31', timeZone: 'UTC' }, '2026-12-04', [])
 */
export async function readForecastReports(
  reports: Pick<ReportService, 'report'>,
  period: DateRange,
  today: CalendarDate,
  budgets: MonthlyBudget[],
  admit?: () => void,
): Promise<Forecast> {
  const windows = forecastWindows(period, today);
  const [toDate, complete, weeks] = await Promise.all([
    reports.report(windows.toDate, admit),
    windows.complete && reports.report(windows.complete, admit),
    Promise.all(windows.weeks.map((week) => reports.report(week, admit))),
  ]);
  return forecast(period, today, { toDate, complete, weeks }, budgets);
}
