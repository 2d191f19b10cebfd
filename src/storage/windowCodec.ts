/**
 * The stored form of a closed report window: compact JSON (people once per currency, each slice six
 * numbers), gzip-compressed. gzip's CRC-32 and length catch a garbled or truncated object, and every
 * field is checked on the way back, so a damaged object is refused (and read from Graph again), never
 * turned into a wrong total.
 */
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { rangeKey, type DateRange } from '../domain/dateRange';
import type { ExactAmount } from '../domain/money';
import type { DestinationContext } from '../graph/dialoutRow';
import { PersonList } from '../report/personTable';
import { SliceColumns, type WindowSlice } from '../report/sliceColumns';
import type { WindowCurrency, WindowSlices } from '../report/windowSlices';
import { StorageError } from './storageErrors';

const gzipped = promisify(gzip);
const gunzipped = promisify(gunzip);

/** Bumped when the layout changes: an object of another format is absent, not misread. */
const FORMAT = 2;
/** An ISO instant as Date.toISOString writes it. */
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const DESTINATIONS: readonly DestinationContext[] = ['Domestic', 'International', 'Unknown'];
/** person, country, destination, calls, seconds, micro-units. */
const SLICE_FIELDS = 6;

interface StoredCurrency {
  currency: string;
  noCharge: number;
  /** userId, userPrincipalName, userDisplayName of each person, flat. */
  people: string[];
  /** SLICE_FIELDS numbers per slice, flat. */
  slices: number[];
  /** slice index, units (decimal text), scale: the exact rest below a micro-unit of the rare long charge. */
  rests: Array<number | string>;
}

interface StoredWindow {
  format: number;
  window: string;
  rows: number;
  pages: number;
  noCurrency: number;
  /** When the window was read from Graph (ISO instant). */
  fetchedAt: string;
  countries: string[];
  currencies: StoredCurrency[];
}

function encodeCurrency({ currency, rowsWithoutCharge, slices }: WindowCurrency, countryIndex: (country: string) => number): StoredCurrency {
  const stored: StoredCurrency = { currency, noCharge: rowsWithoutCharge, people: [], slices: [], rests: [] };
  const personIndexes = new Map<number, number>();
  const slice: WindowSlice = { userId: '', userPrincipalName: '', userDisplayName: '', country: '', destination: 'Unknown', calls: 0, seconds: 0, chargeMicros: 0 };
  for (let index = 0; index < slices.length; index += 1) {
    slices.read(index, slice);
    const number = slices.personNumber(index);
    let person = personIndexes.get(number);
    if (person === undefined) {
      person = personIndexes.size;
      personIndexes.set(number, person);
      stored.people.push(slice.userId, slice.userPrincipalName, slice.userDisplayName);
    }
    stored.slices.push(person, countryIndex(slice.country), DESTINATIONS.indexOf(slice.destination), slice.calls, slice.seconds, slice.chargeMicros);
    if (slice.chargeRest !== undefined) stored.rests.push(index, slice.chargeRest.units.toString(), slice.chargeRest.scale);
  }
  return stored;
}

/**
 * The window as stored bytes.
 * @example const bytes = await encodeWindow(slices); (await decodeWindow(bytes, slices.range)).rowCount === slices.rowCount // true
 */
export async function encodeWindow(window: WindowSlices): Promise<Buffer> {
  const countries: string[] = [];
  const indexes = new Map<string, number>();
  const countryIndex = (country: string): number => {
    let index = indexes.get(country);
    if (index === undefined) {
      index = countries.push(country) - 1;
      indexes.set(country, index);
    }
    return index;
  };
  const stored: StoredWindow = {
    format: FORMAT,
    window: rangeKey(window.range),
    rows: window.rowCount,
    pages: window.pageCount,
    noCurrency: window.rowsWithoutCurrency,
    fetchedAt: window.fetchedAt,
    countries,
    currencies: window.currencies.map((currency) => encodeCurrency(currency, countryIndex)),
  };
  return gzipped(JSON.stringify(stored));
}

function corrupt(reason: string): StorageError {
  return new StorageError('corrupt', `stored report window ${reason}`);
}

function count(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) throw corrupt('holds a count that is not a whole number');
  return value;
}

function text(value: unknown): string {
  if (typeof value !== 'string') throw corrupt('holds a name that is not text');
  return value;
}

function instant(value: unknown): string {
  if (typeof value !== 'string' || !INSTANT.test(value) || Number.isNaN(Date.parse(value))) throw corrupt('holds a read time that is not an instant');
  return value;
}

function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw corrupt('is missing a list');
  return value;
}

function entry<T>(items: readonly T[], index: unknown): T {
  const found = Number.isInteger(index) ? items[index as number] : undefined;
  if (found === undefined) throw corrupt('refers to an entry it does not hold');
  return found;
}

/** The exact rests below a micro-unit, by slice index; checked before any is added. */
function decodeRests(rests: unknown[], slices: SliceColumns): void {
  if (rests.length % 3 !== 0) throw corrupt('holds a broken exact amount');
  for (let i = 0; i < rests.length; i += 3) {
    const index = rests[i];
    const units = rests[i + 1];
    const scale = count(rests[i + 2]);
    if (typeof units !== 'string' || !/^-?\d+$/.test(units) || scale <= 6) throw corrupt('holds a broken exact amount');
    if (!Number.isInteger(index) || (index as number) < 0 || (index as number) >= slices.length) throw corrupt('refers to an entry it does not hold');
    const rest: ExactAmount = { units: BigInt(units), scale };
    slices.add(index as number, 0, 0, { chargeMicros: 0, chargeRest: rest });
  }
}

function decodeCurrency(value: unknown, countries: string[]): WindowCurrency {
  const stored = value as Partial<StoredCurrency> | null;
  if (typeof stored !== 'object' || stored === null) throw corrupt('holds a currency that is not an object');
  const names = list(stored.people).map(text);
  const numbers = list(stored.slices);
  if (names.length % 3 !== 0 || numbers.length % SLICE_FIELDS !== 0) throw corrupt('holds a broken list of people');
  const people = new PersonList();
  for (let i = 0; i < names.length; i += 3) people.add({ userId: names[i] as string, userPrincipalName: names[i + 1] as string, userDisplayName: names[i + 2] as string });
  const slices = new SliceColumns(people);
  for (let i = 0; i < numbers.length; i += SLICE_FIELDS) {
    const chargeMicros = numbers[i + 5];
    if (typeof chargeMicros !== 'number' || !Number.isSafeInteger(chargeMicros)) throw corrupt('holds a charge that is not a whole number of micro-units');
    const person = count(numbers[i]);
    if (person >= people.size) throw corrupt('refers to an entry it does not hold');
    const index = slices.push(person, entry(countries, numbers[i + 1]), entry(DESTINATIONS, numbers[i + 2]));
    slices.add(index, count(numbers[i + 3]), count(numbers[i + 4]), { chargeMicros });
  }
  decodeRests(list(stored.rests), slices);
  return { currency: text(stored.currency), rowsWithoutCharge: count(stored.noCharge), slices };
}

/**
 * The window stored as `bytes`; StorageError `corrupt` when they are not a whole, well-formed object
 * of this format for `range` (a damaged object, or one left by another version of the bot).
 */
export async function decodeWindow(bytes: Buffer, range: DateRange): Promise<WindowSlices> {
  let stored: Partial<StoredWindow>;
  try {
    stored = JSON.parse((await gunzipped(bytes)).toString('utf8')) as Partial<StoredWindow>;
  } catch (error) {
    throw new StorageError('corrupt', 'stored report window cannot be decompressed or parsed', { cause: error });
  }
  if (typeof stored !== 'object' || stored === null || stored.format !== FORMAT) throw corrupt('is of another format');
  if (stored.window !== rangeKey(range)) throw corrupt('holds another window than expected');
  const countries = list(stored.countries).map(text);
  return {
    range,
    rowCount: count(stored.rows),
    pageCount: count(stored.pages),
    rowsWithoutCurrency: count(stored.noCurrency),
    currencies: list(stored.currencies).map((currency) => decodeCurrency(currency, countries)),
    fetchedAt: instant(stored.fetchedAt),
  };
}
