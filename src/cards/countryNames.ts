/** Country names for usage locations, in the reader's language. */

const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * "Germany (DE)" in English, "Deutschland (DE)" in German; rows without a usage location say so.
 * @example countryName('GB', 'en-US') // 'United Kingdom (GB)'
 */
export function countryName(code: string, locale: string): string {
  if (code === '') return 'Unknown location';
  let names = displayNames.get(locale);
  if (names === undefined) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    displayNames.set(locale, names);
  }
  let name: string | undefined;
  try {
    name = names.of(code);
  } catch {
    name = undefined; // not a region code Intl accepts: show the code alone
  }
  return name && name !== code ? `${name} (${code})` : code;
}
