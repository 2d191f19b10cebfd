/**
 * The demo tenant's PSTN call log (getPstnCalls): every conference dial-out call behind the report's
 * rows, one by one, plus a few calls of other types. A day's dial-out calls are the very calls whose
 * seconds and charges `dayUsage` adds up, so a user's conf_out calls in a span sum exactly to that
 * user's report rows for the span.
 */
import type { DaySpan } from './dayAttribution';
import { between, fraction16, hash2, threshold16 } from './hash';
import { blankDayUsage, callCharge, callSeconds, dayUsage, type DayUsage } from './syntheticUsage';
import { NO_LOCATION, type SyntheticUsers } from './syntheticUsers';
import { USAGE_LOCATIONS } from './usageLocations';

/** Call types, as Graph names them; only conf_out is conference dial-out. */
export const CALL_TYPES = ['conf_out', 'user_out', 'user_in', 'conf_in'] as const;
export const CONF_OUT = 0;

/** Days on which a user also has a call of another type (Calling Plan calls, dial-in). */
const OTHER_CALL_DAYS = threshold16(0.03);

/** The calls of a span, column-wise; call i is number `index[i]` of its kind on `day[i]` for `user[i]`. */
export interface CallRows {
  count: number;
  user: Int32Array;
  day: Int32Array;
  /** Index into `CALL_TYPES`. */
  kind: Uint8Array;
  index: Uint8Array;
}

/** The call of another type a user has on a day, if any (at most one). */
export function otherCallKind(users: SyntheticUsers, user: number, day: number): number | undefined {
  const key = hash2(hash2(users.key[user] as number, day), 0xca11);
  if (fraction16(key) >= OTHER_CALL_DAYS) return undefined;
  return 1 + (key >>> 16) % (CALL_TYPES.length - 1);
}

function visitCalls(users: SyntheticUsers, span: DaySpan, visit: (user: number, day: number, kind: number, index: number) => void): void {
  const usage = blankDayUsage();
  for (let day = span.first; day <= span.last; day += 1) {
    for (let user = 0; user < users.count; user += 1) {
      if (users.activity[user] !== 0 && dayUsage(users, user, day, usage)) {
        for (let call = 0; call < usage.calls; call += 1) visit(user, day, CONF_OUT, call);
      }
      const other = otherCallKind(users, user, day);
      if (other !== undefined) visit(user, day, other, 0);
    }
  }
}

/** Every call of the span, by day, then user; counted first so the columns are allocated once. */
export function buildCallRows(users: SyntheticUsers, span: DaySpan): CallRows {
  let count = 0;
  visitCalls(users, span, () => (count += 1));
  const rows: CallRows = { count, user: new Int32Array(count), day: new Int32Array(count), kind: new Uint8Array(count), index: new Uint8Array(count) };
  let row = 0;
  visitCalls(users, span, (user, day, kind, index) => {
    rows.user[row] = user;
    rows.day[row] = day;
    rows.kind[row] = kind;
    rows.index[row] = index;
    row += 1;
  });
  return rows;
}

/** The numbers of one call; charge in 1/10000 of the user's currency. */
export interface CallFigures {
  /** A hash unique to the call, for its ids and start time. */
  key: number;
  location: number;
  /** 0 Domestic, 1 International. */
  destination: number;
  seconds: number;
  charge: number;
  connectionFee: number;
  /** Seconds after 12:00:00Z of its day: every call of a day starts between 12:00 and 12:50 UTC. */
  startOffsetSeconds: number;
}

const scratch: DayUsage = blankDayUsage();

/** The numbers of call `index` of `kind` on `day` for `user` (as listed by `buildCallRows`). */
export function callFigures(users: SyntheticUsers, user: number, day: number, kind: number, index: number): CallFigures {
  const key = hash2(hash2(hash2(users.key[user] as number, day), 0x5eed + kind), index);
  const startOffsetSeconds = (key >>> 16) % 2400 + index * 7;
  if (kind === CONF_OUT && dayUsage(users, user, day, scratch)) {
    const second = users.secondLocation[user] as number;
    const location = scratch.place === 1 && second !== NO_LOCATION ? second : (users.homeLocation[user] as number);
    const seconds = callSeconds(scratch.dayKey, index);
    return { key, location, destination: scratch.destination, seconds, charge: callCharge(scratch, seconds), connectionFee: scratch.connectionFee, startOffsetSeconds };
  }
  // Calls of other types: Domestic, from home; dial-in and incoming calls cost the tenant nothing here.
  const location = users.homeLocation[user] as number;
  const seconds = between(key, 30, 1800);
  const charge = kind === 1 ? Math.ceil(seconds / 60) * (USAGE_LOCATIONS[location] as { domesticRate: number }).domesticRate : 0;
  return { key, location, destination: 0, seconds, charge, connectionFee: 0, startOffsetSeconds };
}
