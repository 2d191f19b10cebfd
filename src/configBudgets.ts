/** Tenant-wide monthly budgets per currency: MONTHLY_BUDGET and the lines of BUDGETS_FILE, one budget per currency. */
import { toMicros, type MonthlyBudget } from './domain/money';
import { ConfigurationError, value, type Env } from './configValues';

/** The form of a BUDGETS_FILE line, as the error messages state it. */
const LINE_FORM = 'a CSV file of "currency,amount" lines such as "USD,2500" (blank lines, # comments and a "currency,amount" header allowed)';

/** Reads "2500 USD" (MONTHLY_BUDGET's form). */
function monthlyBudget(env: Env): MonthlyBudget | undefined {
  const raw = value(env, 'MONTHLY_BUDGET');
  if (raw === undefined) return undefined;
  const match = /^(\S+)\s+([A-Za-z]{3})$/.exec(raw);
  const amountMicros = match ? toMicros(match[1]) : undefined;
  if (!match || amountMicros === undefined || amountMicros <= 0) {
    throw new ConfigurationError('MONTHLY_BUDGET', 'an amount and a currency code, such as "2500 USD"', raw);
  }
  return { currency: (match[2] as string).toUpperCase(), amountMicros };
}

function lineError(line: number, problem: string): ConfigurationError {
  return new ConfigurationError('BUDGETS_FILE', `${LINE_FORM}; line ${line} ${problem}`, undefined);
}

/**
 * The budgets of a BUDGETS_FILE's text, in file order; a bad line, or a currency given twice, is
 * named by its line number.
 * @example parseBudgetsFile('currency,amount\nUSD,2500\nEUR,1800.50\n') // [{ currency: 'USD', amountMicros: 2_500_000_000 }, { currency: 'EUR', … }]
 */
export function parseBudgetsFile(text: string): Array<MonthlyBudget & { line: number }> {
  const budgets: Array<MonthlyBudget & { line: number }> = [];
  for (const [index, raw] of text.replace(/^\uFEFF/, '').split(/\r?\n/).entries()) {
    const line = index + 1;
    const content = raw.trim();
    if (content === '' || content.startsWith('#')) continue;
    if (budgets.length === 0 && /^currency\s*,\s*amount$/i.test(content)) continue;
    const match = /^([A-Za-z]{3})\s*,\s*(\S+)$/.exec(content);
    if (!match) throw lineError(line, `is not "currency,amount": "${content.slice(0, 60)}"`);
    const amountMicros = toMicros(match[2]);
    if (amountMicros === undefined || amountMicros <= 0) throw lineError(line, `has no positive amount of at most six decimals: "${match[2]!.slice(0, 30)}"`);
    const currency = (match[1] as string).toUpperCase();
    const earlier = budgets.find((budget) => budget.currency === currency);
    if (earlier) throw lineError(line, `gives ${currency} a second budget (line ${earlier.line} already does)`);
    budgets.push({ currency, amountMicros, line });
  }
  return budgets;
}

/**
 * Every tenant-wide budget: MONTHLY_BUDGET first, then BUDGETS_FILE's (`fileText`: the file's content,
 * read by the caller). One budget per currency: a currency in both is refused, naming the line.
 * @example budgets({ MONTHLY_BUDGET: '2500 USD' }, undefined) // [{ currency: 'USD', amountMicros: 2_500_000_000 }]
 */
export function budgets(env: Env, fileText: string | undefined): MonthlyBudget[] {
  const single = monthlyBudget(env);
  const listed = fileText === undefined ? [] : parseBudgetsFile(fileText);
  const clash = listed.find((budget) => budget.currency === single?.currency);
  if (clash) throw lineError(clash.line, `budgets ${clash.currency}, which MONTHLY_BUDGET already budgets: keep one of the two`);
  return [...(single ? [single] : []), ...listed.map(({ currency, amountMicros }) => ({ currency, amountMicros }))];
}
