/** What every scheduled job that posts into subscribed conversations needs: the monthly summary and the budget watch. */
import type { ConversationStore } from '../teams/conversationStore';
import type { ProactiveDelivery } from '../teams/proactiveDelivery';
import type { SubscriberCheck } from './subscriberAccess';
import type { ReportSource } from './summaryReports';
import type { SubscriptionStore } from './subscriptionStore';

export interface ProactiveJobParts {
  subscriptions: SubscriptionStore;
  conversations: ConversationStore;
  reports: ReportSource;
  delivery: Pick<ProactiveDelivery, 'post'>;
  /** The time zone months are read in (MONTHLY_SUMMARY_TIME_ZONE). */
  timeZone: string;
  demoTenant: boolean;
  /** SHOW_NAMES_IN_SHARED_CHATS: spenders are named in group chats and channels only when true. */
  showNamesInSharedChats: boolean;
  /** Asks the access policy whether the subscriber may still see costs, before every delivery. */
  subscriberAccess: SubscriberCheck;
  /** How long a claim holds before another instance may take it over (its holder died). */
  claimLeaseMs: number;
  instanceId: string;
  clock: () => Date;
}
