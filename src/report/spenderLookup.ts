/** Finds one person in a currency of a report by user id, with an index built on first use. */
import type { CurrencyReport, Spender } from './report';

const indexes = new WeakMap<CurrencyReport, Map<string, Spender>>();

/**
 * The spender with this user id (compared case-insensitively, as Entra ids are), or undefined.
 * @example spenderById(usd, '5f3c…')?.chargeMicros
 */
export function spenderById(currency: CurrencyReport, userId: string): Spender | undefined {
  let index = indexes.get(currency);
  if (index === undefined) {
    index = new Map(currency.spenders.map((spender) => [spender.userId.toLowerCase(), spender]));
    indexes.set(currency, index);
  }
  return index.get(userId.toLowerCase());
}
