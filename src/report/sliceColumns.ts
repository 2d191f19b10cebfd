/**
 * A window's slices as parallel columns: a few large arrays instead of an object per slice, so that a
 * window read from Graph, kept, stored or merged costs a few allocations rather than one per person
 * (a year's windows would otherwise leave millions of dead objects for the garbage collector).
 */
import { addCharge, addMicros, type Charge, type ExactAmount } from '../domain/money';
import type { DestinationContext } from '../graph/dialoutRow';
import type { Usage } from './report';
import type { PersonNames } from './sharedNames';

/** One person's usage from one usage location to one destination, in one currency, over the window. */
export interface WindowSlice extends Usage, PersonNames {
  /** ISO 3166 alpha-2, or '' when Graph gave none. */
  country: string;
  destination: DestinationContext;
}

const DESTINATIONS: readonly DestinationContext[] = ['Domestic', 'International', 'Unknown'];
const FIRST_CAPACITY = 64;

/** The destination's column code (the order of DESTINATIONS). */
function destinationCode(destination: DestinationContext): number {
  return destination === 'Domestic' ? 0 : destination === 'International' ? 1 : 2;
}

/** A typed array twice as long holding the same values. */
function grown<T extends Float64Array | Uint8Array>(column: T, make: (length: number) => T): T {
  const bigger = make(column.length * 2);
  bigger.set(column);
  return bigger;
}

/**
 * Slices by index, in the order pushed. People and countries are kept as given (callers pass shared
 * strings, so a window holds references, not copies); calls, seconds and micro-units are summed exactly
 * as safe integers, and the rare exact rest below a micro-unit is kept apart by index.
 * @example const columns = new SliceColumns(); const i = columns.push(person, 'DE', 'Domestic'); columns.add(i, row);
 */
export class SliceColumns {
  private size = 0;
  private readonly people: PersonNames[] = [];
  private readonly countries: string[] = [];
  private destinations = new Uint8Array(FIRST_CAPACITY);
  private calls = new Float64Array(FIRST_CAPACITY);
  private seconds = new Float64Array(FIRST_CAPACITY);
  private micros = new Float64Array(FIRST_CAPACITY);
  /** The exact rest of the slices that had a charge of more than six decimals. */
  private readonly rests = new Map<number, ExactAmount>();

  get length(): number {
    return this.size;
  }

  /** A new slice with no usage yet; its index. */
  push(person: PersonNames, country: string, destination: DestinationContext): number {
    const index = this.size;
    if (index === this.calls.length) {
      this.destinations = grown(this.destinations, (length) => new Uint8Array(length));
      this.calls = grown(this.calls, (length) => new Float64Array(length));
      this.seconds = grown(this.seconds, (length) => new Float64Array(length));
      this.micros = grown(this.micros, (length) => new Float64Array(length));
    }
    this.people.push(person);
    this.countries.push(country);
    this.destinations[index] = destinationCode(destination);
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

  person(index: number): PersonNames {
    return this.people[index] as PersonNames;
  }

  country(index: number): string {
    return this.countries[index] as string;
  }

  destination(index: number): DestinationContext {
    return DESTINATIONS[this.destinations[index] as number] as DestinationContext;
  }

  /** Slice `index` written into `into` (one object reused for every slice read, rather than one made per slice). */
  read(index: number, into: WindowSlice): void {
    const person = this.person(index);
    into.userId = person.userId;
    into.userPrincipalName = person.userPrincipalName;
    into.userDisplayName = person.userDisplayName;
    into.country = this.country(index);
    into.destination = this.destination(index);
    into.calls = this.calls[index] as number;
    into.seconds = this.seconds[index] as number;
    into.chargeMicros = this.micros[index] as number;
    into.chargeRest = this.rests.get(index);
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
