/** Country names for usage locations: in the reader's language on cards, and the codes a question may name. */

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

/** Region codes Intl names that are no usage location: unions, pseudo-locales, "unknown region", and withdrawn codes (UK is GB's alias). */
const NOT_LOCATIONS = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AN', 'BU', 'CS', 'DD', 'DY', 'FX', 'HV', 'NH', 'RH', 'SU', 'TP', 'UK', 'VD', 'YD', 'YU', 'ZR']);

let codes: string[] | undefined;

/**
 * Every ISO 3166 alpha-2 code Intl knows a region for (about 250), sorted.
 * @example usageLocationCodes().includes('DE') // true
 */
export function usageLocationCodes(): string[] {
  if (codes === undefined) {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    const found: string[] = [];
    for (let a = 65; a <= 90; a += 1) {
      for (let b = 65; b <= 90; b += 1) {
        const code = String.fromCharCode(a, b);
        if (!NOT_LOCATIONS.has(code) && names.of(code) !== code) found.push(code);
      }
    }
    codes = found;
  }
  return codes;
}
