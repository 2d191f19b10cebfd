/**
 * Department and cost-center budgets against their people's projection: the forecast (forecast.ts) of
 * the reports narrowed to the unit (orgUnitFilter.ts), read through the report service (cached).
 */
import type { CalendarDate } from '../domain/calendarDate';
import type { DateRange } from '../domain/dateRange';
import type { OrgDirectory, UnitBudget } from '../domain/organisation';
import type { BudgetOutlook } from './forecast';
import { readForecastReports } from './forecastReports';
import { narrowToOrgUnit } from './orgUnitFilter';
import type { Report } from './report';
import type { ReportService } from './reportService';

/** One unit budget set against the projection of the unit's people. */
export interface UnitOutlook {
  budget: UnitBudget;
  outlook: BudgetOutlook;
  /** The unit's people's period so far (its top spenders are an alert's contributors). */
  toDate: Report;
}

/**
 * Each budget's outlook for `period` (the month or quarter holding `today`): the unit's people (by the
 * directory) projected like the whole tenant, from the same cached reads; `admit` as for any read.
 * @example await readUnitOutlooks(reports, november, '2026-11-12', [{ unit: { dimension: 'department', name: 'Sales' }, currency: 'USD', amountMicros: 800_000_000 }], directory)
 */
export function readUnitOutlooks(
  reports: Pick<ReportService, 'report'>,
  period: DateRange,
  today: CalendarDate,
  budgets: readonly UnitBudget[],
  directory: OrgDirectory,
  admit?: () => void,
): Promise<UnitOutlook[]> {
  return Promise.all(
    budgets.map(async (budget) => {
      const unitReports = { report: async (range: DateRange, ask?: () => void) => narrowToOrgUnit(await reports.report(range, ask), directory, budget.unit) };
      const result = await readForecastReports(unitReports, period, today, [budget], admit);
      return { budget, outlook: result.budgets[0] as BudgetOutlook, toDate: await unitReports.report(result.windows.toDate, admit) };
    }),
  );
}
