/** Answers a forecast: the month or quarter so far and its projection, or a note when that period is no longer the current one. */
import { forecastCard, type BudgetNote, type UnitBudgetLines } from '../../cards/forecastCard';
import { noticeCard } from '../../cards/noticeCard';
import { rangeText } from '../../cards/viewHeader';
import { type CalendarDate, todayIn } from '../../domain/calendarDate';
import type { DateRange } from '../../domain/dateRange';
import type { OrgUnit, UnitBudget } from '../../domain/organisation';
import type { ViewRequestOf } from '../../domain/viewRequest';
import { log } from '../../log';
import { readForecastReports } from '../../report/forecastReports';
import { readUnitOutlooks } from '../../report/unitBudgetOutlooks';
import { cardOrError, type ActionTurn, type CardActionServices, type CardAnswer } from './cardAction';

function sameUnit(a: OrgUnit, b: OrgUnit): boolean {
  return a.dimension === b.dimension && a.name.toLowerCase() === b.name.toLowerCase();
}

/** The unit budgets set against their people's projection; without the directory (no User.Read.All) each is listed as not checked, never left out. */
async function unitLines(services: CardActionServices, range: DateRange, today: CalendarDate, budgets: UnitBudget[], admit: () => void): Promise<UnitBudgetLines> {
  if (budgets.length === 0) return { outlooks: [], unchecked: [] };
  const directory = await services.organisation.directoryIfAllowed(admit);
  if (directory === undefined) {
    log.warn('forecast: department and cost-center budgets not checked: User.Read.All not granted', { budgets: budgets.length });
    return { outlooks: [], unchecked: budgets };
  }
  return { outlooks: await readUnitOutlooks(services.reports, range, today, budgets, directory, admit), unchecked: [] };
}

/**
 * The forecast card of the request's period, as of today in the period's zone. A forecast made earlier
 * whose period is over (a button pressed next month) gets a note, never a projection of the past.
 * @example forecastAnswer(forecastRequest(december), turn, services)
 */
export function forecastAnswer(request: ViewRequestOf<'forecast'>, turn: ActionTurn, services: CardActionServices): CardAnswer {
  const card = cardOrError(turn, 'forecast', async () => {
    const { range } = request;
    const today = todayIn(services.forecasts.clock(), range.timeZone);
    if (today < range.first || today > range.last) {
      const text = `${rangeText(range, turn.cardOptions.locale)} is not the current period any more. Ask “what will this month cost?” again.`;
      return noticeCard('This forecast is out of date', text, turn.cardOptions);
    }
    const span = range.first.slice(0, 7) === range.last.slice(0, 7) ? 'month' : 'quarter';
    // Budgets are a whole tenant's or a whole unit's: a projection narrowed to a location or destination is
    // set against none, one narrowed to a department or cost center against that unit's own budgets only.
    const narrowed = request.filters.country !== undefined || request.filters.destination !== undefined;
    const unit = request.filters.orgUnit;
    const { budgets, unitBudgets } = services.forecasts;
    const own = narrowed ? [] : unitBudgets.filter((budget) => unit === undefined || sameUnit(budget.unit, unit));
    const [result, units] = await Promise.all([
      readForecastReports(services.reports, range, today, narrowed || unit !== undefined ? [] : budgets, turn.admit),
      unitLines(services, range, today, own, turn.admit),
    ]);
    const anyBudget = budgets.length + unitBudgets.length > 0;
    let budgetNote: BudgetNote | undefined;
    if (narrowed) budgetNote = anyBudget ? 'leftOut' : undefined;
    else if (!anyBudget) budgetNote = 'unset';
    else if (unit !== undefined && own.length === 0) budgetNote = 'unitLeftOut';
    return forecastCard(result, request, span, budgetNote, turn.cardOptions, units);
  });
  return { kind: 'replace', card };
}
