/** Exact decimal text of charges, built from integers so no float artefact reaches the wire. */

/**
 * Writes an amount held in 1/10000 of the currency unit as a plain decimal without
 * trailing zeros.
 * @example chargeText(128345) // '12.8345'
 * @example chargeText(35000) // '3.5'
 */
export function chargeText(tenThousandths: number): string {
  const units = Math.floor(tenThousandths / 10_000);
  const fraction = String(tenThousandths % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return fraction === '' ? String(units) : `${units}.${fraction}`;
}
