/** Validates the data a card button sends back: one schema, a serialised view request; anything that does not match exactly is refused. */
import { CARD_VERBS, type CardVerb } from '../cards/actionData';
import { REQUIRED_FILTERS, type ViewRequest } from '../domain/viewRequest';
import { baselineField, dimensionField, filterFields, isPlainObject, limitField, pageField, PayloadRefused, periodFields, rankingField, viewField } from './cardActions/payloadFields';

/** Every field a serialised view request has; a payload with any other is refused. */
const FIELDS = new Set(['verb', 'view', 'range', 'phrase', 'clippedToToday', 'reachedPastToday', 'currency', 'userId', 'country', 'destination', 'ranking', 'page', 'baseline', 'limit', 'orgUnit', 'dimension']);

export type ActionCheck = { ok: true; verb: CardVerb; request: ViewRequest } | { ok: false; reason: string };

function viewRequest(data: Record<string, unknown>): ViewRequest {
  if (Object.keys(data).some((key) => !FIELDS.has(key))) throw new PayloadRefused('unknown field');
  const view = viewField(data);
  const filters = filterFields(data);
  for (const required of REQUIRED_FILTERS[view]) if (filters[required] === undefined) throw new PayloadRefused(`${required} missing`);
  // A comparison's earlier period, and only a comparison's.
  const baseline = view === 'comparison' ? { baseline: baselineField(data) } : {};
  if (view !== 'comparison' && data.baseline !== undefined) throw new PayloadRefused('baseline not expected');
  // What a breakdown groups by, and only a breakdown's.
  const dimension = view === 'breakdown' ? { dimension: dimensionField(data) } : {};
  if (view !== 'breakdown' && data.dimension !== undefined) throw new PayloadRefused('dimension not expected');
  // The loop above is the check the view's type states.
  const limit = data.limit === undefined ? {} : { limit: limitField(data) };
  return { view, ...periodFields(data), filters, ranking: rankingField(data), page: pageField(data), ...limit, ...baseline, ...dimension } as ViewRequest;
}

/**
 * Checks a payload against the view request schema: unknown verbs and payloads with fields it does not
 * know (including `constructor` or a `__proto__` key) are refused, and only the fields read are copied.
 * @example checkCardAction('view', { verb: 'view', view: 'report', range, phrase: 'October', clippedToToday: false, currency: 'USD', ranking: 'cost', page: 0 })
 */
export function checkCardAction(verb: unknown, data: unknown): ActionCheck {
  const known = Object.values(CARD_VERBS).find((name) => name === verb);
  if (known === undefined) return { ok: false, reason: 'unknown action' };
  if (!isPlainObject(data)) return { ok: false, reason: 'action data is not an object' };
  try {
    return { ok: true, verb: known, request: viewRequest(data) };
  } catch (error) {
    if (error instanceof PayloadRefused) return { ok: false, reason: error.reason };
    throw error;
  }
}
