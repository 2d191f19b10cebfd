/** Usage per user per UTC day, and its two aggregations: report rows, and totals for tests. */
import type { DaySpan } from './dayAttribution';
import { between, fraction16, hash2, threshold16 } from './hash';
import { CURRENCIES, NO_LOCATION, type SyntheticUsers } from './syntheticUsers';
import { INTERNATIONAL_RATES, USAGE_LOCATIONS } from './usageLocations';

/** Destination contexts, in row order. */
export const DESTINATIONS = ['Domestic', 'International'] as const;

// Bound once: a global lookup per call is slow inside vm contexts (jest), and this runs per call made.
const { ceil } = Math;

const SECOND_LOCATION_DAYS = threshold16(0.2);
const SINGLE_CALL_DAYS = threshold16(0.7);
const LONG_CALLS = threshold16(0.05);

/** One user's calls on one day; charge in 1/10000 of the user's currency. */
export interface DayUsage {
  /** The hash every number of the day is drawn from. */
  dayKey: number;
  /** 0 = home location, 1 = second location. */
  place: number;
  /** Index into `DESTINATIONS`. */
  destination: number;
  /** Per started minute, and per call, in 1/10000 of the currency. */
  rate: number;
  connectionFee: number;
  calls: number;
  seconds: number;
  charge: number;
}

/** An empty day to be filled by `dayUsage`. */
export function blankDayUsage(): DayUsage {
  return { dayKey: 0, place: 0, destination: 0, rate: 0, connectionFee: 0, calls: 0, seconds: 0, charge: 0 };
}

/** The length of call number `call` (0-based) of a day: the getPstnCalls log splits a day's usage with it. */
export function callSeconds(dayKey: number, call: number): number {
  const length = hash2(dayKey, 10 + call);
  return between(length, 20, 2400) + (fraction16(length) < LONG_CALLS ? 3600 : 0);
}

/** What one call of `seconds` costs: billed per started minute, plus the location's connection fee. */
export function callCharge(day: Readonly<DayUsage>, seconds: number): number {
  return ceil(seconds / 60) * day.rate + day.connectionFee;
}

/**
 * Fills `out` with the user's usage on `day` and returns true, or returns false when the
 * user made no dial-out call that day. The single source of every synthetic number.
 */
export function dayUsage(users: SyntheticUsers, user: number, day: number, out: DayUsage): boolean {
  const dayKey = hash2(users.key[user], day);
  if (fraction16(dayKey) >= users.activity[user]) return false;
  out.dayKey = dayKey;

  const where = hash2(dayKey, 1);
  out.place = users.secondLocation[user] !== NO_LOCATION && fraction16(where) < SECOND_LOCATION_DAYS ? 1 : 0;
  out.destination = where >>> 16 < users.international[user] ? 1 : 0;
  const location = USAGE_LOCATIONS[out.place === 1 ? users.secondLocation[user] : users.homeLocation[user]];

  const volume = hash2(dayKey, 2);
  if (users.heavy[user] === 1) out.calls = between(volume, 1, 8);
  else out.calls = fraction16(volume) < SINGLE_CALL_DAYS ? 1 : between(volume, 2, 3);
  out.rate = out.destination === 1 ? INTERNATIONAL_RATES[hash2(dayKey, 3) % INTERNATIONAL_RATES.length] : location.domesticRate;
  out.connectionFee = location.connectionFee;

  out.seconds = 0;
  out.charge = 0;
  for (let call = 0; call < out.calls; call += 1) {
    const seconds = callSeconds(dayKey, call);
    out.seconds += seconds;
    out.charge += callCharge(out, seconds);
  }
  return true;
}

/**
 * The report rows of a span, column-wise: row i is users' `user[i]` in `location[i]` to
 * `destination[i]`, in the user's currency. Ordered by user index, location code, destination.
 */
export interface UsageRows {
  count: number;
  user: Int32Array;
  location: Uint8Array;
  destination: Uint8Array;
  calls: Int32Array;
  seconds: Int32Array;
  /** 1/10000 of the currency unit; whole numbers held in doubles, exact far beyond any real bill. */
  charge: Float64Array;
}

const SLOTS = 4; // (home, second) × (Domestic, International)

/** Aggregates the span's days into report rows, omitting rows without calls. */
export function buildUsageRows(users: SyntheticUsers, span: DaySpan): UsageRows {
  const capacity = users.count * SLOTS;
  // Sized for the worst case, then trimmed, so that cached spans hold only their rows.
  const rows: UsageRows = {
    count: 0,
    user: new Int32Array(capacity),
    location: new Uint8Array(capacity),
    destination: new Uint8Array(capacity),
    calls: new Int32Array(capacity),
    seconds: new Int32Array(capacity),
    charge: new Float64Array(capacity),
  };
  const day = blankDayUsage();
  const calls = new Int32Array(SLOTS);
  const seconds = new Int32Array(SLOTS);
  const charge = new Float64Array(SLOTS);

  for (let user = 0; user < users.count; user += 1) {
    if (users.activity[user] === 0) continue;
    calls.fill(0);
    seconds.fill(0);
    charge.fill(0);
    for (let d = span.first; d <= span.last; d += 1) {
      if (!dayUsage(users, user, d, day)) continue;
      const slot = day.place * 2 + day.destination;
      calls[slot] += day.calls;
      seconds[slot] += day.seconds;
      charge[slot] += day.charge;
    }
    const home = users.homeLocation[user];
    const second = users.secondLocation[user];
    const places = second !== NO_LOCATION && second < home ? [1, 0] : [0, 1];
    for (const place of places) {
      for (let destination = 0; destination < DESTINATIONS.length; destination += 1) {
        const slot = place * 2 + destination;
        if (calls[slot] === 0) continue;
        const row = rows.count;
        rows.user[row] = user;
        rows.location[row] = place === 0 ? home : second;
        rows.destination[row] = destination;
        rows.calls[row] = calls[slot];
        rows.seconds[row] = seconds[slot];
        rows.charge[row] = charge[slot];
        rows.count += 1;
      }
    }
  }
  const { count } = rows;
  return {
    count,
    user: rows.user.slice(0, count),
    location: rows.location.slice(0, count),
    destination: rows.destination.slice(0, count),
    calls: rows.calls.slice(0, count),
    seconds: rows.seconds.slice(0, count),
    charge: rows.charge.slice(0, count),
  };
}

/** Totals of one currency: charge in millionths of the unit, like the product's `DialoutRow`. */
export interface CurrencyTotals {
  calls: number;
  seconds: number;
  chargeMicros: number;
  rowCount: number;
}

/** What the report over a span must add up to, per currency and in all. */
export interface ExpectedUsage {
  rowCount: number;
  /** Keyed by ISO 4217 code; a currency appears only when it has rows. */
  byCurrency: Record<string, CurrencyTotals>;
}

/**
 * Sums the span day by day, without building rows, so that tests can check the rows
 * and pages against numbers that took another path.
 */
export function sumUsage(users: SyntheticUsers, span: DaySpan): ExpectedUsage {
  const expected: ExpectedUsage = { rowCount: 0, byCurrency: {} };
  const day = blankDayUsage();
  for (let user = 0; user < users.count; user += 1) {
    let slotsSeen = 0;
    for (let d = span.first; d <= span.last; d += 1) {
      if (!dayUsage(users, user, d, day)) continue;
      const code = CURRENCIES[users.currency[user]];
      const totals = (expected.byCurrency[code] ??= { calls: 0, seconds: 0, chargeMicros: 0, rowCount: 0 });
      const slotBit = 1 << (day.place * 2 + day.destination);
      if ((slotsSeen & slotBit) === 0) {
        slotsSeen |= slotBit;
        totals.rowCount += 1;
        expected.rowCount += 1;
      }
      totals.calls += day.calls;
      totals.seconds += day.seconds;
      // 1/10000 → millionths: exact, since both are whole numbers.
      totals.chargeMicros += day.charge * 100;
    }
  }
  return expected;
}
