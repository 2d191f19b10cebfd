/** The reports one monthly run compares — the month, the month before, the same month last year — each read once. */
import type { DateRange } from '../domain/dateRange';
import { log } from '../log';
import type { MonthSummary } from '../cards/summaryCard';
import { compareMonths, type ComparisonSettings } from '../report/monthComparison';
import type { Report } from '../report/report';
import { addToMonth, monthRange, type Month } from './summaryMonth';

/** Where reports come from: the bot's ReportService (cached, one Graph read per range at a time). */
export interface ReportSource {
  report(range: DateRange): Promise<Report>;
}

/**
 * Reads and compares the month. The month and the month before must be read (a failure fails the
 * run, which is retried later); the same month last year is often beyond retention, so a failure
 * there only leaves that comparison out.
 * @example const { comparison, month } = await loadMonthSummary(reportService, '2026-10', 'Europe/Berlin', settings);
 */
export async function loadMonthSummary(source: ReportSource, month: Month, timeZone: string, settings: ComparisonSettings): Promise<MonthSummary> {
  const lastYearRange = monthRange(addToMonth(month, -12), timeZone);
  const [current, previous, lastYear] = await Promise.all([
    source.report(monthRange(month, timeZone)),
    source.report(monthRange(addToMonth(month, -1), timeZone)),
    source.report(lastYearRange).catch((error: unknown) => {
      log.warn('monthly summary: the same month last year could not be read; compared without it', { range: lastYearRange, error });
      return undefined;
    }),
  ]);
  return { comparison: compareMonths({ month: current, previous, lastYear }, settings), month: current };
}
