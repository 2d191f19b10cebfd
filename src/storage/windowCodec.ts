/**
 * The stored form of a closed report window: compact JSON (people once per currency, each slice six
 * numbers), gzip-compressed. gzip's CRC-32 and length catch a garbled or truncated object, and every
 * field is checked on the way back, so a damaged object is refused (and read from Graph again), never
 * turned into a wrong total.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { createGzip, gunzip } from 'node:zlib';
import { rangeKey, type DateRange } from '../domain/dateRange';
import type { ExactAmount } from '../domain/money';
import type { DestinationContext } from '../graph/dialoutRow';
import { PersonList } from '../report/personTable';
import { SliceColumns, type WindowSlice } from '../report/sliceColumns';
import type { WindowCurrency, WindowSlices } from '../report/windowSlices';
import { StorageError } from './storageErrors';

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

/** About this many characters of JSON text are compressed at a time: a big window is never one string. */
const CHUNK_CHARS = 64 * 1024;

/** Indexes of the window's usage locations, in the order first met. */
class CountryIndexes {
  readonly list: string[] = [];
  private readonly indexes = new Map<string, number>();

  of(country: string): number {
    let index = this.indexes.get(country);
    if (index === undefined) {
      index = this.list.push(country) - 1;
      this.indexes.set(country, index);
    }
    return index;
  }
}

/** The currency's people (each once, as first met), then its slices and rests, as pieces of StoredCurrency's JSON text. */
function* currencyText({ currency, rowsWithoutCharge, slices }: WindowCurrency, countries: CountryIndexes): Generator<string> {
  let text = `{"currency":${JSON.stringify(currency)},"noCharge":${rowsWithoutCharge},"people":[`;
  let largest = -1;
  for (let index = 0; index < slices.length; index += 1) largest = Math.max(largest, slices.personNumber(index));
  /** 1 + each person's place in the stored list, by their number in the window (0: not listed yet). */
  const places = new Int32Array(largest + 1);
  let listed = 0;
  for (let index = 0; index < slices.length; index += 1) {
    const number = slices.personNumber(index);
    if (places[number] !== 0) continue;
    places[number] = ++listed;
    const { userId, userPrincipalName, userDisplayName } = slices.person(index);
    text += `${listed > 1 ? ',' : ''}${JSON.stringify(userId)},${JSON.stringify(userPrincipalName)},${JSON.stringify(userDisplayName)}`;
    if (text.length >= CHUNK_CHARS) {
      yield text;
      text = '';
    }
  }
  text += '],"slices":[';
  const slice: WindowSlice = { userId: '', userPrincipalName: '', userDisplayName: '', country: '', destination: 'Unknown', calls: 0, seconds: 0, chargeMicros: 0 };
  const rests: Array<number | string> = [];
  for (let index = 0; index < slices.length; index += 1) {
    slices.read(index, slice);
    const person = (places[slices.personNumber(index)] as number) - 1;
    text += `${index > 0 ? ',' : ''}${person},${countries.of(slice.country)},${DESTINATIONS.indexOf(slice.destination)},${slice.calls},${slice.seconds},${slice.chargeMicros}`;
    if (slice.chargeRest !== undefined) rests.push(index, slice.chargeRest.units.toString(), slice.chargeRest.scale);
    if (text.length >= CHUNK_CHARS) {
      yield text;
      text = '';
    }
  }
  yield `${text}],"rests":${JSON.stringify(rests)}}`;
}

/** The StoredWindow's JSON text in pieces (its countries last: they are known once every slice was written). */
function* windowText(window: WindowSlices): Generator<string> {
  const countries = new CountryIndexes();
  const header = { format: FORMAT, window: rangeKey(window.range), rows: window.rowCount, pages: window.pageCount, noCurrency: window.rowsWithoutCurrency, fetchedAt: window.fetchedAt };
  yield `${JSON.stringify(header).slice(0, -1)},"currencies":[`;
  for (const [place, currency] of window.currencies.entries()) {
    if (place > 0) yield ',';
    yield* currencyText(currency, countries);
  }
  yield `],"countries":${JSON.stringify(countries.list)}}`;
}

/**
 * The window as stored bytes: its JSON text compressed piece by piece as it is written, so storing a
 * window never holds its whole text.
 * @example const bytes = await encodeWindow(slices); (await decodeWindow(bytes, slices.range)).rowCount === slices.rowCount // true
 */
export async function encodeWindow(window: WindowSlices): Promise<Buffer> {
  const compressed: Buffer[] = [];
  await pipeline(Readable.from(windowText(window)), createGzip(), async (chunks: AsyncIterable<Buffer>) => {
    for await (const chunk of chunks) compressed.push(chunk);
  });
  return Buffer.concat(compressed);
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
