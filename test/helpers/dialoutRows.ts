/** A validated report row for tests of the aggregation: one call of Ruwini's in the US, unless told otherwise. */
import type { DialoutRow } from '../../src/graph/dialoutRow';

export function dialoutRow(overrides: Partial<DialoutRow>): DialoutRow {
  return {
    userId: 'u1',
    userPrincipalName: 'ruwini.perera@contoso.com',
    userDisplayName: 'Ruwini Perera',
    usageLocation: 'US',
    destinationContext: 'Domestic',
    currency: 'USD',
    totalCalls: 1,
    totalCallSeconds: 60,
    chargeMicros: 1_000_000,
    hasCharge: true,
    ...overrides,
  };
}
