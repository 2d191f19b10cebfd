/** The demo tenant's people: who they are, where they dial from, which currency, how often they call. */
import { between, fraction16, hash2, mix32, threshold16 } from './hash';
import { NameBook } from './names';
import { ALL_LOCATIONS, EURO_LOCATIONS, weightedLocation } from './usageLocations';

/** The tenant's billing currency, then the currency a minority of users are billed in. */
export const CURRENCIES = ['USD', 'EUR'] as const;

/** Marks "no second usage location". */
export const NO_LOCATION = 255;

const SECOND_CURRENCY_SHARE = threshold16(0.05);
const SECOND_LOCATION_SHARE = threshold16(0.04);
const NEVER_DIALS_SHARE = threshold16(0.25);
const HEAVY_SHARE = threshold16(0.03);

/**
 * Per-user traits in typed arrays, so that 100,000+ users cost a few megabytes and the
 * usage generator reads them without touching objects. Names are derived on demand.
 */
export class SyntheticUsers {
  readonly count: number;
  /** Each user's hash key, from which all their usage is drawn. */
  readonly key: Uint32Array;
  /** Index into `CURRENCIES`. */
  readonly currency: Uint8Array;
  /** Index into `USAGE_LOCATIONS`. */
  readonly homeLocation: Uint8Array;
  /** Index into `USAGE_LOCATIONS`, or `NO_LOCATION`. */
  readonly secondLocation: Uint8Array;
  /** Chance (16-bit) that the user dials out on a given day. */
  readonly activity: Uint16Array;
  /** Chance (16-bit) that a day with calls is an international one. */
  readonly international: Uint16Array;
  /** 1 for the few who dial out on most days, several calls a day. */
  readonly heavy: Uint8Array;
  readonly names: NameBook;

  constructor(seed: number, count: number) {
    this.count = count;
    this.key = new Uint32Array(count);
    this.currency = new Uint8Array(count);
    this.homeLocation = new Uint8Array(count);
    this.secondLocation = new Uint8Array(count).fill(NO_LOCATION);
    this.activity = new Uint16Array(count);
    this.international = new Uint16Array(count);
    this.heavy = new Uint8Array(count);
    this.names = new NameBook(seed);
    const seedKey = mix32(seed ^ 0x3c6ef372);
    for (let user = 0; user < count; user += 1) this.describe(user, hash2(seedKey, user));
  }

  private describe(user: number, key: number): void {
    this.key[user] = key;
    const [place, habit, reach, travel] = [1, 2, 3, 4].map((draw) => hash2(key, draw)) as [
      number,
      number,
      number,
      number,
    ];

    const euro = fraction16(place) < SECOND_CURRENCY_SHARE;
    this.currency[user] = euro ? 1 : 0;
    const home = weightedLocation(place >>> 16, euro ? EURO_LOCATIONS : ALL_LOCATIONS);
    this.homeLocation[user] = home;
    if (fraction16(travel) < SECOND_LOCATION_SHARE) {
      const elsewhere = ALL_LOCATIONS.filter((index) => index !== home);
      this.secondLocation[user] = weightedLocation(travel >>> 16, elsewhere);
    }

    const style = fraction16(habit);
    if (style < NEVER_DIALS_SHARE) {
      this.activity[user] = 0;
    } else if (style < NEVER_DIALS_SHARE + HEAVY_SHARE) {
      this.heavy[user] = 1;
      this.activity[user] = threshold16(between(habit, 35, 80) / 100);
    } else {
      this.activity[user] = threshold16(between(habit, 1, 12) / 100);
    }

    const reachStyle = fraction16(reach);
    const internationalChance = reachStyle < threshold16(0.7) ? 0.03 : reachStyle < threshold16(0.95) ? 0.25 : 0.7;
    this.international[user] = threshold16(internationalChance);
  }

  /** The ISO 4217 code the user is billed in. */
  currencyCode(user: number): string {
    return CURRENCIES[this.currency[user]];
  }
}
