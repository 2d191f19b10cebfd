/** Renders one page of the call log in the shape of Graph's `pstnCallLogRow` collection, with its nextLink. */
import { abroadFrom, destinationOfCode, destinationOfLocation } from './callDestinations';
import { chargeText } from './chargeText';
import { DAY_MS } from './dayAttribution';
import { hash2 } from './hash';
import { skipLink, type PageRequest } from './reportPage';
import { CALL_TYPES, CONF_OUT, callFigures, type CallRows } from './syntheticCalls';
import type { SyntheticUsers } from './syntheticUsers';

/** A row as Graph serializes `microsoft.graph.callRecords.pstnCallLogRow` (the fields the bot and admins read). */
export interface WireCall {
  id: string;
  callId: string;
  userId: string;
  userPrincipalName: string;
  userDisplayName: string;
  startDateTime: string;
  endDateTime: string;
  duration: number;
  charge: number;
  connectionCharge: number;
  currency: string;
  destinationContext: string;
  destinationName: string;
  calleeNumber: string;
  callerNumber: string;
  callType: string;
  licenseCapability: string;
  inventoryType: string;
  operator: string;
  callDurationSource: string;
  usageCountryCode: string;
  tenantCountryCode: string;
  conferenceId: string | null;
}

export interface WireCallPage {
  '@odata.context': string;
  '@odata.count': number;
  '@odata.nextLink'?: string;
  value: WireCall[];
}

const HEX = '0123456789abcdef';

/** A GUID-shaped id from a 32-bit key (distinct keys give distinct ids). */
function guid(key: number, salt: number): string {
  let text = '';
  for (let word = 0; word < 4; word += 1) {
    let value = word === 0 ? key : hash2(key, salt + word);
    for (let digit = 0; digit < 8; digit += 1) {
      text += HEX[value & 0xf];
      value >>>= 4;
    }
  }
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-4${text.slice(13, 16)}-a${text.slice(17, 20)}-${text.slice(20, 32)}`;
}

function wireCall(users: SyntheticUsers, rows: CallRows, index: number): WireCall {
  const user = rows.user[index] as number;
  const day = rows.day[index] as number;
  const kind = rows.kind[index] as number;
  const call = callFigures(users, user, day, kind, rows.index[index] as number);
  const from = destinationOfLocation(call.location);
  const abroad = abroadFrom(from.code);
  const to = call.destination === 1 ? destinationOfCode(abroad[call.key % abroad.length] as string) : from;
  const start = day * DAY_MS + DAY_MS / 2 + call.startOffsetSeconds * 1000;
  const conference = kind === CONF_OUT || kind === 3;
  return {
    id: guid(call.key, 1),
    callId: guid(hash2(call.key, 0xc0de), 5),
    userId: users.names.userId(user),
    userPrincipalName: users.names.userPrincipalName(user),
    userDisplayName: users.names.displayName(user),
    startDateTime: new Date(start).toISOString().replace('.000Z', 'Z'),
    endDateTime: new Date(start + call.seconds * 1000).toISOString().replace('.000Z', 'Z'),
    duration: call.seconds,
    // Both hold at most 4 decimals, so the JSON number prints as exactly the charge.
    charge: Number(chargeText(call.charge)),
    connectionCharge: Number(chargeText(call.connectionFee)),
    currency: users.currencyCode(user),
    destinationContext: call.destination === 1 ? 'International' : 'Domestic',
    destinationName: to.name,
    calleeNumber: `+${to.dialCode}555${String(call.key % 10_000_000).padStart(7, '0')}`,
    callerNumber: `+${from.dialCode}5550100`,
    callType: CALL_TYPES[kind] as string,
    licenseCapability: conference ? 'MCOMEETADV' : 'MCOPSTN1',
    inventoryType: 'Subscriber',
    operator: 'Microsoft',
    callDurationSource: 'microsoft',
    usageCountryCode: from.code,
    tenantCountryCode: 'US',
    conferenceId: conference ? String(100_000_000 + (hash2(users.key[user] as number, day) % 900_000_000)) : null,
  };
}

/**
 * The calls [skip, skip + pageSize) and, when more follow, a nextLink. The next page starts one call
 * early, so every page boundary repeats a call: Graph's call logs can repeat rows, and clients must
 * dedupe on `id`.
 */
export function renderCallPage(users: SyntheticUsers, rows: CallRows, request: PageRequest): WireCallPage {
  const end = Math.min(rows.count, request.skip + request.pageSize);
  const value: WireCall[] = [];
  for (let index = request.skip; index < end; index += 1) value.push(wireCall(users, rows, index));
  const next = request.pageSize > 1 ? end - 1 : end;
  return {
    '@odata.context': `${request.origin}/v1.0/$metadata#Collection(microsoft.graph.callRecords.pstnCallLogRow)`,
    '@odata.count': value.length,
    ...(end < rows.count ? { '@odata.nextLink': skipLink(request, next) } : {}),
    value,
  };
}
