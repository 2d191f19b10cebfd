/** App-only access tokens for Graph from msal-node (client secret or certificate), cached by msal until near expiry. */
import { createHash, createPrivateKey, X509Certificate } from 'node:crypto';
import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
import type { RetryPolicy } from '../domain/retryPolicy';
import { GraphRequestError } from './graphErrors';
import { TokenEndpointUnavailable, tokenTransport } from './tokenTransport';

/** Gets a token; `fresh` skips the cache (after Graph answered 401). */
export type TokenProvider = (fresh?: boolean) => Promise<string>;

export type ClientCredential = { clientSecret: string } | { certificatePem: string };

export interface TokenSettings {
  tenantId: string;
  clientId: string;
  credential: ClientCredential;
  /** e.g. https://login.microsoftonline.com, or http://127.0.0.1:PORT for the demo tenant. */
  authorityHost: string;
  /**
   * The Graph resource the token is for (the cloud's, e.g. https://graph.microsoft.com, even when
   * GRAPH_ENDPOINT points at a private or test endpoint); the scope is `{resource}/.default`.
   */
  resource: string;
  /** Retries of transient token endpoint failures (429, 5xx, resets, timeouts). */
  retry: RetryPolicy;
  /** Timeout of each token endpoint request. */
  timeoutMs: number;
}

/** Splits a PEM bundle into msal's certificate options; throws naming what is missing. */
export function certificateCredential(pem: string): { thumbprintSha256: string; privateKey: string; x5c: string } {
  const certificate = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
  const key = /-----BEGIN (?:RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC )?PRIVATE KEY-----/.exec(pem)?.[0];
  if (!certificate) throw new Error('the PEM file has no CERTIFICATE block');
  if (!key) throw new Error('the PEM file has no unencrypted PRIVATE KEY block');
  const der = new X509Certificate(certificate).raw;
  return {
    thumbprintSha256: createHash('sha256').update(der).digest('hex'),
    // msal-node wants PKCS#8 ("BEGIN PRIVATE KEY"); convert RSA/EC keys.
    privateKey: createPrivateKey(key).export({ format: 'pem', type: 'pkcs8' }).toString(),
    x5c: certificate,
  };
}

/** Microsoft's own sign-in hosts, which msal-node knows and discovers itself. */
const MICROSOFT_LOGIN_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.microsoft.com',
  'login.windows.net',
  'login-us.microsoftonline.com',
  'sts.windows.net',
]);

/**
 * msal-node asks Microsoft's discovery endpoint about any authority host it does not know, and
 * refuses http ones. For any other host — a loopback http token endpoint (the demo tenant, tests)
 * or a private https one — keep an https authority (nominal for http), list the host as known and
 * hand msal the metadata, so it makes no discovery call.
 */
export function authorityOptions(settings: Pick<TokenSettings, 'authorityHost' | 'tenantId'>): Pick<Configuration['auth'], 'authority' | 'authorityMetadata' | 'cloudDiscoveryMetadata' | 'knownAuthorities'> {
  const host = new URL(settings.authorityHost);
  if (host.protocol === 'https:' && MICROSOFT_LOGIN_HOSTS.has(host.hostname)) return { authority: `${settings.authorityHost}/${settings.tenantId}` };
  const nominal = `https://${host.host}/${settings.tenantId}`;
  const base = `${settings.authorityHost}/${settings.tenantId}`;
  return {
    authority: nominal,
    knownAuthorities: [host.host],
    authorityMetadata: JSON.stringify({
      token_endpoint: `${base}/oauth2/v2.0/token`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      issuer: `${nominal}/v2.0`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
    }),
    cloudDiscoveryMetadata: JSON.stringify({
      tenant_discovery_endpoint: `${nominal}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [{ preferred_network: host.host, preferred_cache: host.host, aliases: [host.host] }],
    }),
  };
}

/**
 * Builds the token provider for one app registration.
 * @example const token = createTokenProvider(settings); await token();
 */
export function createTokenProvider(settings: TokenSettings): TokenProvider {
  const credential =
    'clientSecret' in settings.credential
      ? { clientSecret: settings.credential.clientSecret }
      : { clientCertificate: certificateCredential(settings.credential.certificatePem) };
  const app = new ConfidentialClientApplication({
    auth: { clientId: settings.clientId, ...authorityOptions(settings), ...credential },
    system: { networkClient: tokenTransport(settings.retry, settings.timeoutMs) },
  });
  const scopes = [`${settings.resource}/.default`];
  const request = async (fresh: boolean): Promise<string> => {
    try {
      const result = await app.acquireTokenByClientCredential({ scopes, skipCache: fresh });
      if (!result?.accessToken) throw new Error('the token response had no access token');
      return result.accessToken;
    } catch (error) {
      if (error instanceof TokenEndpointUnavailable) {
        throw new GraphRequestError('tokenUnavailable', error.message, { status: error.status, requestId: error.traceId, cause: error });
      }
      const { errorCode, errorMessage } = error as { errorCode?: unknown; errorMessage?: unknown };
      // Entra's trace id is only in the description; support asks for it like Graph's request-id.
      const traceId = typeof errorMessage === 'string' ? /Trace ID: ([0-9a-f-]{36})/i.exec(errorMessage)?.[1] : undefined;
      throw new GraphRequestError('token', 'could not acquire an app-only token', {
        code: typeof errorCode === 'string' ? errorCode : undefined,
        requestId: traceId,
        cause: error,
      });
    }
  };
  // Questions arriving together share one token request instead of each asking Entra (msal does not).
  let pending: Promise<string> | undefined;
  return (fresh = false) => {
    if (fresh) return request(true);
    pending ??= request(false).finally(() => {
      pending = undefined;
    });
    return pending;
  };
}
