/** Finds one person in a currency of a report by user id, with an index built on first use. */
import { remembered } from '../domain/remembered';
import type { CurrencyReport, Spender } from './report';

const indexes = new WeakMap<CurrencyReport, Map<string, Spender>>();

/**
 * The spender with this user id (compared case-insensitively, as Entra ids are), or undefined.
 * @example spenderById(usd, '5f3c…')?.chargeMicros
 */
export function spenderById(currency: CurrencyReport, userId: string): Spender | undefined {
  const index = remembered(indexes, currency, () => new Map(currency.spenders.map((spender) => [spender.userId.toLowerCase(), spender])));
  return index.get(userId.toLowerCase());
}
