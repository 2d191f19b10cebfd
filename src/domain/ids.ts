/** The identifiers the product passes around: Entra object ids, tenant ids and currency codes. */

/** An Entra object or tenant id: a GUID in any case. */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `value` is a GUID string (the only kind of id that may reach a Graph URL or a stored key). */
export function isGuid(value: unknown): value is string {
  return typeof value === 'string' && GUID.test(value);
}

// Character-code checks instead of a regular expression: this runs for every row of every page.
export function isUpperLetter(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** ISO 4217: three upper-case letters. */
export function isCurrencyCode(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length === 3 &&
    isUpperLetter(value.charCodeAt(0)) &&
    isUpperLetter(value.charCodeAt(1)) &&
    isUpperLetter(value.charCodeAt(2))
  );
}
