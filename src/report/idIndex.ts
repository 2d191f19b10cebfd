/** Finds what is kept for a person (their spender, their slice) by user id, once per report row, without hashing the whole id each time. */

/** Hex digit values by character code; -1 for anything else. */
const HEX_DIGITS = new Int8Array(128).fill(-1);
for (let digit = 0; digit < 16; digit += 1) {
  HEX_DIGITS['0123456789abcdef'.charCodeAt(digit)] = digit;
  HEX_DIGITS['0123456789ABCDEF'.charCodeAt(digit)] = digit;
}

/** Seven hex digits make 28 bits: a small integer that a Map hashes at once. */
const KEY_DIGITS = 7;

/** The number the id's first seven hex digits spell, or -1 when it does not start with seven. */
function shortKey(userId: string): number {
  if (userId.length < KEY_DIGITS) return -1;
  let key = 0;
  for (let i = 0; i < KEY_DIGITS; i += 1) {
    const code = userId.charCodeAt(i);
    const digit = code < 128 ? (HEX_DIGITS[code] as number) : -1;
    if (digit < 0) return -1;
    key = (key << 4) | digit;
  }
  return key;
}

/**
 * Values by user id. Graph's user ids are GUIDs, whose leading digits are random: a Map keyed
 * by a short number from them is several times cheaper than one keyed by the fresh 36-character
 * string of every row (whose hash V8 would compute anew). The full id is always compared (through
 * `idOf`), so ids that share a short key, and ids that are not hex, fall back to a Map keyed by the
 * whole id.
 * @example const index = new IdIndex((s: Spender) => s.userId); index.add(spender); index.find(spender.userId) === spender // true
 */
export class IdIndex<T> {
  private readonly byShortKey = new Map<number, T>();
  private readonly byId = new Map<string, T>();

  constructor(private readonly idOf: (value: T) => string) {}

  find(userId: string): T | undefined {
    const key = shortKey(userId);
    if (key < 0) return this.byId.get(userId);
    const value = this.byShortKey.get(key);
    // No entry means no id with this short key was added: the first one always takes it.
    if (value === undefined || this.idOf(value) === userId) return value;
    return this.byId.get(userId);
  }

  /** Adds the value of an id that `find` does not know yet. */
  add(value: T): void {
    const userId = this.idOf(value);
    const key = shortKey(userId);
    if (key >= 0 && !this.byShortKey.has(key)) this.byShortKey.set(key, value);
    else this.byId.set(userId, value);
  }

  /** Every value, in the order added except for those that share a short key or are not hex. */
  all(): T[] {
    return [...this.byShortKey.values(), ...this.byId.values()];
  }
}
