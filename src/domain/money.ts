/** Exact money: charges as integer millionths of the currency unit, summed without float drift. */

/** Millionths per currency unit. */
export const MICROS_PER_UNIT = 1_000_000;

const DECIMAL_TEXT = /^(-?)(\d{1,12})(?:\.(\d{1,6}))?$/;

/** 10^(6 − fractional digits read): scales a fraction of 0–6 digits to micro-units. */
const FRACTION_SCALE = [1_000_000, 100_000, 10_000, 1_000, 100, 10, 1];

const DIGIT_0 = 48;
const DOT = 46;
const MINUS = 45;

/**
 * Reads a plain decimal (`-?\d{1,12}(\.\d{1,6})?`) with character codes: no match object, no
 * substrings. Returns undefined for anything else, surrounding whitespace included.
 */
function plainDecimalMicros(text: string): number | undefined {
  const end = text.length;
  let i = text.charCodeAt(0) === MINUS ? 1 : 0;
  const negative = i === 1;
  let units = 0;
  const unitsStart = i;
  for (; i < end; i += 1) {
    const digit = text.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) break;
    units = units * 10 + digit;
  }
  const unitDigits = i - unitsStart;
  if (unitDigits < 1 || unitDigits > 12) return undefined;
  let fraction = 0;
  let fractionDigits = 0;
  if (i < end) {
    if (text.charCodeAt(i) !== DOT) return undefined;
    for (i += 1; i < end; i += 1) {
      const digit = text.charCodeAt(i) - DIGIT_0;
      if (digit < 0 || digit > 9) return undefined;
      fraction = fraction * 10 + digit;
      fractionDigits += 1;
    }
    if (fractionDigits < 1 || fractionDigits > 6) return undefined;
  }
  const micros = units * MICROS_PER_UNIT + fraction * (FRACTION_SCALE[fractionDigits] as number);
  return negative ? -micros : micros;
}

/** The slow path, for text with surrounding whitespace. */
function trimmedDecimalMicros(text: string): number | undefined {
  const match = DECIMAL_TEXT.exec(text.trim());
  if (!match) return undefined;
  const units = Number(match[2]);
  const fraction = Number((match[3] ?? '').padEnd(6, '0'));
  const micros = units * MICROS_PER_UNIT + fraction;
  return match[1] === '-' ? -micros : micros;
}

/**
 * Reads a charge given as a JSON number or a numeric string into micro-units; undefined when it
 * is not a plain decimal with at most six fractional digits (or is too large to sum exactly).
 * @example toMicros(12.83) // 12830000
 * @example toMicros('0.1') // 100000
 */
export function toMicros(value: unknown): number | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) >= 1e12) return undefined;
    const micros = Math.round(value * MICROS_PER_UNIT);
    // The double must be the nearest one to a decimal with ≤ 6 fractional digits; otherwise precision would be lost.
    return micros / MICROS_PER_UNIT === value ? micros : undefined;
  }
  if (typeof value !== 'string') return undefined;
  return plainDecimalMicros(value) ?? trimmedDecimalMicros(value);
}

/** Adds micro-unit amounts, refusing to go past the range where integers stay exact. */
export function addMicros(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new RangeError('amount too large to sum exactly');
  return sum;
}

/** A spending limit per month in one currency (MONTHLY_BUDGET), in micro-units like every amount. */
export interface MonthlyBudget {
  currency: string;
  amountMicros: number;
}
