/** One row of Graph's pstnOnlineMeetingDialoutReport, validated. */

export type DestinationContext = 'Domestic' | 'International';

/**
 * A row is the usage of one user, in one usage location, to one destination context,
 * in one currency, over the requested window.
 */
export interface DialoutRow {
  userId: string;
  userPrincipalName: string;
  userDisplayName: string;
  /** ISO 3166 alpha-2, or '' when Graph gives none. */
  usageLocation: string;
  destinationContext: DestinationContext;
  /** ISO 4217. */
  currency: string;
  totalCalls: number;
  /** The charge in millionths of the currency unit (exact integer). */
  chargeMicros: number;
  totalCallSeconds: number;
}
