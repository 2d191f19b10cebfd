/** Folds report rows, page by page, into exact per-currency totals and per-person spenders. */
import type { DialoutRow } from '../graph/dialoutRow';
import type { DateRange } from '../questions/question';
import { addMicros } from './money';
import type { CurrencyReport, Report, Spender, Usage } from './report';

interface CurrencyTotals {
  currency: string;
  total: Usage;
  domestic: Usage;
  international: Usage;
  spenders: Map<string, Spender>;
}

function emptyUsage(): Usage {
  return { calls: 0, seconds: 0, chargeMicros: 0 };
}

function addUsage(usage: Usage, row: DialoutRow): void {
  usage.calls += row.totalCalls;
  usage.seconds += row.totalCallSeconds;
  usage.chargeMicros = addMicros(usage.chargeMicros, row.chargeMicros);
}

/** Ranking of spenders: charge, then calls, then UPN so the order is stable. */
export function compareSpenders(a: Spender, b: Spender): number {
  return (
    b.chargeMicros - a.chargeMicros ||
    b.calls - a.calls ||
    (a.userPrincipalName < b.userPrincipalName ? -1 : a.userPrincipalName > b.userPrincipalName ? 1 : 0)
  );
}

/**
 * Accumulates rows from any number of pages and windows; memory grows with people, not rows.
 * @example const a = new ReportAggregator(); a.addPage(rows); const report = a.finish(range, meta);
 */
export class ReportAggregator {
  private readonly currencies = new Map<string, CurrencyTotals>();
  private rows = 0;

  addPage(rows: readonly DialoutRow[]): void {
    for (const row of rows) this.addRow(row);
  }

  private addRow(row: DialoutRow): void {
    let totals = this.currencies.get(row.currency);
    if (!totals) {
      totals = { currency: row.currency, total: emptyUsage(), domestic: emptyUsage(), international: emptyUsage(), spenders: new Map() };
      this.currencies.set(row.currency, totals);
    }
    addUsage(totals.total, row);
    addUsage(row.destinationContext === 'Domestic' ? totals.domestic : totals.international, row);
    let spender = totals.spenders.get(row.userId);
    if (!spender) {
      spender = {
        userId: row.userId,
        userPrincipalName: row.userPrincipalName,
        userDisplayName: row.userDisplayName,
        countries: [],
        ...emptyUsage(),
      };
      totals.spenders.set(row.userId, spender);
    }
    addUsage(spender, row);
    if (row.usageLocation !== '' && !spender.countries.includes(row.usageLocation)) spender.countries.push(row.usageLocation);
    this.rows += 1;
  }

  /** The finished report: currencies with the most people first, spenders ranked within each. */
  finish(range: DateRange, meta: { pageCount: number; fetchedAt: Date }): Report {
    const currencies: CurrencyReport[] = [...this.currencies.values()].map((totals) => ({
      currency: totals.currency,
      total: totals.total,
      domestic: totals.domestic,
      international: totals.international,
      spenders: [...totals.spenders.values()].map((s) => ({ ...s, countries: s.countries.sort() })).sort(compareSpenders),
    }));
    currencies.sort((a, b) => b.spenders.length - a.spenders.length || b.total.chargeMicros - a.total.chargeMicros);
    return { range, currencies, rowCount: this.rows, pageCount: meta.pageCount, fetchedAt: meta.fetchedAt.toISOString() };
  }
}
