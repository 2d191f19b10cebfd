/** One period's report against another's, per currency: both exact totals, the change, the biggest movers. Pure. */
import type { DateRange } from '../domain/dateRange';
import { change, type Change, type Mover, movers } from './monthComparison';
import { moversSince } from './periodMovers';
import type { CurrencyReport, Report, Usage } from './report';

/** One currency in both periods. */
export interface CurrencyChange {
  currency: string;
  current: Usage;
  baseline: Usage;
  /** The charge's change from the baseline; `permille` is null when the baseline spent nothing. */
  change: Change;
  /** The people whose spend changed most, largest change first (someone may have spent in only one period). */
  movers: Mover[];
}

export interface PeriodComparison {
  current: DateRange;
  baseline: DateRange;
  /** Currencies of the current period first (its order), then those only the baseline has. */
  currencies: CurrencyChange[];
}

const NO_USAGE: Usage = { calls: 0, seconds: 0, chargeMicros: 0 };

function currencyChange(currency: string, now: CurrencyReport | undefined, before: CurrencyReport | undefined): CurrencyChange {
  const current = now?.total ?? NO_USAGE;
  const baseline = before?.total ?? NO_USAGE;
  return {
    currency,
    current,
    baseline,
    change: change(current.chargeMicros, baseline.chargeMicros),
    // Kept with the reports when the current period has the currency; a currency gone since is compared once.
    movers: now ? moversSince(now, before) : movers([], before?.spenders ?? []),
  };
}

/**
 * Compares `current` with `baseline` currency by currency (amounts of different currencies are never compared).
 * @example comparePeriods(october, september).currencies[0]?.change.deltaMicros
 */
export function comparePeriods(current: Report, baseline: Report): PeriodComparison {
  const before = new Map(baseline.currencies.map((c) => [c.currency, c]));
  const currencies = current.currencies.map((c) => currencyChange(c.currency, c, before.get(c.currency)));
  for (const gone of baseline.currencies) {
    if (!current.currencies.some((c) => c.currency === gone.currency)) currencies.push(currencyChange(gone.currency, undefined, gone));
  }
  return { current: current.range, baseline: baseline.range, currencies };
}
