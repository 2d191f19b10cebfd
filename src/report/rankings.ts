/** Spenders ranked by cost, calls or minutes, sorted once per report and kept with it. */
import type { Ranking } from '../domain/viewRequest';
import { remembered } from '../domain/remembered';
import type { CurrencyReport, Spender } from './report';

function byUpn(a: Spender, b: Spender): number {
  return a.userPrincipalName < b.userPrincipalName ? -1 : a.userPrincipalName > b.userPrincipalName ? 1 : 0;
}

/** Ranking of spenders by cost: charge, then calls, then UPN so the order is stable (the report's own order). */
export function compareSpenders(a: Spender, b: Spender): number {
  return b.chargeMicros - a.chargeMicros || b.calls - a.calls || byUpn(a, b);
}

const COMPARE: Record<Exclude<Ranking, 'cost'>, (a: Spender, b: Spender) => number> = {
  calls: (a, b) => b.calls - a.calls || b.chargeMicros - a.chargeMicros || byUpn(a, b),
  minutes: (a, b) => b.seconds - a.seconds || b.chargeMicros - a.chargeMicros || byUpn(a, b),
};

/**
 * Other rankings of a currency's spenders, sorted on first use. Keyed by the report object, so a
 * ranking lives exactly as long as its report stays cached: a click never sorts 100,000 people twice.
 */
const sorted = new WeakMap<CurrencyReport, Map<Ranking, Spender[]>>();

/**
 * The currency's spenders in `ranking` order (by cost: the report's own order, ties by calls then UPN;
 * by calls or minutes: ties by cost, then UPN).
 * @example rankedSpenders(usd, 'minutes')[0] // the person with the most call seconds
 */
export function rankedSpenders(currency: CurrencyReport, ranking: Ranking): Spender[] {
  if (ranking === 'cost') return currency.spenders;
  const rankings = remembered(sorted, currency, () => new Map<Ranking, Spender[]>());
  return remembered(rankings, ranking, () => [...currency.spenders].sort(COMPARE[ranking]));
}
