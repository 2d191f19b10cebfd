/** Validates the data a card button sends back against its verb's schema; anything that does not match exactly is refused. */
import type { CardActionData } from '../cards/actionData';
import { CARD_ACTIONS } from './cardActions/registry';
import { isPlainObject, PayloadRefused } from './cardActions/payloadFields';

export type ActionCheck = { ok: true; data: CardActionData } | { ok: false; reason: string };

/**
 * Checks a payload against its verb's schema; copies only known fields, so extra keys (including
 * `__proto__` or `constructor`) never travel further. Unknown verbs are refused.
 * @example checkCardAction('showSpenders', { verb: 'showSpenders', range, currency: 'USD', page: 0, phrase: 'October', clippedToToday: false })
 */
export function checkCardAction(verb: unknown, data: unknown): ActionCheck {
  const action = typeof verb === 'string' && Object.hasOwn(CARD_ACTIONS, verb) ? CARD_ACTIONS[verb as keyof typeof CARD_ACTIONS] : undefined;
  if (action === undefined) return { ok: false, reason: 'unknown action' };
  if (!isPlainObject(data)) return { ok: false, reason: 'action data is not an object' };
  try {
    return { ok: true, data: action.check(data) };
  } catch (error) {
    if (error instanceof PayloadRefused) return { ok: false, reason: error.reason };
    throw error;
  }
}
