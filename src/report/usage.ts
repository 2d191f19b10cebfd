/** Sums of usage (calls, seconds, exact charge) that the report's parts are built from. Pure. */
import { addCharge } from '../domain/money';
import type { Usage } from './report';

/** No calls, no seconds, no charge. */
export function emptyUsage(): Usage {
  return { calls: 0, seconds: 0, chargeMicros: 0 };
}

/** Adds `usage` into `into`, exactly. */
export function addUsage(into: Usage, usage: Usage): void {
  into.calls += usage.calls;
  into.seconds += usage.seconds;
  addCharge(into, usage);
}
