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
 * `totalCallCharge` is an Edm.Decimal of any scale).
 */
export interface ExactAmount {
  units: bigint;
  /** Decimal places; more than six. */
  scale: number;
}

/**
 * An amount as summed: integer micro-units, plus — only once a charge of more than six decimals
 * was added — the exact part below a micro-unit (`|chargeRest|` < 1 micro-unit). Sums of plain
 * charges never touch `chargeRest`, so they stay additions of safe integers.
 */
export interface Charge {
  chargeMicros: number;
  chargeRest?: ExactAmount | undefined;
}

const MICRO_SCALE = 6;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const STRING_DECIMAL = /^\s*(-?)(\d+)(?:\.(\d+))?\s*$/;
/** What `String(number)` prints: the shortest decimal that reads back as the same double. */
const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Micro-units when the decimal has at most six places; the exact amount otherwise; undefined past safe micro-units. */
function settle(units: bigint, scale: number): number | ExactAmount | undefined {
  while (scale > MICRO_SCALE && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  const micros = scale <= MICRO_SCALE ? units * pow10(MICRO_SCALE - scale) : units / pow10(scale - MICRO_SCALE);
  if (micros > MAX_SAFE || micros < -MAX_SAFE) return undefined;
  return scale <= MICRO_SCALE ? Number(micros) : { units, scale };
}

function fromDigits(sign: string, whole: string, fraction: string, exponent: number): number | ExactAmount | undefined {
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
 * case, an ExactAmount when it has more than six decimals; undefined when it is not a plain
 * decimal or too large to sum exactly (about 9 billion units). A JSON number is read as the shortest
 * decimal that parses back to it, so it is exact for up to 15 significant digits (JSON.parse has
 * already rounded anything longer).
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
 * An amount in micro-units, or undefined when it is not a plain decimal of at most six places
 * (for settings such as a budget, where more decimals mean a typing error).
 * @example toMicros('2500') // 2500000000
 */
export function toMicros(value: unknown): number | undefined {
  const amount = readAmount(value);
  return typeof amount === 'number' ? amount : undefined;
}

/** Splits `units × 10^-scale` (scale > 6) into whole micro-units (toward zero) and the rest below one. */
function split(units: bigint, scale: number): { micros: bigint; rest: ExactAmount | undefined } {
  const unit = pow10(scale - MICRO_SCALE);
  const micros = units / unit;
  const rest = units - micros * unit;
  return { micros, rest: rest === 0n ? undefined : { units: rest, scale } };
}

/** Sets `into` to an amount read by `readAmount` (the row readers' one way to fill a Charge). */
export function setCharge(into: Charge, amount: number | ExactAmount): void {
  if (typeof amount === 'number') {
    into.chargeMicros = amount;
    into.chargeRest = undefined;
    return;
  }
  const { micros, rest } = split(amount.units, amount.scale);
  into.chargeMicros = Number(micros);
  into.chargeRest = rest;
}

/** Adds the rests of two charges (the slow path, only once a long charge was seen); carries whole micro-units. */
function addRest(into: Charge, rest: ExactAmount, sign: 1 | -1): void {
  const mine = into.chargeRest ?? { units: 0n, scale: rest.scale };
  const scale = Math.max(mine.scale, rest.scale);
  const units = mine.units * pow10(scale - mine.scale) + BigInt(sign) * rest.units * pow10(scale - rest.scale);
  const carried = split(units, scale);
  into.chargeMicros = addMicros(into.chargeMicros, Number(carried.micros));
  into.chargeRest = carried.rest;
}

/**
 * Adds (or, with `sign` −1, subtracts) `from` to `into`, exactly: an addition of safe integers, and
 * BigInt work only for the part below a micro-unit of a charge with more than six decimals.
 */
export function addCharge(into: Charge, from: Readonly<Charge>, sign: 1 | -1 = 1): void {
  into.chargeMicros = addMicros(into.chargeMicros, sign * from.chargeMicros);
  if (from.chargeRest !== undefined) addRest(into, from.chargeRest, sign);
}

/**
 * The charge as an exact decimal string (for Intl.NumberFormat, which formats strings exactly).
 * @example chargeText({ chargeMicros: 1_500_000 }) // '1.500000'
 * @example chargeText({ chargeMicros: 1, chargeRest: { units: 5n, scale: 8 } }) // '0.00000105'
 */
export function chargeText(charge: Readonly<Charge>): string {
  const rest = charge.chargeRest;
  const scale = rest === undefined ? MICRO_SCALE : rest.scale;
  const units = BigInt(charge.chargeMicros) * pow10(scale - MICRO_SCALE) + (rest === undefined ? 0n : rest.units);
  const magnitude = units < 0n ? -units : units;
  const unit = pow10(scale);
  return `${units < 0n ? '-' : ''}${magnitude / unit}.${(magnitude % unit).toString().padStart(scale, '0')}`;
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
