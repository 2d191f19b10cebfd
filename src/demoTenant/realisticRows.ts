/**
 * The shapes real tenants send, sprinkled deterministically over the demo tenant's rows when it runs
 * realistic: every property of Graph's report and call-log rows is nullable, `destinationContext`
 * is a free string, `totalCallCharge` an Edm.Decimal of any scale, and `callType` comes in any case.
 */
import type { WireCall, WireCallPage } from './callLogPage';
import { fraction16, hash2, threshold16 } from './hash';
import type { WirePage, WireRow } from './reportPage';

/** A report row as a real tenant may send it. */
export type RealisticWireRow = { [K in keyof WireRow]-?: WireRow[K] | null };

/** Which rows get which shape: cumulative shares of all rows, about a quarter bent in all. */
const SHAPES = [
  ['destinationNull', 0.02],
  ['destinationEmpty', 0.03],
  ['destinationLowerCase', 0.05],
  ['destinationOther', 0.06],
  ['locationNull', 0.08],
  ['locationEmpty', 0.09],
  ['noUser', 0.11],
  ['upnNull', 0.12],
  ['displayNameNull', 0.13],
  ['currencyNull', 0.15],
  ['chargeNull', 0.17],
  ['chargeTenDecimalsText', 0.2],
  ['chargeEightDecimalsNumber', 0.22],
] as const;

type Shape = (typeof SHAPES)[number][0];

const THRESHOLDS = SHAPES.map(([shape, share]) => [shape, threshold16(share)] as const);

function shapeOf(hash: number): Shape | undefined {
  const draw = fraction16(hash);
  return THRESHOLDS.find(([, threshold]) => draw < threshold)?.[0];
}

/** The charge's decimal text with four decimals and `extra` digits appended: '12.5' + '000007' → '12.5000000007'. */
function longer(charge: number | string, extra: string): string {
  const [units, fraction = ''] = String(charge).split('.');
  return `${units}.${fraction.padEnd(4, '0')}${extra}`;
}

/** A number from the leading hex digits of an id (0 when there is none): the same id, the same number. */
function idKey(id: string | undefined): number {
  const key = Number.parseInt((id ?? '').slice(0, 8), 16);
  return Number.isNaN(key) ? 0 : key;
}

/** The same user, location and destination give the same key, so every window and page agrees. */
function rowKey(row: WireRow): number {
  const location = row.usageLocation.charCodeAt(0) * 256 + row.usageLocation.charCodeAt(1);
  return hash2(hash2(idKey(row.userId), location | 0), row.destinationContext.length);
}

/**
 * The row bent into at most one real-tenant shape, chosen by its user, location and destination.
 * @example realisticRow(row) // e.g. { ...row, destinationContext: null }
 */
function realisticRow(row: WireRow): RealisticWireRow {
  const key = rowKey(row);
  const bent: RealisticWireRow = { userId: null, ...row };
  switch (shapeOf(hash2(key, 0x5ea1))) {
    case 'destinationNull': bent.destinationContext = null; break;
    case 'destinationEmpty': bent.destinationContext = ''; break;
    case 'destinationLowerCase': bent.destinationContext = row.destinationContext.toLowerCase(); break;
    case 'destinationOther': bent.destinationContext = 'Unclassified'; break;
    case 'locationNull': bent.usageLocation = null; break;
    case 'locationEmpty': bent.usageLocation = ''; break;
    case 'noUser': Object.assign(bent, { userId: null, userPrincipalName: null, userDisplayName: null }); break;
    case 'upnNull': bent.userPrincipalName = null; break;
    case 'displayNameNull': bent.userDisplayName = null; break;
    case 'currencyNull': bent.currency = null; break;
    case 'chargeNull': bent.totalCallCharge = null; break;
    case 'chargeTenDecimalsText': bent.totalCallCharge = longer(row.totalCallCharge, `00000${1 + (key % 9)}`); break;
    // Ten significant digits at most: the JSON number reads back as exactly this decimal.
    case 'chargeEightDecimalsNumber': bent.totalCallCharge = Number(longer(row.totalCallCharge, `000${1 + (key % 9)}`)); break;
    default: break;
  }
  return bent;
}

/** A report page whose rows real tenants could have sent. */
export type RealisticWirePage = Omit<WirePage, 'value'> & { value: RealisticWireRow[] };

/** The page with about a quarter of its rows bent, the same rows every time. */
export function realisticPage(page: WirePage): RealisticWirePage {
  return { ...page, value: page.value.map(realisticRow) };
}

/** A call-log row as a real tenant may send it. */
export type RealisticWireCall = { [K in Exclude<keyof WireCall, 'charge'>]: WireCall[K] | null } & { charge: number | string | null };

/** The call bent the same way (by its id): callType in upper case, or no charge, currency or destination, or a long charge. */
function realisticCall(call: WireCall): RealisticWireCall {
  const bent: RealisticWireCall = { ...call };
  const draw = fraction16(hash2(idKey(call.id), 0xca11));
  if (draw < threshold16(0.05)) bent.callType = call.callType.toUpperCase();
  else if (draw < threshold16(0.07)) bent.charge = null;
  else if (draw < threshold16(0.09)) bent.currency = null;
  else if (draw < threshold16(0.11)) bent.destinationContext = null;
  else if (draw < threshold16(0.13)) bent.charge = longer(call.charge, '00000003');
  return bent;
}

/** A call-log page whose rows real tenants could have sent. */
export type RealisticWireCallPage = Omit<WireCallPage, 'value'> & { value: RealisticWireCall[] };

/** The call-log page with some of its calls bent, the same calls every time. */
export function realisticCallPage(page: WireCallPage): RealisticWireCallPage {
  return { ...page, value: page.value.map(realisticCall) };
}
