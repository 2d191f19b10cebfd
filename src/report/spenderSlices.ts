/** A person's rows by usage location and destination, rebuilt from the aggregation's compact form when a view needs them. */
import type { Spender, SpenderSlice } from './report';

/** Country, then Domestic before International. */
function compareSlices(a: SpenderSlice, b: SpenderSlice): number {
  if (a.country !== b.country) return a.country < b.country ? -1 : 1;
  return a.destination === b.destination ? 0 : a.destination === 'Domestic' ? -1 : 1;
}

const built = new WeakMap<Spender, SpenderSlice[]>();

/**
 * The person's rows (one per usage location and destination), sorted by country, Domestic first;
 * they add up to the person's usage. Built on first use and kept as long as the spender.
 * @example slicesOf(spender).map((s) => `${s.country} ${s.destination}`) // ['GB International', 'US Domestic']
 */
export function slicesOf(spender: Spender): SpenderSlice[] {
  let slices = built.get(spender);
  if (slices === undefined) {
    const others = spender.otherSlices ?? [];
    const first: SpenderSlice = { country: spender.firstCountry, destination: spender.firstDestination, calls: spender.calls, seconds: spender.seconds, chargeMicros: spender.chargeMicros };
    for (const other of others) {
      first.calls -= other.calls;
      first.seconds -= other.seconds;
      first.chargeMicros -= other.chargeMicros;
    }
    slices = [first, ...others].sort(compareSlices);
    built.set(spender, slices);
  }
  return slices;
}
