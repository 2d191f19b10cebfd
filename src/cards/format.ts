/** Exact, locale-aware formatting of money, counts, minutes, shares and days for cards. */
/// <reference lib="es2023.intl" />
// es2023.intl types Intl.NumberFormat#format(string): Node 20 formats decimal strings exactly.
import { dateParts, type CalendarDate } from '../domain/calendarDate';
import { chargeText, type Charge } from '../domain/money';

const FALLBACK_LOCALE = 'en-US';

/**
 * The locale to format in: `locale` (canonicalised) when this runtime supports it, else 'en-US'.
 * @example resolveLocale('de-de') // 'de-DE'; resolveLocale('not a tag') // 'en-US'
 */
export function resolveLocale(locale: string): string {
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale])[0] ?? FALLBACK_LOCALE;
  } catch (error) {
    if (error instanceof RangeError) return FALLBACK_LOCALE; // malformed language tag
    throw error;
  }
}

/** `scaled / 10^digits` written as an exact decimal string: no float ever holds the value. */
function decimalString(scaled: number, digits: number): Intl.StringNumericLiteral {
  if (!Number.isSafeInteger(scaled)) throw new RangeError(`not a safe integer: ${scaled}`);
  const magnitude = BigInt(Math.abs(scaled));
  const unit = 10n ** BigInt(digits);
  const fraction = (magnitude % unit).toString().padStart(digits, '0');
  return `${scaled < 0 ? '-' : ''}${magnitude / unit}.${fraction}` as Intl.StringNumericLiteral;
}

/**
 * Formats an amount in millionths of a currency unit, or a Charge (exact at any number of
 * decimals), exactly, rounded half away from zero to the currency's minor digits (2 for USD, 0
 * for JPY, 3 for BHD). An unknown currency ('') shows the bare amount.
 * @example formatMoney(12_830_000, 'USD', 'en-US') // '$12.83'
 * @example formatMoney(12_830_000, 'EUR', 'de-DE') // '12,83 €'
 * @example formatMoney({ chargeMicros: 4_999, chargeRest: { units: 9_999n, scale: 10 } }, 'USD', 'en-US') // '$0.00' (0.0049999999)
 */
export function formatMoney(charge: number | Charge, currency: string, locale: string): string {
  const amount = typeof charge === 'number' ? decimalString(charge, 6) : (chargeText(charge) as Intl.StringNumericLiteral);
  const tag = resolveLocale(locale);
  try {
    return new Intl.NumberFormat(tag, { style: 'currency', currency }).format(amount);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // A malformed currency code: still show the exact amount, labelled with the code as given.
    const number = new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 6 }).format(amount);
    return currency === '' ? number : `${number} ${currency}`;
  }
}

/**
 * Formats call seconds as minutes with exactly one decimal (tenths of a minute, half up).
 * @example formatMinutes(5_430, 'en-US') // '90.5'
 */
export function formatMinutes(seconds: number, locale: string): string {
  const tenths = Math.round(seconds / 6); // exact: seconds are integers, halves are representable
  return new Intl.NumberFormat(resolveLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    decimalString(tenths, 1),
  );
}

/** From this many minutes on, a narrow column shows minutes compact ("127.6K"); the exact figure stays in the person card. */
const COMPACT_FROM_MINUTES = 10_000;

/**
 * Call seconds as minutes for a narrow column: exact below 10,000 minutes (as formatMinutes), else
 * compact in the locale with one decimal.
 * @example formatMinutesShort(5_430, 'en-US') // '90.5'
 * @example formatMinutesShort(7_654_321, 'en-US') // '127.6K'
 */
export function formatMinutesShort(seconds: number, locale: string): string {
  const tenths = Math.round(seconds / 6);
  if (tenths < COMPACT_FROM_MINUTES * 10) return formatMinutes(seconds, locale);
  return new Intl.NumberFormat(resolveLocale(locale), { notation: 'compact', maximumFractionDigits: 1 }).format(tenths / 10);
}

/**
 * Formats a whole number with the locale's grouping.
 * @example formatCount(100_000, 'de-DE') // '100.000'
 */
export function formatCount(n: number, locale: string): string {
  return new Intl.NumberFormat(resolveLocale(locale), { maximumFractionDigits: 0 }).format(n);
}

/**
 * Tenths of a percent that `part` is of `whole`, rounded half up; null when there is no
 * meaningful share (whole not positive, or part negative).
 * @example sharePermille(1, 3) // 333
 */
export function sharePermille(part: number, whole: number): number | null {
  if (whole <= 0 || part < 0) return null;
  const [p, w] = [BigInt(part), BigInt(whole)];
  return Number((p * 2000n + w) / (2n * w));
}

/**
 * Formats tenths of a percent; null (no meaningful share) shows as an en dash.
 * @example formatPermille(334, 'en-US') // '33.4%'
 */
export function formatPermille(permille: number | null, locale: string): string {
  if (permille === null) return '–';
  return new Intl.NumberFormat(resolveLocale(locale), { style: 'percent', maximumFractionDigits: 1 }).format(
    decimalString(permille, 3),
  );
}

/**
 * Formats a calendar day in the locale, with a short month name.
 * @example formatDay('2026-10-01', 'en-GB') // '1 Oct 2026'
 */
export function formatDay(date: CalendarDate, locale: string): string {
  const { year, month, day } = dateParts(date);
  const format = new Intl.DateTimeFormat(resolveLocale(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return format.format(Date.UTC(year, month - 1, day));
}
