/** Budgets: MONTHLY_BUDGET and BUDGETS_FILE read and checked at start-up, a bad line named, and the daily watch's schedule. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, loadConfig } from '../src/config';
import { startBotProcess } from './helpers/botProcess';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'budgets-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function budgetsFile(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

function failure(env: Record<string, string>): ConfigurationError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a configuration error');
}

describe('loadConfig: budgets', () => {
  it('reads a budgets file with a header, comments and blank lines, after MONTHLY_BUDGET', async () => {
    const path = await budgetsFile('good.csv', '# monthly dial-out budgets\r\ncurrency,amount\r\nEUR,1800.50\r\n\r\ngbp, 900\r\n');
    const config = loadConfig({ MONTHLY_BUDGET: '2500 USD', BUDGETS_FILE: path });
    expect(config.monthlySummary.budgets).toEqual([
      { currency: 'USD', amountMicros: 2_500_000_000 },
      { currency: 'EUR', amountMicros: 1_800_500_000 },
      { currency: 'GBP', amountMicros: 900_000_000 },
    ]);
  });

  it.each([
    ['not.csv', 'currency,amount\nUSD,2500\nEUR;1800\n', 'line 3 is not "currency,amount"'],
    ['negative.csv', 'USD,-5\n', 'line 1 has no positive amount'],
    ['decimals.csv', '\n\nUSD,1.0000001\n', 'line 3 has no positive amount'],
    ['twice.csv', 'USD,100\n# again\nusd,200\n', 'line 3 gives USD a second budget (line 1 already does)'],
    ['header later.csv', 'USD,100\ncurrency,amount\n', 'line 2 is not "currency,amount"'],
  ])('refuses %s naming the line', async (name, text, problem) => {
    const error = failure({ BUDGETS_FILE: await budgetsFile(name, text) });
    expect(error.variable).toBe('BUDGETS_FILE');
    expect(error.message).toContain(problem);
  });

  it('reads department and cost-center budgets beside tenant-wide ones, old "currency,amount" lines still valid', async () => {
    const path = await budgetsFile(
      'scoped.csv',
      'scope,name,currency,amount\nEUR,1800\ntenant,,GBP,900\ndepartment,Sales,USD,800.25\nCostCenter,4711,EUR,300\ndepartment,"Research, Europe",EUR,50\ndepartment,sales,EUR,10\n',
    );
    const config = loadConfig({ MONTHLY_BUDGET: '2500 USD', BUDGETS_FILE: path });
    expect(config.monthlySummary.budgets).toEqual([
      { currency: 'USD', amountMicros: 2_500_000_000 },
      { currency: 'EUR', amountMicros: 1_800_000_000 },
      { currency: 'GBP', amountMicros: 900_000_000 },
    ]);
    expect(config.monthlySummary.unitBudgets).toEqual([
      { unit: { dimension: 'department', name: 'Sales' }, currency: 'USD', amountMicros: 800_250_000 },
      { unit: { dimension: 'costCenter', name: '4711' }, currency: 'EUR', amountMicros: 300_000_000 },
      { unit: { dimension: 'department', name: 'Research, Europe' }, currency: 'EUR', amountMicros: 50_000_000 },
      { unit: { dimension: 'department', name: 'sales' }, currency: 'EUR', amountMicros: 10_000_000 },
    ]);
  });

  it.each([
    ['scope.csv', 'scope,name,currency,amount\noffice,London,USD,100\n', 'line 2 has the scope "office": write tenant, department or costCenter'],
    ['no name.csv', 'department,,USD,100\n', 'line 1 has no department name'],
    ['tenant name.csv', 'tenant,Sales,USD,100\n', 'line 1 names "Sales" for a tenant-wide budget'],
    ['currency.csv', 'costCenter,4711,dollars,100\n', 'line 1 has no three-letter currency code'],
    ['amount.csv', '# budgets\ncostCenter,4711,USD,0\n', 'line 2 has no positive amount'],
    ['three fields.csv', 'department,Sales,100\n', 'line 1 is not "currency,amount" nor "scope,name,currency,amount"'],
    ['open quote.csv', 'department,"Sales,USD,100\n', 'line 1 is not "currency,amount" nor "scope,name,currency,amount"'],
    ['unit twice.csv', 'department,Sales,USD,100\ncostCenter,Sales,USD,100\ndepartment,SALES,USD,200\n', 'line 3 gives department "SALES" a second USD budget (line 1 already does)'],
    ['tenant twice.csv', 'USD,100\ntenant,,usd,200\n', 'line 2 gives USD a second budget (line 1 already does)'],
  ])('refuses the scoped %s naming the line', async (name, text, problem) => {
    const error = failure({ BUDGETS_FILE: await budgetsFile(name, text) });
    expect(error.variable).toBe('BUDGETS_FILE');
    expect(error.message).toContain(problem);
  });

  it('refuses a currency budgeted by both MONTHLY_BUDGET and the file, naming the line', async () => {
    const error = failure({ MONTHLY_BUDGET: '2500 usd', BUDGETS_FILE: await budgetsFile('clash.csv', 'EUR,100\nUSD,300\n') });
    expect(error.variable).toBe('BUDGETS_FILE');
    expect(error.message).toContain('line 2 budgets USD, which MONTHLY_BUDGET already budgets');
  });

  it('refuses a file that cannot be read, naming the variable', () => {
    const error = failure({ BUDGETS_FILE: join(dir, 'missing.csv') });
    expect(error.variable).toBe('BUDGETS_FILE');
    expect(error.message).toContain('ENOENT');
  });

  it('watches daily at 08:00 by default and reads BUDGET_WATCH_CRON in MONTHLY_SUMMARY_TIME_ZONE', () => {
    expect(loadConfig({}).monthlySummary.budgetWatchCron).toBe('0 8 * * *');
    expect(loadConfig({ BUDGET_WATCH_CRON: '30 7 * * 1-5' }).monthlySummary.budgetWatchCron).toBe('30 7 * * 1-5');
    expect(failure({ BUDGET_WATCH_CRON: 'daily' }).variable).toBe('BUDGET_WATCH_CRON');
    expect(failure({ BUDGET_WATCH_CRON: '0 8 31 2 *' }).variable).toBe('BUDGET_WATCH_CRON');
  });
});

describe('start-up with a bad budgets file', () => {
  it('stops the bot process, naming the file\'s bad line', async () => {
    const stateDir = await mkdtemp(join(dir, 'state-'));
    const path = await budgetsFile('bad.csv', 'currency,amount\nUSD,2500\nEUR,lots\n');
    await expect(startBotProcess({ STATE_DIR: stateDir, TMPDIR: dir, BUDGETS_FILE: path })).rejects.toThrow(
      /exited during start-up \(1\).*configuration error.*BUDGETS_FILE.*line 3 has no positive amount/s,
    );
  }, 60_000);
});
