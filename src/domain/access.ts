/** Who may see dial-out costs, as configured: the tenants served and the admins (users or an Entra group). */

export interface AccessRules {
  /** Lower-case tenant ids whose users are served. */
  allowedTenantIds: string[];
  /** Lower-case Entra object ids of users who may ask. */
  adminUserIds: string[];
  /** Lower-case object id of the Entra group whose members may ask. */
  adminGroupId: string | undefined;
  /** How long a group membership answer is kept. */
  adminCacheMinutes: number;
}
