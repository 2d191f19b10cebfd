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
        chargeRest: undefined,
        totalCallSeconds: 723,
        hasCharge: true,
      },
    ]);
  });

  it('accepts the charge as a numeric string too', () => {
    const row = { ...(seedResponse.value[0] as object), totalCallCharge: '12.83' };
    expect(validateDialoutRow(row)).toMatchObject({ chargeMicros: 12_830_000 });
  });

  it.each([
    ['totalCalls', { totalCalls: -1 }],
    ['totalCalls', { totalCalls: 'abc' }],
    ['totalCallSeconds', { totalCallSeconds: 1.5 }],
    ['totalCallSeconds', { totalCallSeconds: -60 }],
    ['totalCallCharge', { totalCallCharge: '12,83' }],
  ])('names the broken field %s', (field, change) => {
    expect(validateDialoutRow({ ...(seedResponse.value[0] as object), ...change })).toEqual({ invalidField: field });
  });

  // Every property is nullable in Graph's schema: what is missing is read as unknown, never a failure.
  it.each([
    [{ userId: null, userPrincipalName: null, userDisplayName: null }, { userId: '', userPrincipalName: '', userDisplayName: '' }],
    [{ userId: '' }, { userId: '' }],
    [{ destinationContext: null }, { destinationContext: 'Unknown' }],
    [{ destinationContext: '' }, { destinationContext: 'Unknown' }],
    [{ destinationContext: 'Local' }, { destinationContext: 'Unknown' }],
    [{ destinationContext: 'international' }, { destinationContext: 'International' }],
    [{ destinationContext: 'DOMESTIC' }, { destinationContext: 'Domestic' }],
    [{ usageLocation: null }, { usageLocation: '' }],
    [{ usageLocation: '' }, { usageLocation: '' }],
    [{ usageLocation: 'USA' }, { usageLocation: '' }],
    [{ usageLocation: 'gb' }, { usageLocation: 'GB' }],
    [{ currency: null }, { currency: '' }],
    [{ currency: 'usd' }, { currency: 'USD' }],
    [{ totalCallCharge: null }, { hasCharge: false, chargeMicros: 0 }],
    [{ totalCallCharge: '0.12345678912' }, { hasCharge: true, chargeMicros: 123_456, chargeRest: { units: 78_912n, scale: 11 } }],
    [{ totalCalls: null, totalCallSeconds: null }, { totalCalls: 0, totalCallSeconds: 0 }],
  ])('reads %p as %p', (change, read) => {
    expect(validateDialoutRow({ ...(seedResponse.value[0] as object), ...change })).toMatchObject(read);
  });
});
