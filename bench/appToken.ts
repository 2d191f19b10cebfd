/** An app token from the tenant's token endpoint (client credentials grant), for the bench's own Graph requests. */
import type { TenantAddress } from './tenantProcess';

/** Client credentials grant against the tenant's token endpoint, as the Graph SDK leaves tokens to the caller. */
export async function appToken(tenant: TenantAddress): Promise<string> {
  const response = await fetch(`${tenant.authorityHost}/${tenant.tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: tenant.clientId,
      client_secret: tenant.clientSecret,
      scope: `${tenant.graphEndpoint}/.default`,
    }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no token: ${response.status}`);
  return body.access_token;
}
