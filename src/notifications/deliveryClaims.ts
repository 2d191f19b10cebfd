/** Who may post a month's summary to a conversation: the claim rules, as pure functions of the subscription record. */
import type { ConversationAddress } from '../teams/conversationKeys';
import type { Month } from './summaryMonth';

/** One month's post to one conversation: claimed by an instance, then sent (with the activity id). */
export interface Delivery {
  state: 'claimed' | 'sent';
  /** The instance that claimed or sent it. */
  by: string;
  /** ISO instant of the claim, or of the send. */
  at: string;
  activityId?: string;
}

/** A conversation's subscription; the deliveries live in it, so a claim is a conditional write of this record. */
export interface SubscriptionRecord extends ConversationAddress {
  active: boolean;
  subscribedAt: string;
  /** Who subscribed: their access is checked again before every delivery. */
  subscribedBy: { name: string; aadObjectId?: string };
  /** Set (with the instant) when a delivery found the subscriber may no longer see costs; subscribing again clears it. */
  pausedAt?: string;
  /** By month; the most recent months only. */
  deliveries: Record<Month, Delivery>;
  /** The budget watch's alerts, by `<month>/<alert key>` (such as `2026-12/budget/USD`); the most recent only. */
  alerts?: Record<string, Delivery>;
}

/**
 * Which posts a claim is about: the monthly summary's (`deliveries`, by month) or the budget watch's
 * (`alerts`, by month and alert). Both follow the same rules.
 */
export type Ledger = 'deliveries' | 'alerts';

/** What a claim attempt found. */
export type ClaimOutcome = 'claimed' | 'alreadySent' | 'inProgress' | 'notSubscribed';

export interface Claimant {
  instanceId: string;
  now: Date;
  /** A claim older than this belongs to an instance that died before sending; it may be taken over. */
  leaseMs: number;
  /** Only subscriptions made before this instant get the month (a catch-up never surprises a newcomer). */
  subscribedBefore?: Date;
}

/** Months of delivery history kept per subscription: enough to never post a month twice after a restart. */
const DELIVERY_MONTHS_KEPT = 24;

/** Entries kept per ledger (keys start with their month, so they sort by month). */
function prune(deliveries: Record<string, Delivery>): Record<string, Delivery> {
  const months = Object.keys(deliveries).sort().slice(-DELIVERY_MONTHS_KEPT);
  return Object.fromEntries(months.map((m) => [m, deliveries[m] as Delivery]));
}

function entries(record: SubscriptionRecord, ledger: Ledger): Record<string, Delivery> {
  return record[ledger] ?? {};
}

/**
 * Decides a claim on `month` (in `ledger`: for an alert, `<month>/<alert key>`) for `claimant`, and the record to write when it is granted.
 * @example decideClaim(record, '2026-10', { instanceId: 'a', now, leaseMs: 600_000 }).outcome // 'claimed'
 */
export function decideClaim(
  record: SubscriptionRecord | undefined,
  month: Month,
  claimant: Claimant,
  ledger: Ledger = 'deliveries',
): { outcome: ClaimOutcome; next?: SubscriptionRecord } {
  if (!record || !record.active) return { outcome: 'notSubscribed' };
  if (claimant.subscribedBefore && Date.parse(record.subscribedAt) > claimant.subscribedBefore.getTime()) return { outcome: 'notSubscribed' };
  const delivery = entries(record, ledger)[month];
  if (delivery?.state === 'sent') return { outcome: 'alreadySent' };
  if (delivery?.state === 'claimed' && claimant.now.getTime() - Date.parse(delivery.at) < claimant.leaseMs) return { outcome: 'inProgress' };
  const claim: Delivery = { state: 'claimed', by: claimant.instanceId, at: claimant.now.toISOString() };
  return { outcome: 'claimed', next: { ...record, [ledger]: prune({ ...entries(record, ledger), [month]: claim }) } };
}

/** The record once the month was sent; undefined (nothing to write) when the subscription is gone or already marked. */
export function markedSent(record: SubscriptionRecord | undefined, month: Month, sent: Delivery, ledger: Ledger = 'deliveries'): SubscriptionRecord | undefined {
  if (!record || entries(record, ledger)[month]?.state === 'sent') return undefined;
  return { ...record, [ledger]: prune({ ...entries(record, ledger), [month]: sent }) };
}

/** The record without `instanceId`'s claim on the month, so the next run retries; undefined when there is no such claim. */
export function releasedClaim(record: SubscriptionRecord | undefined, month: Month, instanceId: string, ledger: Ledger = 'deliveries'): SubscriptionRecord | undefined {
  const delivery = record && entries(record, ledger)[month];
  if (!record || delivery?.state !== 'claimed' || delivery.by !== instanceId) return undefined;
  const { [month]: _released, ...rest } = entries(record, ledger);
  return { ...record, [ledger]: rest };
}

/**
 * The record paused (inactive until someone subscribes again) and without `instanceId`'s claim on
 * the month; undefined when the subscription is gone.
 * @example pausedRecord(record, '2026-10', 'a', now)?.active // false
 */
export function pausedRecord(record: SubscriptionRecord | undefined, month: Month, instanceId: string, now: Date, ledger: Ledger = 'deliveries'): SubscriptionRecord | undefined {
  if (!record) return undefined;
  return { ...(releasedClaim(record, month, instanceId, ledger) ?? record), active: false, pausedAt: now.toISOString() };
}

/** The latest month sent, with its delivery. */
export function lastSent(record: SubscriptionRecord): { month: Month; delivery: Delivery } | undefined {
  const month = Object.keys(record.deliveries).filter((m) => record.deliveries[m]?.state === 'sent').sort().pop();
  return month ? { month, delivery: record.deliveries[month] as Delivery } : undefined;
}
