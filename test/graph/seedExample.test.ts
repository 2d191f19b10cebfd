import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDialoutRow } from '../../src/graph/dialoutRowValidation';

/** The response body of the documentation example (the seed), as Graph sends it. */
const seedResponse = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'seedDialoutResponse.json'), 'utf8')) as {
  '@odata.count': number;
  '@odata.nextLink': string;
  value: unknown[];
};

describe('the documented example response', () => {
  it('parses to the example\'s numbers', () => {
    expect(seedResponse.value.map(validateDialoutRow)).toEqual([
      {
        userId: '03de33bb-51df-40de-889a-61949faae24f',
        userPrincipalName: 'ruwini.perera@contoso.com',
        userDisplayName: 'Ruwini Perera',
        usageLocation: 'US',
        destinationContext: 'International',
        currency: 'USD',
        totalCalls: 12,
        chargeMicros: 12_830_000,
        totalCallSeconds: 723,
      },
    ]);
  });

  it('accepts the charge as a numeric string too', () => {
    const row = { ...(seedResponse.value[0] as object), totalCallCharge: '12.83' };
    expect(validateDialoutRow(row)).toMatchObject({ chargeMicros: 12_830_000 });
  });

  it.each([
    ['userId', { userId: '' }],
    ['destinationContext', { destinationContext: 'Local' }],
    ['currency', { currency: 'usd' }],
    ['totalCalls', { totalCalls: -1 }],
    ['totalCallSeconds', { totalCallSeconds: 1.5 }],
    ['totalCallCharge', { totalCallCharge: '12,83' }],
    ['usageLocation', { usageLocation: 'USA' }],
  ])('names the bad field %s', (field, change) => {
    expect(validateDialoutRow({ ...(seedResponse.value[0] as object), ...change })).toEqual({ invalidField: field });
  });
});
