/** `POST /{tenantId}/oauth2/v2.0/token`: the client credentials grant, with a secret or a certificate. */
import { createHash, timingSafeEqual, type X509Certificate } from 'node:crypto';
import type { AccessTokens } from './accessTokens';
import { checkClientAssertion } from './clientAssertion';
import type { DemoTenantStats } from './demoTenantStats';
import { entraError, entraProblemForStatus, type EntraProblem } from './entraErrors';
import { deliverWithFault, type FaultQueue, type TokenFault } from './faults';
import { jsonReply, type Reply, type RequestIds } from './reply';

const TOKEN_PATH = /^\/([^/]+)\/oauth2\/v2\.0\/token$/i;
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** What the token endpoint knows about the one registered app. */
export interface AppRegistration {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  certificate: X509Certificate | undefined;
  tokenLifetimeSeconds: number;
  /** Application permissions granted with admin consent: the tokens' `roles` claim. */
  roles: string[];
}

/** The tenant named by a token endpoint path, or null when the path is not one. */
export function tokenPathTenant(pathname: string): string | null {
  return TOKEN_PATH.exec(pathname)?.[1] ?? null;
}

/** Compares secrets in constant time (digests first, so lengths do not leak either). */
function sameSecret(sent: string, registered: string): boolean {
  const digest = (text: string): Buffer => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(sent), digest(registered));
}

function badRequest(error: string, aadsts: number, description: string): EntraProblem {
  return { status: 400, error, aadsts, description };
}

/** Why the form does not earn a token, or null when it does. */
function problemWith(form: URLSearchParams, tenant: string, app: AppRegistration): EntraProblem | null {
  if (tenant.toLowerCase() !== app.tenantId.toLowerCase()) {
    return badRequest('invalid_request', 90002, `Tenant '${tenant}' not found.`);
  }
  const grantType = form.get('grant_type');
  if (grantType === null) {
    return badRequest(
      'invalid_request',
      900144,
      "The request body must contain the following parameter: 'grant_type'.",
    );
  }
  if (grantType !== 'client_credentials') {
    return badRequest('unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grantType}'.`);
  }
  if (form.get('client_id')?.toLowerCase() !== app.clientId.toLowerCase()) {
    return badRequest(
      'unauthorized_client',
      700016,
      `Application with identifier '${form.get('client_id') ?? ''}' was not found in the directory.`,
    );
  }
  const scopes = (form.get('scope') ?? '').split(' ').filter((scope) => scope !== '');
  // The client credentials grant takes exactly one resource's /.default; any host is accepted here.
  if (scopes.length !== 1 || !scopes[0]?.endsWith('/.default')) {
    return badRequest(
      'invalid_scope',
      1002012,
      "The provided value for scope is not valid. Use 'https://graph.microsoft.com/.default'.",
    );
  }
  return credentialProblem(form, app);
}

function credentialProblem(form: URLSearchParams, app: AppRegistration): EntraProblem | null {
  const secret = form.get('client_secret');
  const assertion = form.get('client_assertion');
  if (secret !== null) {
    return sameSecret(secret, app.clientSecret)
      ? null
      : { status: 401, error: 'invalid_client', aadsts: 7000215, description: 'Invalid client secret provided.' };
  }
  if (assertion !== null) {
    if (form.get('client_assertion_type') !== JWT_BEARER) {
      return badRequest('invalid_request', 50027, `client_assertion_type must be '${JWT_BEARER}'.`);
    }
    return checkClientAssertion(assertion, {
      certificate: app.certificate,
      clientId: app.clientId,
      tenantId: app.tenantId,
      nowSeconds: Math.floor(Date.now() / 1000),
    });
  }
  return {
    status: 401,
    error: 'invalid_client',
    aadsts: 7000218,
    description: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
  };
}

/** Everything the token endpoint reads or updates. */
export interface TokenEndpoint {
  app: AppRegistration;
  tokens: AccessTokens;
  faults: FaultQueue;
  stats: DemoTenantStats;
}

function respond(
  endpoint: TokenEndpoint,
  tenant: string,
  form: URLSearchParams,
  ids: RequestIds,
  fault: TokenFault | undefined,
): Reply {
  if (fault?.kind === 'status')
    return entraError(entraProblemForStatus(fault.status, fault.code), ids, fault.retryAfterSeconds);
  const problem = problemWith(form, tenant, endpoint.app);
  if (problem) return entraError(problem, ids);
  const lifetime = endpoint.app.tokenLifetimeSeconds;
  endpoint.stats.tokensIssued += 1;
  return jsonReply(
    200,
    {
      token_type: 'Bearer',
      expires_in: lifetime,
      ext_expires_in: lifetime,
      access_token: endpoint.tokens.issue(lifetime, fault?.kind === 'expiredToken', {
        tid: endpoint.app.tenantId,
        appid: endpoint.app.clientId,
        roles: endpoint.app.roles,
      }),
    },
    ids,
    { 'Cache-Control': 'no-store, no-cache', Pragma: 'no-cache' },
  );
}

/**
 * Answers a token request, after any queued token fault. Extra parameters that msal-node
 * sends (x-client-SKU, x-client-VER, client-request-id, x-ms-lib-capability, telemetry)
 * are ignored, as Entra does.
 */
export function answerTokenRequest(
  endpoint: TokenEndpoint,
  tenant: string,
  form: URLSearchParams,
  ids: RequestIds,
): Reply {
  endpoint.stats.tokenRequests += 1;
  const fault = endpoint.faults.takeForToken();
  if (fault) endpoint.stats.faultsApplied += 1;
  return deliverWithFault(respond(endpoint, tenant, form, ids, fault), fault);
}
