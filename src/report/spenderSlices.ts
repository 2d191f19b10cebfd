/** A person's rows by usage location and destination, rebuilt from the aggregation's compact form when a view needs them. */
import { addCharge } from '../domain/money';
import { remembered } from '../domain/remembered';
import type { DestinationContext } from '../graph/dialoutRow';
import type { Spender, SpenderSlice } from './report';

const DESTINATION_ORDER: Record<DestinationContext, number> = { Domestic: 0, International: 1, Unknown: 2 };

/** Country, then Domestic, International, Unknown. */
function compareSlices(a: SpenderSlice, b: SpenderSlice): number {
  if (a.country !== b.country) return a.country < b.country ? -1 : 1;
  return DESTINATION_ORDER[a.destination] - DESTINATION_ORDER[b.destination];
}

const built = new WeakMap<Spender, SpenderSlice[]>();

/**
 * The person's usage from their first row's usage location to its destination: their usage minus `otherSlices`.
 * @example firstSlice(spender).destination === spender.firstDestination // true
 */
export function firstSlice(spender: Spender): SpenderSlice {
  const { calls, seconds, chargeMicros, chargeRest } = spender;
  const first: SpenderSlice = { country: spender.firstCountry, destination: spender.firstDestination, calls, seconds, chargeMicros, chargeRest };
  for (const other of spender.otherSlices ?? []) {
    first.calls -= other.calls;
    first.seconds -= other.seconds;
    addCharge(first, other, -1);
  }
  return first;
}

/**
 * The person's rows (one per usage location and destination), sorted by country, Domestic first;
 * they add up to the person's usage. Built on first use and kept as long as the spender.
 * @example slicesOf(spender).map((s) => `${s.country} ${s.destination}`) // ['GB International', 'US Domestic']
 */
export function slicesOf(spender: Spender): SpenderSlice[] {
  return remembered(built, spender, () => [firstSlice(spender), ...(spender.otherSlices ?? [])].sort(compareSlices));
}
