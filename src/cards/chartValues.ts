/** Numbers for chart elements: exactly the figures the card's text shows, as JSON numbers. */

const minorDigits = new Map<string, number>();

/** The fraction digits a currency is shown with (2 for USD, 0 for JPY, 3 for BHD); 2 for an unknown code. */
function digitsOf(currency: string): number {
  let digits = minorDigits.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    minorDigits.set(currency, digits);
  }
  return digits;
}

/** `scaled / 10^digits` as the JSON number of that decimal (at most 15 significant digits print back exactly). */
function decimalNumber(scaled: bigint, digits: number): number {
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  const unit = 10n ** BigInt(digits);
  const fraction = digits === 0 ? '' : `.${(magnitude % unit).toString().padStart(digits, '0')}`;
  return Number(`${negative ? '-' : ''}${magnitude / unit}${fraction}`);
}

/** Rounds micro-units half away from zero to `digits` decimals, as formatMoney does. */
function roundMicros(micros: number, digits: number): bigint {
  const step = 10n ** BigInt(6 - digits);
  const value = BigInt(micros);
  const magnitude = value < 0n ? -value : value;
  const rounded = (magnitude + step / 2n) / step;
  return value < 0n ? -rounded : rounded;
}

/**
 * An amount as a chart value: the same rounding to the currency's minor unit as the text beside it.
 * @example chartMoney(12_834_999, 'USD') // 12.83
 */
export function chartMoney(chargeMicros: number, currency: string): number {
  const digits = Math.min(6, digitsOf(currency));
  return decimalNumber(roundMicros(chargeMicros, digits), digits);
}

/**
 * Call seconds as minutes with one decimal, like formatMinutes.
 * @example chartMinutes(5_430) // 90.5
 */
export function chartMinutes(seconds: number): number {
  return decimalNumber(BigInt(Math.round(seconds / 6)), 1);
}
