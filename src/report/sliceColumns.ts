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

/** Slices per block: a window's columns grow a block at a time, never copied into bigger arrays. */
const BLOCK_BITS = 12;
const BLOCK_SLICES = 1 << BLOCK_BITS;
const IN_BLOCK = BLOCK_SLICES - 1;

/** The columns of up to BLOCK_SLICES slices. */
class Block {
  readonly person: Int32Array;
  /** Codes in the columns' `countries`: a window has at most 26 × 26 two-letter codes and ''. */
  readonly country: Uint16Array;
  readonly destination: Uint8Array;
  readonly calls: Float64Array;
  readonly seconds: Float64Array;
  readonly micros: Float64Array;

  constructor(length: number) {
    this.person = new Int32Array(length);
    this.country = new Uint16Array(length);
    this.destination = new Uint8Array(length);
    this.calls = new Float64Array(length);
    this.seconds = new Float64Array(length);
    this.micros = new Float64Array(length);
  }

  /** A block of `length` holding this one's first `used` slices. */
  resized(length: number, used: number): Block {
    const other = new Block(length);
    other.person.set(this.person.subarray(0, used));
    other.country.set(this.country.subarray(0, used));
    other.destination.set(this.destination.subarray(0, used));
    other.calls.set(this.calls.subarray(0, used));
    other.seconds.set(this.seconds.subarray(0, used));
    other.micros.set(this.micros.subarray(0, used));
    return other;
  }
}

/**
 * Slices by index, in the order pushed: each refers to its person by number in `people` and to its
 * usage location by a code in the columns' own list; calls, seconds and micro-units are summed exactly
 * as safe integers, and the rare exact rest below a micro-unit is kept apart by index. The columns
 * are blocks of 4,096 slices (the first one grown from 64 for the many small currencies), so a window
 * of 70,000 slices allocates about what it holds, not the doubling arrays' twice that.
 * @example const columns = new SliceColumns(people); const i = columns.push(person, 'DE', 'Domestic'); columns.add(i, 1, 60, row);
 */
export class SliceColumns {
  private size = 0;
  private readonly blocks: Block[] = [];
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
    const block = this.roomFor(index);
    const at = index & IN_BLOCK;
    block.person[at] = person;
    block.country[at] = this.countryCode(country);
    block.destination[at] = destinationCode(destination);
    this.size += 1;
    return index;
  }

  /** Adds calls, seconds and the charge (exactly) to slice `index`. */
  add(index: number, calls: number, seconds: number, charge: Readonly<Charge>): void {
    const block = this.blockOf(index);
    const at = index & IN_BLOCK;
    block.calls[at] = (block.calls[at] as number) + calls;
    block.seconds[at] = (block.seconds[at] as number) + seconds;
    if (charge.chargeRest === undefined) block.micros[at] = addMicros(block.micros[at] as number, charge.chargeMicros);
    else this.addLongCharge(index, charge);
  }

  /** Lets go of the room kept for more slices in the last block (once no more come: a window whose read is done). */
  trim(): void {
    const last = this.blocks.length - 1;
    const used = this.size - last * BLOCK_SLICES;
    const block = this.blocks[last];
    if (block !== undefined && used < block.calls.length) this.blocks[last] = block.resized(used, used);
  }

  /**
   * The same slices referring to `list` instead of `people`, each person added to it once: `places`
   * holds 1 + their number in `list` by their number in `people` (0: not added yet), shared by the
   * currencies of one window. The columns are copied at their length, nothing is summed again.
   */
  referringTo(list: PersonList, places: Int32Array): SliceColumns {
    const copy = new SliceColumns(list);
    copy.size = this.size;
    this.blocks.forEach((block, number) => {
      const used = Math.min(BLOCK_SLICES, this.size - number * BLOCK_SLICES);
      const own = block.resized(used, used);
      for (let at = 0; at < used; at += 1) {
        const person = own.person[at] as number;
        if (places[person] === 0) places[person] = list.add(this.people.person(person)) + 1;
        own.person[at] = (places[person] as number) - 1;
      }
      copy.blocks.push(own);
    });
    copy.countries.push(...this.countries);
    for (const [country, code] of this.countryCodes) copy.countryCodes.set(country, code);
    for (const [index, rest] of this.rests) copy.rests.set(index, rest);
    return copy;
  }

  /** The number of the slice's person in `people`. */
  personNumber(index: number): number {
    return this.blockOf(index).person[index & IN_BLOCK] as number;
  }

  person(index: number): PersonNames {
    return this.people.person(this.personNumber(index));
  }

  country(index: number): string {
    return this.countries[this.blockOf(index).country[index & IN_BLOCK] as number] as string;
  }

  destination(index: number): DestinationContext {
    return DESTINATIONS[this.blockOf(index).destination[index & IN_BLOCK] as number] as DestinationContext;
  }

  /** Slice `index` written into `into` (one object reused for every slice read, rather than one made per slice). */
  read(index: number, into: WindowSlice): void {
    const block = this.blockOf(index);
    const at = index & IN_BLOCK;
    const person = this.people.person(block.person[at] as number);
    into.userId = person.userId;
    into.userPrincipalName = person.userPrincipalName;
    into.userDisplayName = person.userDisplayName;
    into.country = this.countries[block.country[at] as number] as string;
    into.destination = DESTINATIONS[block.destination[at] as number] as DestinationContext;
    into.calls = whole(block.calls[at] as number);
    into.seconds = whole(block.seconds[at] as number);
    into.chargeMicros = whole(block.micros[at] as number);
    into.chargeRest = this.rests.get(index);
  }

  private blockOf(index: number): Block {
    return this.blocks[index >> BLOCK_BITS] as Block;
  }

  /** The block for slice `index`: a new one past the last, or the first grown (doubling) while it is short. */
  private roomFor(index: number): Block {
    const number = index >> BLOCK_BITS;
    const at = index & IN_BLOCK;
    let block = this.blocks[number];
    if (block === undefined) {
      block = new Block(number === 0 ? FIRST_CAPACITY : BLOCK_SLICES);
      this.blocks.push(block);
    } else if (at === block.calls.length) {
      block = block.resized(Math.min(BLOCK_SLICES, Math.max(FIRST_CAPACITY, at * 2)), at);
      this.blocks[number] = block;
    }
    return block;
  }

  private countryCode(country: string): number {
    let code = this.countryCodes.get(country);
    if (code === undefined) {
      code = this.countries.push(country) - 1;
      this.countryCodes.set(country, code);
    }
    return code;
  }

  /** The rare charge of more than six decimals: added with its exact rest, carried into whole micro-units like every sum. */
  private addLongCharge(index: number, charge: Readonly<Charge>): void {
    const block = this.blockOf(index);
    const at = index & IN_BLOCK;
    const sum: Charge = { chargeMicros: block.micros[at] as number, chargeRest: this.rests.get(index) };
    addCharge(sum, charge);
    block.micros[at] = sum.chargeMicros;
    if (sum.chargeRest === undefined) this.rests.delete(index);
    else this.rests.set(index, sum.chargeRest);
  }
}
