/** Hand-built inputs of the drilled-down cards: periodic reports, previous-period reports, call lists, payloads. */
import type { AskedPeriod, View, ViewRequestOf } from '../../src/domain/viewRequest';
import type { PstnCall } from '../../src/graph/pstnCall';
import { periodicReport, type PeriodicReport } from '../../src/report/periodicReport';
import { periodBaseline } from '../../src/report/periodBaseline';
import { periodsOf } from '../../src/report/periods';
import type { TrendBaseline } from '../../src/cards/trendCard';
import type { Report } from '../../src/report/report';
import { currencyReport, report, spender } from './reportFixtures';

/** Splits every spender of `whole` evenly-ish over the range's periods (person i spends in period p: charge × (p+1) / sum). */
export function periodicOf(whole: Report): PeriodicReport {
  const periods = periodsOf(whole.range);
  const weights = periods.map((_, p) => p + 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const reports = periods.map((period, p) =>
    report(
      whole.currencies.map((c) =>
        currencyReport(
          c.currency,
          c.spenders.map((s, i) => spender(i + 1, Math.floor((s.chargeMicros * (weights[p] ?? 1)) / sum), { userId: s.userId, userPrincipalName: s.userPrincipalName, userDisplayName: s.userDisplayName })),
        ),
      ),
      period.range,
    ),
  );
  return periodicReport(whole.range, periods, reports);
}

/** The day the drilled-down cards are drawn on, unless a test says otherwise: after October 2026, so its periods are whole. */
export const TODAY = '2026-11-27';

/** `before` as the baseline of `whole`'s trend, as of TODAY. */
export function baselineOf(whole: Report, before: Report): TrendBaseline {
  return { baseline: periodBaseline(whole.range, TODAY), report: before };
}

/** The question of a report, as buttons carry it. */
export function questionOf(whole: Report, phrase = 'last month'): AskedPeriod {
  return { range: whole.range, phrase, clippedToToday: false, reachedPastToday: false };
}

/** The request for `view` of the report's question, narrowed by `filters`, at `page`, ranked by cost. */
function requestOf<V extends View>(view: V, whole: Report, filters: ViewRequestOf<V>['filters'], page = 0): ViewRequestOf<V> {
  return { view, ...questionOf(whole), filters, ranking: 'cost', page } as ViewRequestOf<V>;
}

export function personData(whole: Report, userId: string, currency = 'USD'): ViewRequestOf<'person'> {
  return requestOf('person', whole, { currency, userId });
}

export function callsData(whole: Report, userId: string, page = 0, currency = 'USD'): ViewRequestOf<'calls'> {
  return requestOf('calls', whole, { currency, userId }, page);
}

export function countriesData(whole: Report, page = 0, currency = 'USD'): ViewRequestOf<'countries'> {
  return requestOf('countries', whole, { currency }, page);
}

export function countryData(whole: Report, country: string, page = 0, currency = 'USD'): ViewRequestOf<'country'> {
  return requestOf('country', whole, { currency, country }, page);
}

export function destinationsData(whole: Report, currency = 'USD'): ViewRequestOf<'destinations'> {
  return requestOf('destinations', whole, { currency });
}

export function trendData(whole: Report, currency = 'USD'): ViewRequestOf<'trend'> {
  return requestOf('trend', whole, { currency });
}

/** `count` calls of one person in USD, one every 20 minutes from 1 Oct 2026 12:00Z, 61 s and $0.25 each. */
export function callsOf(userId: string, count: number): PstnCall[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `call-${i}`,
    userId,
    startDateTime: new Date(Date.parse('2026-10-01T12:00:00Z') + i * 1_200_000).toISOString(),
    durationSeconds: 61,
    hasCharge: true,
    chargeMicros: 250_000,
    currency: 'USD',
    destinationContext: i % 3 === 0 ? 'International' : 'Domestic',
    destinationName: i % 3 === 0 ? 'United Kingdom' : 'United States',
    usageCountryCode: 'US',
  }));
}
