/**
 * Monthly budgets: MONTHLY_BUDGET and the lines of BUDGETS_FILE. Tenant-wide budgets are one per
 * currency; a department's or cost center's are one per unit and currency.
 */
import { toMicros, type MonthlyBudget } from './domain/money';
import { BUDGET_DIMENSIONS, type UnitBudget } from './domain/organisation';
import { ConfigurationError, value, type Env } from './configValues';

/** The form of a BUDGETS_FILE line, as the error messages state it. */
const LINE_FORM =
  'a CSV file of "currency,amount" lines such as "USD,2500" (tenant-wide) or "scope,name,currency,amount" lines such as ' +
  '"department,Sales,USD,800" or "costCenter,4711,EUR,300" (scope tenant, department or costCenter; blank lines, # comments and one header line allowed)';
const HEADERS = [/^currency\s*,\s*amount$/i, /^scope\s*,\s*name\s*,\s*currency\s*,\s*amount$/i];
/** As long as an organisation unit's name may be in a button's payload. */
const MAX_NAME_CHARS = 200;

/** The budgets of a file: tenant-wide ones and those of departments and cost centers, each with its line. */
export interface FileBudgets {
  tenant: Array<MonthlyBudget & { line: number }>;
  units: Array<UnitBudget & { line: number }>;
}

/** Every budget the bot watches: tenant-wide ones (MONTHLY_BUDGET first) and those of departments and cost centers. */
export interface Budgets {
  tenant: MonthlyBudget[];
  units: UnitBudget[];
}

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

/** The comma-separated fields of a line, a field "quoted" (with "" for a quote) when it holds a comma; undefined when a quote is left open. */
function fields(content: string): string[] | undefined {
  const found: string[] = [];
  const pattern = /\s*(?:"((?:[^"]|"")*)"|([^,"]*))\s*(,|$)/gy;
  for (let match = pattern.exec(content); match !== null; match = pattern.exec(content)) {
    found.push(match[1] === undefined ? (match[2] as string).trim() : match[1].replace(/""/g, '"').trim());
    if (match[3] === '') return pattern.lastIndex === content.length ? found : undefined;
  }
  return undefined;
}

function scopeOf(text: string): 'tenant' | UnitBudget['unit']['dimension'] | undefined {
  const key = text.toLowerCase().replace(/[\s_-]/g, '');
  if (key === 'tenant') return 'tenant';
  return BUDGET_DIMENSIONS.find((dimension) => dimension.toLowerCase() === key);
}

function amountOf(line: number, text: string): number {
  const amountMicros = toMicros(text);
  if (amountMicros === undefined || amountMicros <= 0) throw lineError(line, `has no positive amount of at most six decimals: "${text.slice(0, 30)}"`);
  return amountMicros;
}

function currencyOf(line: number, text: string): string {
  if (!/^[A-Za-z]{3}$/.test(text)) throw lineError(line, `has no three-letter currency code: "${text.slice(0, 30)}"`);
  return text.toUpperCase();
}

function addTenant(budgets: FileBudgets, budget: FileBudgets['tenant'][number]): void {
  const earlier = budgets.tenant.find((b) => b.currency === budget.currency);
  if (earlier) throw lineError(budget.line, `gives ${budget.currency} a second budget (line ${earlier.line} already does)`);
  budgets.tenant.push(budget);
}

/** One budget per unit and currency; names are matched in any case, as questions match them. */
function addUnit(budgets: FileBudgets, budget: FileBudgets['units'][number]): void {
  const { unit, currency } = budget;
  const earlier = budgets.units.find((b) => b.currency === currency && b.unit.dimension === unit.dimension && b.unit.name.toLowerCase() === unit.name.toLowerCase());
  if (earlier) throw lineError(budget.line, `gives ${unit.dimension} "${unit.name.slice(0, 60)}" a second ${currency} budget (line ${earlier.line} already does)`);
  budgets.units.push(budget);
}

/**
 * The budgets of a BUDGETS_FILE's text, in file order; a bad line, or a budget given twice, is named by
 * its line number.
 * @example parseBudgetsFile('scope,name,currency,amount\ntenant,,USD,2500\ndepartment,Sales,USD,800\n').units // [{ unit: { dimension: 'department', name: 'Sales' }, currency: 'USD', amountMicros: 800_000_000, line: 3 }]
 */
export function parseBudgetsFile(text: string): FileBudgets {
  const budgets: FileBudgets = { tenant: [], units: [] };
  let first = true;
  for (const [index, raw] of text.replace(/^\uFEFF/, '').split(/\r?\n/).entries()) {
    const line = index + 1;
    const content = raw.trim();
    if (content === '' || content.startsWith('#')) continue;
    const header = first && HEADERS.some((form) => form.test(content));
    first = false;
    if (header) continue;
    const parts = fields(content);
    if (parts?.length === 2 && /^[A-Za-z]{3}$/.test(parts[0] as string)) {
      addTenant(budgets, { currency: currencyOf(line, parts[0] as string), amountMicros: amountOf(line, parts[1] as string), line });
      continue;
    }
    if (parts?.length !== 4) throw lineError(line, `is not "currency,amount" nor "scope,name,currency,amount": "${content.slice(0, 60)}"`);
    const [scopeText, name, currencyText, amountText] = parts as [string, string, string, string];
    const scope = scopeOf(scopeText);
    if (scope === undefined) throw lineError(line, `has the scope "${scopeText.slice(0, 30)}": write tenant, department or costCenter`);
    if (scope === 'tenant' && name !== '') throw lineError(line, `names "${name.slice(0, 60)}" for a tenant-wide budget: leave the name empty ("tenant,,USD,2500")`);
    if (scope !== 'tenant' && name === '') throw lineError(line, `has no ${scope === 'department' ? 'department' : 'cost center'} name`);
    if (name.length > MAX_NAME_CHARS) throw lineError(line, `has a name longer than ${MAX_NAME_CHARS} characters`);
    const budget = { currency: currencyOf(line, currencyText), amountMicros: amountOf(line, amountText), line };
    if (scope === 'tenant') addTenant(budgets, budget);
    else addUnit(budgets, { ...budget, unit: { dimension: scope, name } });
  }
  return budgets;
}

/**
 * Every budget: MONTHLY_BUDGET first, then BUDGETS_FILE's (`fileText`: the file's content, read by the
 * caller). One tenant-wide budget per currency: a currency in both is refused, naming the line.
 * @example budgets({ MONTHLY_BUDGET: '2500 USD' }, undefined) // { tenant: [{ currency: 'USD', amountMicros: 2_500_000_000 }], units: [] }
 */
export function budgets(env: Env, fileText: string | undefined): Budgets {
  const single = monthlyBudget(env);
  const listed = fileText === undefined ? { tenant: [], units: [] } : parseBudgetsFile(fileText);
  const clash = listed.tenant.find((budget) => budget.currency === single?.currency);
  if (clash) throw lineError(clash.line, `budgets ${clash.currency}, which MONTHLY_BUDGET already budgets: keep one of the two`);
  return {
    tenant: [...(single ? [single] : []), ...listed.tenant.map(({ currency, amountMicros }) => ({ currency, amountMicros }))],
    units: listed.units.map(({ unit, currency, amountMicros }) => ({ unit, currency, amountMicros })),
  };
}
