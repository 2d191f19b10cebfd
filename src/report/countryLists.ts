/** A person's usage locations as reports keep them: sorted, '' left out, and one shared list for everyone with the same single location. */

const NONE: readonly string[] = Object.freeze([]);
/** Frozen one-location lists by code: at most 26 × 26 of them. */
const singles = new Map<string, readonly string[]>();

function single(country: string): readonly string[] {
  let list = singles.get(country);
  if (list === undefined) {
    list = Object.freeze([country]);
    singles.set(country, list);
  }
  return list;
}

/**
 * The locations of a person's slices (their first row's, then any others), each once and sorted.
 * @example countryList('US', [{ country: 'DE' }, { country: 'US' }]) // ['DE', 'US']
 * @example countryList('US') === countryList('US') // true: one list, shared
 */
export function countryList(first: string, others: Readonly<Array<{ country: string }>> = []): readonly string[] {
  const distinct = new Set<string>();
  if (first !== '') distinct.add(first);
  for (const { country } of others) if (country !== '') distinct.add(country);
  if (distinct.size === 0) return NONE;
  if (distinct.size === 1) return single(distinct.values().next().value as string);
  return [...distinct].sort();
}
