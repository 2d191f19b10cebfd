/** Whether the person who subscribed a conversation may still see dial-out costs: asked again at every delivery. */
import type { SubscriptionRecord } from './deliveryClaims';

/** The subscriber as the access policy knows people: their Entra object id in the subscription's tenant. */
export interface Subscriber {
  tenantId: string;
  /** Absent for subscriptions whose activity carried none (then only an open local bot lets them through). */
  aadObjectId: string | undefined;
}

/** `unavailable`: the directory could not be asked; the delivery is retried later, nothing is posted. */
export type SubscriberAccess = 'allowed' | 'refused' | 'unavailable';

/** The bot's access policy, asked about a subscriber; built at the composition root (src/app.ts). */
export type SubscriberCheck = (subscriber: Subscriber) => Promise<SubscriberAccess>;

/** Who subscribed the conversation. */
export function subscriberOf(record: SubscriptionRecord): Subscriber {
  return { tenantId: record.tenantId, aadObjectId: record.subscribedBy.aadObjectId };
}
