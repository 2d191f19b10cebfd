/** The access tokens the demo tenant has issued, and when each expires. */
import { randomBytes } from 'node:crypto';

export type TokenCheck = 'valid' | 'expired' | 'unknown';

/** Issued tokens keyed by their text; expired ones are forgotten as new ones are issued. */
export class AccessTokens {
  private readonly expiries = new Map<string, number>();
  private readonly roles = new Map<string, readonly string[]>();

  constructor(private readonly clock: () => number = Date.now) {}

  /**
   * Issues a token valid for `lifetimeSeconds` (or already expired, for a fault). Shaped like Entra's:
   * a JWT whose payload carries `claims` (such as `roles`) and a random `jti`; unsigned (`alg: none`),
   * since only this tenant reads it, by looking it up.
   */
  issue(lifetimeSeconds: number, alreadyExpired = false, claims: Record<string, unknown> = {}): string {
    this.forgetExpired();
    const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
    const token = `${part({ typ: 'JWT', alg: 'none' })}.${part({ ...claims, jti: randomBytes(24).toString('base64url') })}.`;
    this.expiries.set(token, alreadyExpired ? this.clock() - 1 : this.clock() + lifetimeSeconds * 1000);
    this.roles.set(token, Array.isArray(claims.roles) ? claims.roles.filter((role): role is string => typeof role === 'string') : []);
    return token;
  }

  /** Whether a bearer token may call the report. */
  check(token: string): TokenCheck {
    const expiry = this.expiries.get(token);
    if (expiry === undefined) return 'unknown';
    return expiry > this.clock() ? 'valid' : 'expired';
  }

  /** Why an Authorization header may not call Graph (Graph's 401 message), or null when it may. */
  problemWith(authorization: string | undefined): string | null {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (token === undefined) return 'Access token is empty.';
    const check = this.check(token);
    if (check === 'expired') return 'Lifetime validation failed, the token is expired.';
    if (check === 'unknown') return 'Access token validation failure. Invalid audience.';
    return null;
  }

  /** The application permissions (`roles`) an Authorization header's token was issued with; none for an unknown token. */
  rolesOf(authorization: string | undefined): readonly string[] {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    return (token === undefined ? undefined : this.roles.get(token)) ?? [];
  }

  /** Makes every issued token expired, as when an admin revokes the app's sessions. */
  expireAll(): void {
    const past = this.clock() - 1;
    for (const token of this.expiries.keys()) this.expiries.set(token, past);
  }

  private forgetExpired(): void {
    // Kept for an hour past expiry, so a client still using one is told "expired", not "unknown".
    const horizon = this.clock() - 3_600_000;
    for (const [token, expiry] of this.expiries) {
      if (expiry < horizon) {
        this.expiries.delete(token);
        this.roles.delete(token);
      }
    }
  }
}
