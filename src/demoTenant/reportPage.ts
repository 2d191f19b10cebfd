/** Renders one page of report rows in Graph's JSON shape, with its nextLink. */
import { chargeText } from './chargeText';
import { fraction16, hash2, threshold16 } from './hash';
import { DESTINATIONS, type UsageRows } from './syntheticUsage';
import type { SyntheticUsers } from './syntheticUsers';
import { locationCode } from './usageLocations';

const STRING_CHARGE_SHARE = threshold16(0.1);

/** A row as Graph serializes `microsoft.graph.callRecords.pstnOnlineMeetingDialoutReport`. */
export interface WireRow {
  userId?: string;
  userPrincipalName: string;
  userDisplayName: string;
  usageLocation: string;
  destinationContext: string;
  currency: string;
  totalCalls: number | string;
  totalCallCharge: number | string;
  totalCallSeconds: number;
}

/** A page as Graph sends it; keys in Graph's order. */
export interface WirePage {
  '@odata.context': string;
  '@odata.count': number;
  '@odata.nextLink'?: string;
  value: WireRow[];
}

function wireRow(users: SyntheticUsers, rows: UsageRows, index: number): WireRow {
  const user = rows.user[index];
  const location = rows.location[index];
  const destination = rows.destination[index];
  const text = chargeText(rows.charge[index]);
  // Graph has sent this Decimal both ways; which rows get a string is fixed per user and slice.
  const asString = fraction16(hash2(users.key[user], 0x5ca1e + location * 2 + destination)) < STRING_CHARGE_SHARE;
  return {
    userId: users.names.userId(user),
    userPrincipalName: users.names.userPrincipalName(user),
    userDisplayName: users.names.displayName(user),
    usageLocation: locationCode(location),
    destinationContext: DESTINATIONS[destination],
    currency: users.currencyCode(user),
    totalCalls: rows.calls[index],
    // The text has at most 4 decimals and 15 digits, so the number prints back as exactly this text.
    totalCallCharge: asString ? text : Number(text),
    totalCallSeconds: rows.seconds[index],
  };
}

/** Where this page sits and how to link onward. */
export interface PageRequest {
  origin: string;
  /** The requested path as sent, reused in nextLinks like Graph does. */
  rawPath: string;
  skip: number;
  pageSize: number;
}

/** The rows [skip, skip + pageSize) and, when more follow, a nextLink on the same origin. */
export function renderPage(users: SyntheticUsers, rows: UsageRows, request: PageRequest): WirePage {
  const end = Math.min(rows.count, request.skip + request.pageSize);
  const value: WireRow[] = [];
  for (let index = request.skip; index < end; index += 1) value.push(wireRow(users, rows, index));
  return {
    '@odata.context': `${request.origin}/beta/$metadata#Collection(microsoft.graph.callRecords.pstnOnlineMeetingDialoutReport)`,
    '@odata.count': value.length,
    ...(end < rows.count ? { '@odata.nextLink': skipLink(request, end) } : {}),
    value,
  };
}

/** The absolute URL of the same report at another `$skip`. */
export function skipLink(request: Pick<PageRequest, 'origin' | 'rawPath'>, skip: number): string {
  return `${request.origin}${request.rawPath}?$skip=${skip}`;
}
