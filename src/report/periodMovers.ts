/** The biggest movers between a currency of a report and the same currency of the previous period's, worked out once per pair. */
import { remembered } from '../domain/remembered';
import { movers, type Mover } from './monthComparison';
import type { CurrencyReport } from './report';

const NOTHING_BEFORE: CurrencyReport = {
  currency: '',
  total: { calls: 0, seconds: 0, chargeMicros: 0 },
  domestic: { calls: 0, seconds: 0, chargeMicros: 0 },
  international: { calls: 0, seconds: 0, chargeMicros: 0 },
  unknownDestination: { calls: 0, seconds: 0, chargeMicros: 0 },
  rowsWithoutCharge: 0,
  spenders: [],
};

/** Kept with the reports: comparing 100,000 people is too slow to repeat on every press of "Trend". */
const computed = new WeakMap<CurrencyReport, WeakMap<CurrencyReport, Mover[]>>();

/**
 * The people whose spend changed most from `previous` (undefined: no spend in that currency then) to `current`.
 * @example moversSince(october.currencies[0], september.currencies[0])[0]?.deltaMicros
 */
export function moversSince(current: CurrencyReport, previous: CurrencyReport | undefined): Mover[] {
  const before = previous ?? NOTHING_BEFORE;
  const byPrevious = remembered(computed, current, () => new WeakMap<CurrencyReport, Mover[]>());
  return remembered(byPrevious, before, () => movers(current.spenders, before.spenders));
}
