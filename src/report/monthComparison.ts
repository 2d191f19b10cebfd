/** A month's report against the month before and the same month a year earlier, with budget and spike alerts. Pure. */
import type { DateRange } from '../domain/dateRange';
import type { MonthlyBudget } from '../domain/money';
import type { CurrencyReport, Report, Spender, Usage } from './report';

/** The reports a comparison is made from; a comparison report is undefined when it could not be had. */
export interface MonthReports {
  month: Report;
  previous: Report | undefined;
  lastYear: Report | undefined;
}

export interface ComparisonSettings {
  /** One per currency (MONTHLY_BUDGET, BUDGETS_FILE). */
  budgets: MonthlyBudget[];
  /** International spend growing by more than this percentage against the previous month is flagged. */
  internationalSpikePercent: number;
}

/** A charge against an earlier one. */
export interface Change {
  previousMicros: number;
  deltaMicros: number;
  /** The change in tenths of a percent (half away from zero); null when the earlier charge was 0. */
  permille: number | null;
}

/** A person whose spend moved against the previous month (who may have spent nothing in one of the two). */
export interface Mover {
  userId: string;
  userPrincipalName: string;
  userDisplayName: string;
  previousMicros: number;
  currentMicros: number;
  deltaMicros: number;
}

/** One currency of the month, with its comparisons. */
export interface CurrencyComparison {
  currency: string;
  total: Usage;
  domestic: Usage;
  international: Usage;
  /** Undefined when the previous month has no data at all. */
  vsPrevious: Change | undefined;
  /** Undefined when the same month last year has no data at all (often beyond retention). */
  vsLastYear: Change | undefined;
  topSpenders: Spender[];
  /** The largest changes per person against the previous month, largest first; empty without previous data. */
  movers: Mover[];
  /** Set when International spend grew by more than the configured percentage. */
  internationalSpike: Change | undefined;
}

/** The month's spend in the budget's currency, when it is over the budget. */
export interface BudgetExcess {
  currency: string;
  budgetMicros: number;
  spentMicros: number;
  overMicros: number;
}

export interface MonthComparison {
  range: DateRange;
  previousRange: DateRange | undefined;
  lastYearRange: DateRange | undefined;
  currencies: CurrencyComparison[];
  overBudget: BudgetExcess | undefined;
}

export const TOP_SPENDERS = 5;
export const MOVERS = 3;

/**
 * Tenths of a percent that `current` differs from `previous`, exact (half away from zero).
 * @example changePermille(1_500_000, 1_000_000) // 500 (+50.0%)
 */
export function changePermille(current: number, previous: number): number | null {
  if (previous <= 0) return null;
  const delta = BigInt(current) - BigInt(previous);
  const magnitude = ((delta < 0n ? -delta : delta) * 2000n + BigInt(previous)) / (2n * BigInt(previous));
  return Number(delta < 0n ? -magnitude : magnitude);
}

/**
 * `current` against `previous`: the difference and its percentage.
 * @example change(1_500_000, 1_000_000) // { previousMicros: 1_000_000, deltaMicros: 500_000, permille: 500 }
 */
export function change(current: number, previous: number): Change {
  return { previousMicros: previous, deltaMicros: current - previous, permille: changePermille(current, previous) };
}

/** A report with no rows says nothing about the month (not reported, or beyond retention). */
function hasData(report: Report | undefined): report is Report {
  return report !== undefined && report.currencies.length > 0;
}

function sameCurrency(report: Report, currency: string): CurrencyReport | undefined {
  return report.currencies.find((c) => c.currency === currency);
}

function compareMovers(a: Mover, b: Mover): number {
  const size = Math.abs(b.deltaMicros) - Math.abs(a.deltaMicros);
  return size || (a.userPrincipalName < b.userPrincipalName ? -1 : a.userPrincipalName > b.userPrincipalName ? 1 : 0);
}

/**
 * The people whose spend changed most (the MOVERS largest changes), over everyone who spent in either period.
 * @example movers(october.spenders, september.spenders)[0]?.deltaMicros
 */
export function movers(current: Spender[], previous: Spender[]): Mover[] {
  const before = new Map(previous.map((s) => [s.userId, s]));
  const all: Mover[] = current.map((s) => {
    const previousMicros = before.get(s.userId)?.chargeMicros ?? 0;
    before.delete(s.userId);
    return { ...identity(s), previousMicros, currentMicros: s.chargeMicros, deltaMicros: s.chargeMicros - previousMicros };
  });
  for (const gone of before.values()) {
    all.push({ ...identity(gone), previousMicros: gone.chargeMicros, currentMicros: 0, deltaMicros: -gone.chargeMicros });
  }
  return all.filter((m) => m.deltaMicros !== 0).sort(compareMovers).slice(0, MOVERS);
}

function identity(s: Spender): Pick<Mover, 'userId' | 'userPrincipalName' | 'userDisplayName'> {
  return { userId: s.userId, userPrincipalName: s.userPrincipalName, userDisplayName: s.userDisplayName };
}

/** Growth strictly above `percent`, from a previous amount above zero (growth from nothing has no percentage). */
/** True when `current` exceeds `previous` by more than `percent` percent (never against nothing). */
export function isSpike(current: number, previous: number, percent: number): boolean {
  if (previous <= 0) return false;
  return (BigInt(current) - BigInt(previous)) * 100n > BigInt(previous) * BigInt(percent);
}

function compareCurrency(current: CurrencyReport, reports: MonthReports, settings: ComparisonSettings): CurrencyComparison {
  const previous = hasData(reports.previous) ? sameCurrency(reports.previous, current.currency) : undefined;
  const lastYear = hasData(reports.lastYear) ? sameCurrency(reports.lastYear, current.currency) : undefined;
  const charge = current.total.chargeMicros;
  const internationalBefore = previous?.international.chargeMicros ?? 0;
  const internationalNow = current.international.chargeMicros;
  return {
    currency: current.currency,
    total: current.total,
    domestic: current.domestic,
    international: current.international,
    vsPrevious: hasData(reports.previous) ? change(charge, previous?.total.chargeMicros ?? 0) : undefined,
    vsLastYear: hasData(reports.lastYear) ? change(charge, lastYear?.total.chargeMicros ?? 0) : undefined,
    topSpenders: current.spenders.slice(0, TOP_SPENDERS),
    movers: hasData(reports.previous) ? movers(current.spenders, previous?.spenders ?? []) : [],
    internationalSpike: isSpike(internationalNow, internationalBefore, settings.internationalSpikePercent)
      ? change(internationalNow, internationalBefore)
      : undefined,
  };
}

function excess(month: Report, budget: MonthlyBudget): BudgetExcess | undefined {
  const spentMicros = sameCurrency(month, budget.currency)?.total.chargeMicros ?? 0;
  if (spentMicros <= budget.amountMicros) return undefined;
  return { currency: budget.currency, budgetMicros: budget.amountMicros, spentMicros, overMicros: spentMicros - budget.amountMicros };
}

/** The first budget (in the order configured) the month went over. */
function overBudget(month: Report, budgets: MonthlyBudget[]): BudgetExcess | undefined {
  for (const budget of budgets) {
    const over = excess(month, budget);
    if (over) return over;
  }
  return undefined;
}

/**
 * Compares the month with the month before and the same month last year, per currency (amounts of
 * different currencies are never compared), and checks the budget and the International spike.
 * @example compareMonths({ month: october, previous: september, lastYear: october2025 }, { budgets: [{ currency: 'USD', amountMicros: 2_500_000_000 }], internationalSpikePercent: 50 })
 */
export function compareMonths(reports: MonthReports, settings: ComparisonSettings): MonthComparison {
  return {
    range: reports.month.range,
    previousRange: hasData(reports.previous) ? reports.previous.range : undefined,
    lastYearRange: hasData(reports.lastYear) ? reports.lastYear.range : undefined,
    currencies: reports.month.currencies.map((c) => compareCurrency(c, reports, settings)),
    overBudget: overBudget(reports.month, settings.budgets),
  };
}
