/** What one pass over the rows gives the drill-down views: each person's rows, countries with their people, rankings, periods, CSV. */
import { ReportAggregator } from '../../src/report/aggregate';
import { countriesOf, countryOf } from '../../src/report/countries';
import { periodBaseline } from '../../src/report/periodBaseline';
import { granularityOf, periodsOf } from '../../src/report/periods';
import { rankedSpenders } from '../../src/report/rankings';
import type { OrgAttributes, OrgDirectory } from '../../src/domain/organisation';
import { chargebackCsv } from '../../src/report/chargebackCsv';
import { decimalAmount, reportCsv } from '../../src/report/reportCsv';
import { spenderById } from '../../src/report/spenderLookup';
import { slicesOf } from '../../src/report/spenderSlices';
import { dialoutRow } from '../helpers/dialoutRows';

const range = { first: '2026-10-01', last: '2026-10-31', timeZone: 'UTC' };


const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';

function sample() {
  const aggregator = new ReportAggregator();
  // Two windows of the same people: rows of one person, country and destination merge.
  for (const window of [1, 2]) {
    aggregator.addRow(dialoutRow({ userId: A, userPrincipalName: 'a@contoso.com', totalCalls: 1, chargeMicros: 5_000_000 * window, totalCallSeconds: 600 }));
    aggregator.addRow(dialoutRow({ userId: A, userPrincipalName: 'a@contoso.com', usageLocation: 'GB', destinationContext: 'International', totalCalls: 1, chargeMicros: 1_000_000, totalCallSeconds: 60 }));
    aggregator.addRow(dialoutRow({ userId: B, userPrincipalName: 'b@contoso.com', usageLocation: 'GB', totalCalls: 9, chargeMicros: 2_000_000, totalCallSeconds: 100 }));
    aggregator.addRow(dialoutRow({ userId: C, userPrincipalName: '=cmd|calc@contoso.com', userDisplayName: 'Lee, "Sam"', usageLocation: '', totalCalls: 2, chargeMicros: 1_500_000, totalCallSeconds: 9_000 }));
  }
  return aggregator.finish(range, { pageCount: 2, fetchedAt: new Date('2026-11-27T00:00:00Z') });
}

describe('a person\'s rows (slices)', () => {
  it('merge per country and destination across windows, sorted, and add up to the person', () => {
    const usd = sample().currencies[0]!;
    const a = spenderById(usd, A.toUpperCase())!;
    expect(slicesOf(a)).toEqual([
      { country: 'GB', destination: 'International', calls: 2, seconds: 120, chargeMicros: 2_000_000 },
      { country: 'US', destination: 'Domestic', calls: 2, seconds: 1_200, chargeMicros: 15_000_000 },
    ]);
    for (const spender of usd.spenders) {
      expect(slicesOf(spender).reduce((sum, s) => sum + s.chargeMicros, 0)).toBe(spender.chargeMicros);
      expect(slicesOf(spender).reduce((sum, s) => sum + s.calls, 0)).toBe(spender.calls);
    }
  });
});

describe('countriesOf', () => {
  it('totals each usage location with its split and its people ranked by their cost there', () => {
    const usd = sample().currencies[0]!;
    const countries = countriesOf(usd);
    expect(countries.map((c) => [c.country, c.total.chargeMicros, c.people.length])).toEqual([
      ['US', 15_000_000, 1],
      ['GB', 6_000_000, 2],
      ['', 3_000_000, 1],
    ]);
    const gb = countryOf(usd, 'GB')!;
    expect(gb.domestic.chargeMicros).toBe(4_000_000);
    expect(gb.international.chargeMicros).toBe(2_000_000);
    expect(gb.people.map((p) => [p.spender.userId, p.usage.chargeMicros])).toEqual([
      [B, 4_000_000],
      [A, 2_000_000],
    ]);
    expect(countries.reduce((sum, c) => sum + c.total.chargeMicros, 0)).toBe(usd.total.chargeMicros);
    expect(countriesOf(usd)).toBe(countries); // built once per report
  });
});

describe('rankedSpenders', () => {
  it('ranks by cost (the report\'s order), calls or minutes, and sorts each ranking once', () => {
    const usd = sample().currencies[0]!;
    expect(rankedSpenders(usd, 'cost')).toBe(usd.spenders);
    expect(rankedSpenders(usd, 'calls').map((s) => s.userId)).toEqual([B, A, C]);
    expect(rankedSpenders(usd, 'minutes').map((s) => s.userId)).toEqual([C, A, B]);
    expect(rankedSpenders(usd, 'minutes')).toBe(rankedSpenders(usd, 'minutes'));
  });
});

describe('periods', () => {
  it.each([
    [{ first: '2026-10-01', last: '2026-10-31' }, 'week', 5],
    [{ first: '2026-10-01', last: '2026-11-29' }, 'week', 9],
    [{ first: '2026-10-01', last: '2026-11-30' }, 'month', 2],
    [{ first: '2024-11-28', last: '2026-11-27' }, 'month', 25],
  ])('splits %j into %s periods (%d)', (days, granularity, count) => {
    const periods = periodsOf({ ...days, timeZone: 'UTC' });
    expect(granularityOf({ ...days, timeZone: 'UTC' })).toBe(granularity);
    expect(periods).toHaveLength(count);
    expect(periods[0]?.range.first).toBe(days.first);
    expect(periods.at(-1)?.range.last).toBe(days.last);
    for (let i = 1; i < periods.length; i += 1) expect(periods[i - 1]!.range.last < periods[i]!.range.first).toBe(true);
  });

  it('cuts weeks at Sunday and months at their last day', () => {
    expect(periodsOf({ first: '2026-10-01', last: '2026-10-12', timeZone: 'UTC' }).map((p) => [p.range.first, p.range.last])).toEqual([
      ['2026-10-01', '2026-10-04'],
      ['2026-10-05', '2026-10-11'],
      ['2026-10-12', '2026-10-12'],
    ]);
  });

  it('takes the previous period of the same length, ending the day before, for a range that is no calendar period', () => {
    expect(periodBaseline({ first: '2026-10-02', last: '2026-10-31', timeZone: 'Europe/Berlin' }, '2026-11-27').range).toEqual({ first: '2026-09-02', last: '2026-10-01', timeZone: 'Europe/Berlin' });
  });
});

function attributes(department: string, office: string, company: string, costCenter: string, division: string): OrgAttributes {
  return { department, office, company, costCenter, division };
}

/** A in a cost center that reads as a formula, B in a department with a comma and quotes and no cost center; C deleted. */
const DIRECTORY: OrgDirectory = {
  fetchedAt: '2026-11-27T00:00:00Z',
  people: new Map([
    [A, attributes('Sales', '@London', 'Contoso Ltd', '=SUM(A1)', 'Commercial')],
    [B, attributes('R&D, "Labs"', '', 'Contoso GmbH', '', '')],
  ]),
};

describe('reportCsv', () => {
  it('writes one RFC 4180 row per person, location, destination and currency, with exact amounts, the person\'s organisation and no formulas', () => {
    const lines = reportCsv(sample(), DIRECTORY).split('\r\n');
    expect(lines[0]).toBe(
      'userId,userPrincipalName,userDisplayName,usageLocation,destinationContext,currency,totalCalls,totalCallSeconds,totalCallCharge,department,officeLocation,companyName,costCenter,division',
    );
    expect(lines).toContain(`${A},a@contoso.com,Ruwini Perera,US,Domestic,USD,2,1200,15.00,Sales,'@London,Contoso Ltd,'=SUM(A1),Commercial`);
    expect(lines).toContain(`${B},b@contoso.com,Ruwini Perera,GB,Domestic,USD,18,200,4.00,"R&D, ""Labs""",,Contoso GmbH,,`);
    expect(lines).toContain(`${C},'=cmd|calc@contoso.com,"Lee, ""Sam""",,Domestic,USD,4,18000,3.00,,,,,`);
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(1 + 4 + 1);
  });

  it('leaves the organisation columns empty without a directory', () => {
    const lines = reportCsv(sample(), undefined).split('\r\n');
    expect(lines).toContain(`${A},a@contoso.com,Ruwini Perera,US,Domestic,USD,2,1200,15.00,,,,,`);
  });

  it.each([
    [12_830_000, '12.83'],
    [128_345, '0.128345'],
    [-1_500_000, '-1.50'],
    [0, '0.00'],
    [1, '0.000001'],
  ])('writes %d micro-units as %s', (micros, text) => {
    expect(decimalAmount({ chargeMicros: micros })).toBe(text);
  });

  it('writes a charge of more than six decimals exactly', () => {
    expect(decimalAmount({ chargeMicros: 4_999, chargeRest: { units: 9_999n, scale: 10 } })).toBe('0.0049999999');
    expect(decimalAmount({ chargeMicros: -1, chargeRest: { units: -5n, scale: 7 } })).toBe('-0.0000015');
  });
});

describe('chargebackCsv', () => {
  it('writes one row per cost center, else department, else none, and currency, adding up to the currency\'s total', () => {
    const { text, rows } = chargebackCsv(sample(), DIRECTORY);
    expect(text.split('\r\n')).toEqual([
      'unitKind,unit,currency,totalCalls,totalCallMinutes,totalCallSeconds,totalCallCharge,people',
      "costCenter,'=SUM(A1),USD,4,22.0,1320,17.00,1",
      'department,"R&D, ""Labs""",USD,18,3.3,200,4.00,1',
      'none,,USD,4,300.0,18000,3.00,1',
      '',
    ]);
    expect(rows).toBe(3);
  });
});
