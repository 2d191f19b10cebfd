/** Hand-built Reports for card tests: synthetic spenders in one or more currencies. */
import type { DateRange } from '../../src/domain/dateRange';
import type { CurrencyReport, Report, Spender, SpenderSlice, Usage } from '../../src/report/report';

export const OCTOBER_IN_BERLIN: DateRange = { first: '2026-10-01', last: '2026-10-31', timeZone: 'Europe/Berlin' };

/**
 * Person `i` (1-based) with the given charge; calls, seconds and country vary with `i`. Unless `slices`
 * are given (they must add up to the person), all of it is one Domestic row in their first country.
 */
export function spender(i: number, chargeMicros: number, overrides: Partial<Spender> & { slices?: SpenderSlice[] } = {}): Spender {
  const { slices, ...rest } = overrides;
  const person = {
    userId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    userPrincipalName: `user${i}@contoso.com`,
    userDisplayName: `User ${i}`,
    countries: i % 5 === 0 ? ['DE', 'US'] : ['US'],
    calls: 1 + (i % 7),
    seconds: 90 + 60 * (i % 13),
    chargeMicros,
    ...rest,
  };
  const [first, ...others] = slices ?? [];
  return {
    firstCountry: first?.country ?? person.countries[0] ?? '',
    firstDestination: first?.destination ?? 'Domestic',
    otherSlices: others.length > 0 ? others : undefined,
    ...person,
  };
}

/** `count` people sorted as the report sorts them: person i spends (count − i + 1) × 1.01 units. */
export function syntheticSpenders(count: number): Spender[] {
  return Array.from({ length: count }, (_, k) => spender(k + 1, (count - k) * 1_010_000));
}

function sum(spenders: Spender[], share: (n: number) => number): Usage {
  const usage = { calls: 0, seconds: 0, chargeMicros: 0 };
  for (const s of spenders) {
    usage.calls += share(s.calls);
    usage.seconds += share(s.seconds);
    usage.chargeMicros += share(s.chargeMicros);
  }
  return usage;
}

/** A currency's report whose totals are the sums of its spenders; `domesticPercent` of each amount is domestic. */
export function currencyReport(currency: string, spenders: Spender[], domesticPercent = 70): CurrencyReport {
  const domesticPart = (n: number): number => Math.floor((n * domesticPercent) / 100);
  const total = sum(spenders, (n) => n);
  const domestic = sum(spenders, domesticPart);
  const international = {
    calls: total.calls - domestic.calls,
    seconds: total.seconds - domestic.seconds,
    chargeMicros: total.chargeMicros - domestic.chargeMicros,
  };
  return { currency, total, domestic, international, unknownDestination: { calls: 0, seconds: 0, chargeMicros: 0 }, rowsWithoutCharge: 0, spenders };
}

/** A report over `range` (October 2026 in Berlin unless given) with the given currencies. */
export function report(currencies: CurrencyReport[], range: DateRange = OCTOBER_IN_BERLIN): Report {
  const rowCount = currencies.reduce((n, c) => n + c.spenders.length * 2, 0);
  return { range, currencies, rowCount, rowsWithoutCharge: 0, rowsWithoutCurrency: 0, pageCount: Math.max(1, Math.ceil(rowCount / 1000)), fetchedAt: '2026-11-02T08:00:00.000Z' };
}

/** A report with `count` USD spenders and, when `withEuro`, three EUR spenders. */
export function tenantReport(count: number, withEuro = false): Report {
  const usd = currencyReport('USD', syntheticSpenders(count));
  return report(withEuro ? [usd, currencyReport('EUR', syntheticSpenders(3))] : [usd]);
}
