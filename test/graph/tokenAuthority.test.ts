import { DEFAULT_RETRY } from '../../src/graph/graphClient';
import { createTokenProvider } from '../../src/graph/tokenProvider';

const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT = '66666666-7777-8888-9999-000000000000';

/** Every request msal makes, answered like a token endpoint would (no network). */
function fakeTokenEndpoint(): { calls: Array<{ url: string; scope: string | null }>; restore: () => void } {
  const calls: Array<{ url: string; scope: string | null }> = [];
  const spy = jest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = String(input);
    calls.push({ url: url.split('?')[0] as string, scope: new URLSearchParams(String(init?.body ?? '')).get('scope') });
    const body = { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: 'token-from-the-private-endpoint' };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return { calls, restore: () => spy.mockRestore() };
}

describe('token authority and scope', () => {
  it('signs in at a private https authority host without asking Microsoft about it, for the cloud\'s Graph resource', async () => {
    const endpoint = fakeTokenEndpoint();
    try {
      const token = createTokenProvider({
        tenantId: TENANT,
        clientId: CLIENT,
        credential: { clientSecret: 'not-a-real-secret' },
        authorityHost: 'https://login.contoso.test',
        resource: 'https://graph.microsoft.com',
        retry: DEFAULT_RETRY,
        timeoutMs: 5_000,
      });
      expect(await token()).toBe('token-from-the-private-endpoint');
      // One request, to the private host's token endpoint: no instance discovery, no OpenID configuration.
      expect(endpoint.calls).toEqual([{ url: `https://login.contoso.test/${TENANT}/oauth2/v2.0/token`, scope: 'https://graph.microsoft.com/.default' }]);
    } finally {
      endpoint.restore();
    }
  });
});
