/** Exact money: charges as integer millionths of the currency unit, summed without float drift; exact decimals of any scale when needed. */

/** Millionths per currency unit. */
export const MICROS_PER_UNIT = 1_000_000;

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

/**
 * An exact decimal, `units × 10^-scale`, for the rare charge with more than six decimals (Graph's
 * `totalCallCharge` is an Edm.Decimal of any scale) or too large for exact micro-units.
 */
export interface ExactAmount {
  units: bigint;
  /** Decimal places; at least 0. */
  scale: number;
}

/**
 * An amount as summed: micro-units, exact as long as `chargeExact` is absent. When present,
 * `chargeExact` is the exact amount and `chargeMicros` is it rounded half away from zero to
 * micro-units (for ranking and charts only; cards show the exact amount).
 */
export interface Charge {
  chargeMicros: number;
  chargeExact?: ExactAmount | undefined;
}

const MICRO_SCALE = 6;
const STRING_DECIMAL = /^\s*(-?)(\d+)(?:\.(\d+))?\s*$/;
/** What `String(number)` prints: the shortest decimal that reads back as the same double. */
const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Micro-units when the decimal has at most six places and fits a safe integer; the exact amount otherwise. */
function settle(units: bigint, scale: number): number | ExactAmount {
  while (scale > MICRO_SCALE && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  if (scale <= MICRO_SCALE) {
    const micros = units * pow10(MICRO_SCALE - scale);
    if (micros <= BigInt(Number.MAX_SAFE_INTEGER) && micros >= -BigInt(Number.MAX_SAFE_INTEGER)) return Number(micros);
  }
  return { units, scale };
}

function fromDigits(sign: string, whole: string, fraction: string, exponent: number): number | ExactAmount {
  let units = BigInt(`${whole}${fraction}`);
  let scale = fraction.length - exponent;
  if (scale < 0) {
    units *= pow10(-scale);
    scale = 0;
  }
  return settle(sign === '-' ? -units : units, scale);
}

/**
 * Reads a charge given as a JSON number or a decimal string: micro-units (a number) in the common
 * case, an ExactAmount when it has more than six decimals or is very large; undefined when it is
 * not a plain decimal. A JSON number is read as the shortest decimal that parses back to it, so it
 * is exact for up to 15 significant digits (JSON.parse has already rounded anything longer).
 * @example readAmount(12.83) // 12830000
 * @example readAmount('0.1234567') // { units: 1234567n, scale: 7 }
 */
export function readAmount(value: unknown): number | ExactAmount | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    const micros = Math.round(value * MICROS_PER_UNIT);
    if (Math.abs(value) < 1e12 && micros / MICROS_PER_UNIT === value) return micros;
    const match = NUMBER_TEXT.exec(String(value));
    if (!match) return undefined;
    return fromDigits(match[1] as string, match[2] as string, match[3] ?? '', Number(match[4] ?? 0));
  }
  if (typeof value !== 'string') return undefined;
  const micros = plainDecimalMicros(value);
  if (micros !== undefined) return micros;
  const match = STRING_DECIMAL.exec(value);
  if (!match) return undefined;
  return fromDigits(match[1] as string, match[2] as string, match[3] ?? '', 0);
}

/**
 * An amount in micro-units, or undefined when it is not a plain decimal of at most six places that
 * sums exactly as one (for settings such as a budget, where more decimals mean a typing error).
 * @example toMicros('2500') // 2500000000
 */
export function toMicros(value: unknown): number | undefined {
  const amount = readAmount(value);
  return typeof amount === 'number' ? amount : undefined;
}

/** The amount rounded half away from zero to micro-units. */
function roundedMicros(amount: ExactAmount): number {
  if (amount.scale <= MICRO_SCALE) return Number(amount.units * pow10(MICRO_SCALE - amount.scale));
  const divisor = pow10(amount.scale - MICRO_SCALE);
  const negative = amount.units < 0n;
  const magnitude = negative ? -amount.units : amount.units;
  const rounded = (magnitude * 2n + divisor) / (divisor * 2n);
  return Number(negative ? -rounded : rounded);
}

function exactOf(charge: Readonly<Charge>): ExactAmount {
  return charge.chargeExact ?? { units: BigInt(charge.chargeMicros), scale: MICRO_SCALE };
}

/** Sets `into` to an amount read by `readAmount` (the row readers' one way to fill a Charge). */
export function setCharge(into: Charge, amount: number | ExactAmount): void {
  if (typeof amount === 'number') {
    into.chargeMicros = amount;
    into.chargeExact = undefined;
  } else {
    into.chargeMicros = roundedMicros(amount);
    into.chargeExact = amount;
  }
}

/**
 * Adds (or, with `sign` −1, subtracts) `from` to `into`, exactly: micro-unit numbers while both are
 * plain and the sum stays a safe integer, BigInt decimals from then on.
 */
export function addCharge(into: Charge, from: Readonly<Charge>, sign: 1 | -1 = 1): void {
  if (into.chargeExact === undefined && from.chargeExact === undefined) {
    const sum = into.chargeMicros + sign * from.chargeMicros;
    if (Number.isSafeInteger(sum)) {
      into.chargeMicros = sum;
      return;
    }
  }
  const a = exactOf(into);
  const b = exactOf(from);
  const scale = Math.max(a.scale, b.scale);
  const units = a.units * pow10(scale - a.scale) + BigInt(sign) * b.units * pow10(scale - b.scale);
  setCharge(into, settle(units, scale));
}

/**
 * The charge as an exact decimal string (for Intl.NumberFormat, which formats strings exactly).
 * @example chargeText({ chargeMicros: 1_500_000 }) // '1.500000'
 */
export function chargeText(charge: Readonly<Charge>): string {
  const { units, scale } = exactOf(charge);
  const magnitude = units < 0n ? -units : units;
  const unit = pow10(scale);
  const fraction = scale === 0 ? '' : `.${(magnitude % unit).toString().padStart(scale, '0')}`;
  return `${units < 0n ? '-' : ''}${magnitude / unit}${fraction}`;
}

/** Adds micro-unit amounts, refusing to go past the range where integers stay exact. */
export function addMicros(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new RangeError('amount too large to sum exactly');
  return sum;
}
