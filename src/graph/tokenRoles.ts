/** Which application permissions an app-only token carries: its `roles` claim, read without the token leaving graph/. */
import { connectionTokens, type GraphConnectionSettings } from './graphConnection';

/** The roles of a token; `undefined` when the token is not a JWT whose payload can be read. */
export type TokenRoles = { roles: string[] | undefined };

/**
 * The `roles` claim of a JWT's payload (no signature check: this only reports what Entra granted).
 * A token without the claim has no roles; one that is not a readable JWT gives `undefined`.
 * @example rolesOfToken(token) // ['CallRecords.Read.All']
 */
export function rolesOfToken(token: string): string[] | undefined {
  const payload = token.split('.')[1];
  if (token.split('.').length !== 3 || payload === undefined) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof claims !== 'object' || claims === null) return undefined;
  const roles = (claims as { roles?: unknown }).roles;
  return Array.isArray(roles) ? roles.filter((role): role is string => typeof role === 'string') : [];
}

/**
 * Gets an app-only token exactly as the bot does (same tenant, credential, authority and resource)
 * and returns only its roles. Failures throw the client's GraphRequestError ('token' or 'tokenUnavailable').
 * @example const { roles } = await appTokenRoles(settings);
 */
export async function appTokenRoles(settings: GraphConnectionSettings): Promise<TokenRoles> {
  return { roles: rolesOfToken(await connectionTokens(settings)(true)) };
}
