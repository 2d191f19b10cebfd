/**
 * A window's slices as parallel columns: a few typed arrays instead of an object per slice, so that a
 * window read from Graph, kept, stored or merged costs a few allocations rather than one per person
 * (a year's windows would otherwise leave millions of dead objects for the garbage collector).
 */
import { addCharge, addMicros, type Charge, type ExactAmount } from '../domain/money';
import type { DestinationContext } from '../graph/dialoutRow';
import type { People, PersonList, PersonNames } from './personTable';
import type { Usage } from './report';

/** One person's usage from one usage location to one destination, in one currency, over the window. */
export interface WindowSlice extends Usage, PersonNames {
  /** ISO 3166 alpha-2, or '' when Graph gave none. */
  country: string;
  destination: DestinationContext;
}

const DESTINATIONS: readonly DestinationContext[] = ['Domestic', 'International', 'Unknown'];
const FIRST_CAPACITY = 64;
/** The largest magnitude V8 keeps as a small integer on every platform (31 bits). */
const SMALL = 0x3fffffff;

/**
 * A whole number read from a Float64Array, as a small integer when it is one: a double read back
 * and stored in an object's field would make V8 keep that field of every such object (every
 * spender) as a separate heap number. The value is the same either way.
 */
function whole(value: number): number {
  return value >= -SMALL && value <= SMALL ? value | 0 : value;
}

/** The destination's column code (the order of DESTINATIONS). */
function destinationCode(destination: DestinationContext): number {
  return destination === 'Domestic' ? 0 : destination === 'International' ? 1 : 2;
}

/** A typed array of `length` holding the same values first. */
function resized<T extends Float64Array | Int32Array | Uint16Array | Uint8Array>(column: T, length: number, make: (length: number) => T): T {
  const other = make(length);
  other.set(column.subarray(0, Math.min(column.length, length)));
  return other;
}

/**
 * Slices by index, in the order pushed: each refers to its person by number in `people` and to its
 * usage location by a code in the columns' own list; calls, seconds and micro-units are summed exactly
 * as safe integers, and the rare exact rest below a micro-unit is kept apart by index.
 * @example const columns = new SliceColumns(people); const i = columns.push(person, 'DE', 'Domestic'); columns.add(i, 1, 60, row);
 */
export class SliceColumns {
  private size = 0;
  private personAt = new Int32Array(FIRST_CAPACITY);
  /** Codes in `countries`: a window has at most 26 × 26 two-letter codes and ''. */
  private countryAt = new Uint16Array(FIRST_CAPACITY);
  private destinationAt = new Uint8Array(FIRST_CAPACITY);
  private calls = new Float64Array(FIRST_CAPACITY);
  private seconds = new Float64Array(FIRST_CAPACITY);
  private micros = new Float64Array(FIRST_CAPACITY);
  private readonly countries: string[] = [];
  private readonly countryCodes = new Map<string, number>();
  /** The exact rest of the slices that had a charge of more than six decimals. */
  private readonly rests = new Map<number, ExactAmount>();

  /** Whom the slices' person numbers refer to. */
  constructor(readonly people: People) {}

  get length(): number {
    return this.size;
  }

  /** A new slice with no usage yet, for person `person` of `people`; its index. */
  push(person: number, country: string, destination: DestinationContext): number {
    const index = this.size;
    if (index === this.calls.length) this.resize(Math.max(FIRST_CAPACITY, index * 2));
    this.personAt[index] = person;
    this.countryAt[index] = this.countryCode(country);
    this.destinationAt[index] = destinationCode(destination);
    this.size += 1;
    return index;
  }

  /** Adds calls, seconds and the charge (exactly) to slice `index`. */
  add(index: number, calls: number, seconds: number, charge: Readonly<Charge>): void {
    this.calls[index] = (this.calls[index] as number) + calls;
    this.seconds[index] = (this.seconds[index] as number) + seconds;
    if (charge.chargeRest === undefined) this.micros[index] = addMicros(this.micros[index] as number, charge.chargeMicros);
    else this.addLongCharge(index, charge);
  }

  /** Lets go of the room kept for more slices (once no more come: a window whose read is done). */
  trim(): void {
    if (this.size < this.calls.length) this.resize(this.size);
  }

  /**
   * The same slices referring to `list` instead of `people`, each person added to it once: `places`
   * holds 1 + their number in `list` by their number in `people` (0: not added yet), shared by the
   * currencies of one window. The columns are copied at their length, nothing is summed again.
   */
  referringTo(list: PersonList, places: Int32Array): SliceColumns {
    const copy = new SliceColumns(list);
    const size = this.size;
    copy.size = size;
    copy.personAt = new Int32Array(size);
    for (let index = 0; index < size; index += 1) {
      const number = this.personAt[index] as number;
      if (places[number] === 0) places[number] = list.add(this.people.person(number)) + 1;
      copy.personAt[index] = (places[number] as number) - 1;
    }
    copy.countryAt = this.countryAt.slice(0, size);
    copy.destinationAt = this.destinationAt.slice(0, size);
    copy.calls = this.calls.slice(0, size);
    copy.seconds = this.seconds.slice(0, size);
    copy.micros = this.micros.slice(0, size);
    copy.countries.push(...this.countries);
    for (const [country, code] of this.countryCodes) copy.countryCodes.set(country, code);
    for (const [index, rest] of this.rests) copy.rests.set(index, rest);
    return copy;
  }

  /** The number of the slice's person in `people`. */
  personNumber(index: number): number {
    return this.personAt[index] as number;
  }

  person(index: number): PersonNames {
    return this.people.person(this.personNumber(index));
  }

  country(index: number): string {
    return this.countries[this.countryAt[index] as number] as string;
  }

  destination(index: number): DestinationContext {
    return DESTINATIONS[this.destinationAt[index] as number] as DestinationContext;
  }

  /** Slice `index` written into `into` (one object reused for every slice read, rather than one made per slice). */
  read(index: number, into: WindowSlice): void {
    const person = this.person(index);
    into.userId = person.userId;
    into.userPrincipalName = person.userPrincipalName;
    into.userDisplayName = person.userDisplayName;
    into.country = this.country(index);
    into.destination = this.destination(index);
    into.calls = whole(this.calls[index] as number);
    into.seconds = whole(this.seconds[index] as number);
    into.chargeMicros = whole(this.micros[index] as number);
    into.chargeRest = this.rests.get(index);
  }

  private countryCode(country: string): number {
    let code = this.countryCodes.get(country);
    if (code === undefined) {
      code = this.countries.push(country) - 1;
      this.countryCodes.set(country, code);
    }
    return code;
  }

  private resize(length: number): void {
    this.personAt = resized(this.personAt, length, (n) => new Int32Array(n));
    this.countryAt = resized(this.countryAt, length, (n) => new Uint16Array(n));
    this.destinationAt = resized(this.destinationAt, length, (n) => new Uint8Array(n));
    this.calls = resized(this.calls, length, (n) => new Float64Array(n));
    this.seconds = resized(this.seconds, length, (n) => new Float64Array(n));
    this.micros = resized(this.micros, length, (n) => new Float64Array(n));
  }

  /** The rare charge of more than six decimals: added with its exact rest, carried into whole micro-units like every sum. */
  private addLongCharge(index: number, charge: Readonly<Charge>): void {
    const sum: Charge = { chargeMicros: this.micros[index] as number, chargeRest: this.rests.get(index) };
    addCharge(sum, charge);
    this.micros[index] = sum.chargeMicros;
    if (sum.chargeRest === undefined) this.rests.delete(index);
    else this.rests.set(index, sum.chargeRest);
  }
}
