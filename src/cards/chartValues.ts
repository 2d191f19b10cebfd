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

/** Axis steps before their power of ten: round numbers a reader can add up at a glance. */
const NICE_STEPS = [1, 2, 2.5, 5, 10];
/** Most ticks above zero an axis gets. */
const MAX_TICKS = 8;

/**
 * The top of a value axis that starts at zero and holds `largest`: a whole number of steps of 1, 2, 2.5 or
 * 5 × 10^n, at most MAX_TICKS of them, the smallest that fits (916.7 → 1,000 in steps of 200; 183.3 → 200 in
 * steps of 25), so no tick reads 183.3. A chart given it as its maximum has the same scale wherever it is drawn.
 * Only Chart.Line takes an axis maximum (`yMax`, with `yMin`). Chart.HorizontalBar and Chart.VerticalBar have
 * none in Teams: their properties are the data, title, colours, axis titles and (horizontal) `displayMode`, and
 * Teams divides the largest bar into six ticks itself, so a bar chart's ticks can read 350, 700, 1.1k whatever
 * the card sends (the spenders chart's "Scale" bar, see spendersChart, keeps pages to one scale, not ticks round).
 * @example niceAxis(916.7) // { max: 1000, step: 200 }
 * @example niceAxis(0) // { max: 1, step: 0.2 }
 */
export function niceAxis(largest: number): { max: number; step: number } {
  const top = largest > 0 ? largest : 1;
  const power = 10 ** Math.floor(Math.log10(top / MAX_TICKS));
  for (const scale of [power, power * 10]) {
    for (const nice of NICE_STEPS) {
      const step = nice * scale;
      const ticks = Math.ceil(top / step - 1e-9);
      // Decimal steps (0.2, 2.5) printed through a float: rounded back to the digits they were written with.
      if (ticks <= MAX_TICKS) return { max: Number((ticks * step).toPrecision(12)), step: Number(step.toPrecision(12)) };
    }
  }
  return { max: top, step: top };
}
