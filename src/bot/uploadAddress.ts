/** Decides whether an upload URL from Teams' file consent is a place the bot may send a file to. */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Resolves a host name to all its addresses (node's dns.lookup with `all: true`). */
export type ResolveHost = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

export interface UploadAddressRules {
  /** Plain http to loopback (127.0.0.0/8, [::1], localhost): only in local mode (no BOT_ID), where tests upload. */
  allowLoopbackHttp: boolean;
  resolve?: ResolveHost;
}

/**
 * Addresses that are not the public internet: loopback, private, link-local (cloud metadata), shared,
 * multicast, reserved. BlockList checks IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) against the IPv4 rules.
 */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8],
] as const) NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');

const defaultResolve: ResolveHost = (hostname) => lookup(hostname, { all: true, verbatim: true });

function isLoopbackHost(hostname: string): boolean {
  // The URL parser has already turned every IPv4 form (127.1, 2130706433, 0x7f.1…) into dotted quads.
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** The name resolves, and only to public addresses. */
async function resolvesToPublic(hostname: string, resolve: ResolveHost): Promise<boolean> {
  let addresses: Array<{ address: string; family: number }>;
  try {
    addresses = await resolve(hostname);
  } catch {
    return false;
  }
  return addresses.length > 0 && addresses.every(({ address, family }) => !NOT_PUBLIC.check(address, family === 6 ? 'ipv6' : 'ipv4'));
}

/**
 * The upload URL when the file may go there: https to a DNS name (never an IP literal) that
 * resolves only to public addresses; plain http only to loopback and only when the rules allow it.
 * No user name or password in the URL.
 * @example await uploadTarget('https://contoso-my.sharepoint.com/upload/1', { allowLoopbackHttp: false }) // URL
 */
export async function uploadTarget(uploadUrl: unknown, rules: UploadAddressRules): Promise<URL | undefined> {
  if (typeof uploadUrl !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(uploadUrl);
  } catch {
    return undefined;
  }
  if (url.username !== '' || url.password !== '') return undefined;
  if (url.protocol === 'http:') return rules.allowLoopbackHttp && isLoopbackHost(url.hostname) ? url : undefined;
  if (url.protocol !== 'https:' || url.hostname.startsWith('[') || isIP(url.hostname) !== 0) return undefined;
  return (await resolvesToPublic(url.hostname, rules.resolve ?? defaultResolve)) ? url : undefined;
}
