/** One row of Graph's pstnOnlineMeetingDialoutReport, validated. */
import type { Charge } from '../domain/money';

/** Graph's `destinationContext` is a free, nullable string: anything but Domestic or International is Unknown. */
export type DestinationContext = 'Domestic' | 'International' | 'Unknown';

/**
 * A row is the usage of one user, in one usage location, to one destination context,
 * in one currency, over the requested window. Every property is nullable in Graph's schema:
 * what Graph leaves out is kept as unknown ('' or 'Unknown'), never guessed.
 */
export interface DialoutRow extends Charge {
  /** '' when Graph gives none (calls of bots and other non-user callers). */
  userId: string;
  userPrincipalName: string;
  userDisplayName: string;
  /** ISO 3166 alpha-2, or '' when Graph gives none. */
  usageLocation: string;
  destinationContext: DestinationContext;
  /** ISO 4217, or '' when Graph gives none (such rows are never added to any currency). */
  currency: string;
  totalCalls: number;
  totalCallSeconds: number;
  /** False when Graph gives no charge: the row counts for calls and minutes, not for cost (its charge is 0). */
  hasCharge: boolean;
}
