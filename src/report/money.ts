/** Exact money: charges as integer millionths of the currency unit, summed without float drift. */

/** Millionths per currency unit. */
export const MICROS_PER_UNIT = 1_000_000;

const DECIMAL_TEXT = /^(-?)(\d{1,12})(?:\.(\d{1,6}))?$/;

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
  const match = DECIMAL_TEXT.exec(value.trim());
  if (!match) return undefined;
  const units = Number(match[2]);
  const fraction = Number((match[3] ?? '').padEnd(6, '0'));
  const micros = units * MICROS_PER_UNIT + fraction;
  return match[1] === '-' ? -micros : micros;
}

/** Adds micro-unit amounts, refusing to go past the range where integers stay exact. */
export function addMicros(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new RangeError('amount too large to sum exactly');
  return sum;
}
