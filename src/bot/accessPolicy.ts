/** Who may see dial-out costs: the tenant lock and the admin check (user list or Entra group, cached). */
import type { Activity } from 'botbuilder';
import type { AccessRules } from '../domain/access';
import { ReadOnce } from '../domain/readOnce';
import { GraphRequestError } from '../graph/graphErrors';
import { activityTenant } from './activityTenant';

export interface AccessSettings extends AccessRules {
  /** Local mode with no admin settings lets everyone ask. */
  localMode: boolean;
}

/** Answers "is this user in that group?"; implemented by graph/ (checkMemberGroups). */
export interface GroupMembership {
  isMember(userObjectId: string, groupId: string): Promise<boolean>;
}

export type AccessRefusal = 'tenant' | 'tenantMismatch' | 'notAdmin' | 'notConfigured' | 'noUser' | 'directoryUnavailable' | 'directoryForbidden';
export type AccessDecision = { allowed: true } | { allowed: false; reason: AccessRefusal };

/** Admins' memberships kept at most: far more people than ask in one cache period. */
const MEMBERSHIPS_KEPT = 10_000;

export class AccessPolicy {
  /** Each user's membership, asked of Graph once per ADMIN_CACHE_MINUTES (and once for questions arriving together). */
  private readonly memberships: ReadOnce<boolean, Promise<boolean>>;

  constructor(
    private readonly settings: AccessSettings,
    private readonly groups: GroupMembership | undefined,
    clock: () => Date = () => new Date(),
  ) {
    this.memberships = new ReadOnce({ ttlMs: settings.adminCacheMinutes * 60_000, maxEntries: MEMBERSHIPS_KEPT, clock });
  }

  /** Why the activity's tenant is not served at all, if it is not (checked before anything else is read). */
  tenantRefusal(activity: Partial<Activity>): 'tenant' | 'tenantMismatch' | undefined {
    const tenant = activityTenant(activity);
    if (tenant.kind === 'mismatch') return 'tenantMismatch';
    return tenant.kind === 'tenant' && this.settings.allowedTenantIds.includes(tenant.id) ? undefined : 'tenant';
  }

  /** The full decision for a question or a card action. */
  async check(activity: Partial<Activity>): Promise<AccessDecision> {
    const tenantRefusal = this.tenantRefusal(activity);
    if (tenantRefusal) return { allowed: false, reason: tenantRefusal };
    const { adminUserIds, adminGroupId, localMode } = this.settings;
    if (adminUserIds.length === 0 && adminGroupId === undefined) {
      return localMode ? { allowed: true } : { allowed: false, reason: 'notConfigured' };
    }
    const userId = activity.from?.aadObjectId?.toLowerCase();
    if (!userId) return { allowed: false, reason: 'noUser' };
    if (adminUserIds.includes(userId)) return { allowed: true };
    if (adminGroupId === undefined || !this.groups) return { allowed: false, reason: 'notAdmin' };
    try {
      return (await this.inGroup(userId, adminGroupId)) ? { allowed: true } : { allowed: false, reason: 'notAdmin' };
    } catch (error) {
      // A 403 will not pass by itself: the app lacks the permissions checkMemberGroups needs.
      const forbidden = error instanceof GraphRequestError && error.failure === 'forbidden';
      return { allowed: false, reason: forbidden ? 'directoryForbidden' : 'directoryUnavailable' };
    }
  }

  private inGroup(userId: string, groupId: string): Promise<boolean> {
    const groups = this.groups as GroupMembership;
    return this.memberships.read(userId, (member) => Promise.resolve(member), (keep) => keep(groups.isMember(userId, groupId)));
  }
}
