/** The soak's referee: what a range must total (from the demo tenant's own sums) and whether a card says exactly that. */
import { formatCount, formatMinutes, formatMoney } from '../src/cards/format';
import type { DemoTenant } from '../src/demoTenant/demoTenant';
import { reportWindows } from '../src/graph/reportWindows';
import type { DateRange } from '../src/domain/dateRange';

export interface Totals {
  calls: number;
  seconds: number;
  chargeMicros: number;
}

/** How one answer compares with the truth. */
export type Verdict = 'exact' | 'clearError' | 'wrong' | 'other';

/** Per-currency totals of the range, summed window by window exactly as the bot asks Graph. */
export function expectedTotals(tenant: DemoTenant, range: DateRange): Record<string, Totals> {
  const totals: Record<string, Totals> = {};
  for (const window of reportWindows(range)) {
    const usage = tenant.expectedUsage(new Date(window.fromDateTime), new Date(window.toDateTime));
    for (const [currency, part] of Object.entries(usage.byCurrency)) {
      const sum = (totals[currency] ??= { calls: 0, seconds: 0, chargeMicros: 0 });
      sum.calls += part.calls;
      sum.seconds += part.seconds;
      sum.chargeMicros += part.chargeMicros;
    }
  }
  return totals;
}

/** Every text, fact and value of a card, one per line. */
export function cardWords(card: unknown): string {
  const words: string[] = [];
  const walk = (node: unknown, key: string): void => {
    if (typeof node === 'string') {
      if (key !== 'type' && key !== '$schema' && key !== 'version') words.push(node);
    } else if (Array.isArray(node)) node.forEach((item) => walk(item, key));
    else if (node && typeof node === 'object') {
      for (const [child, value] of Object.entries(node)) if (child !== 'data') walk(value, child);
    }
  };
  walk(card, '');
  return words.join('\n');
}

/**
 * Judges an answer card: a report card is exact only when every currency's cost, calls and
 * minutes are the expected ones; an error card that says what to try is a clear error.
 */
export function judge(card: unknown, expected: Record<string, Totals>): Verdict {
  if (card === undefined) return 'other';
  const words = cardWords(card);
  if (/What to try/.test(words)) return 'clearError';
  const currencies = Object.keys(expected);
  if (currencies.length === 0) return /No dial-out usage recorded/.test(words) ? 'exact' : 'wrong';
  if (!/Top spenders|Showing/i.test(words) && !currencies.some((currency) => words.includes(currency))) return 'other';
  const lines = new Set(words.split('\n'));
  const shows = (text: string): boolean => lines.has(text) || words.includes(text);
  const exact = currencies.every((currency) => {
    const totals = expected[currency] as Totals;
    return (
      shows(formatMoney(totals.chargeMicros, currency, 'en-US')) &&
      shows(formatCount(totals.calls, 'en-US')) &&
      shows(formatMinutes(totals.seconds, 'en-US'))
    );
  });
  return exact ? 'exact' : 'wrong';
}
