import { uploadTarget, type ResolveHost } from '../../src/bot/uploadAddress';

/** A DNS stand-in for names this machine cannot resolve offline; `localhost` is resolved for real. */
const NAMES: Record<string, Array<{ address: string; family: number }>> = {
  'contoso-my.sharepoint.com': [{ address: '13.107.136.10', family: 4 }, { address: '2620:1ec:8f8::10', family: 6 }],
  'intranet.contoso.example': [{ address: '10.1.2.3', family: 4 }],
  'metadata.contoso.example': [{ address: '169.254.169.254', family: 4 }],
  'mixed.contoso.example': [{ address: '13.107.136.10', family: 4 }, { address: '192.168.1.20', family: 4 }],
  'ula.contoso.example': [{ address: 'fd12:3456::1', family: 6 }],
  'mapped.contoso.example': [{ address: '::ffff:127.0.0.1', family: 6 }],
};
const resolve: ResolveHost = async (hostname) => {
  const addresses = NAMES[hostname];
  if (!addresses) throw new Error(`ENOTFOUND ${hostname}`);
  return addresses;
};
const production = { allowLoopbackHttp: false, resolve };

describe('where an exported file may be uploaded', () => {
  it('accepts https to a name that resolves only to public addresses', async () => {
    expect((await uploadTarget('https://contoso-my.sharepoint.com/personal/upload?session=1', production))?.hostname).toBe('contoso-my.sharepoint.com');
  });

  it.each([
    'http://127.0.0.1:8080/upload',
    'http://127.1/upload',
    'http://2130706433/upload',
    'http://localhost/upload',
    'http://[::1]/upload',
    'http://contoso-my.sharepoint.com/upload',
  ])('refuses plain http in production: %s', async (url) => {
    expect(await uploadTarget(url, production)).toBeUndefined();
  });

  it.each([
    'https://169.254.169.254/latest/meta-data',
    'https://127.1/upload',
    'https://2130706433/upload',
    'https://0x7f.0.0.1/upload',
    'https://0177.0.0.1/upload',
    'https://10.0.0.1/upload',
    'https://13.107.136.10/upload',
    'https://[::1]/upload',
    'https://[fe80::1]/upload',
    'https://[::ffff:127.0.0.1]/upload',
    'https://[2620:1ec:8f8::10]/upload',
  ])('refuses an IP literal in any form: %s', async (url) => {
    expect(await uploadTarget(url, production)).toBeUndefined();
  });

  it.each([
    ['localhost (real DNS)', 'https://localhost/upload'],
    ['a private address', 'https://intranet.contoso.example/upload'],
    ['the link-local metadata address', 'https://metadata.contoso.example/upload'],
    ['a public and a private address', 'https://mixed.contoso.example/upload'],
    ['an IPv6 unique local address', 'https://ula.contoso.example/upload'],
    ['an IPv4-mapped loopback address', 'https://mapped.contoso.example/upload'],
    ['nothing (unknown name)', 'https://nowhere.contoso.example/upload'],
  ])('refuses a name that resolves to %s', async (_name, url) => {
    const rules = url.includes('localhost') ? { allowLoopbackHttp: false } : production;
    expect(await uploadTarget(url, rules)).toBeUndefined();
  });

  it.each([
    'https://user:secret@contoso-my.sharepoint.com/upload',
    'ftp://contoso-my.sharepoint.com/upload',
    'not a url',
    42,
  ])('refuses %s', async (url) => {
    expect(await uploadTarget(url, production)).toBeUndefined();
  });

  it('accepts loopback http only in local mode, and still nothing else over http', async () => {
    const local = { allowLoopbackHttp: true, resolve };
    expect((await uploadTarget('http://127.0.0.1:8080/upload', local))?.port).toBe('8080');
    expect(await uploadTarget('http://[::1]:8080/upload', local)).toBeDefined();
    expect(await uploadTarget('http://10.0.0.1/upload', local)).toBeUndefined();
    expect(await uploadTarget('http://contoso-my.sharepoint.com/upload', local)).toBeUndefined();
  });
});
