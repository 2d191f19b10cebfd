import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AccessPolicy, type AccessSettings, type GroupMembership } from '../../src/bot/accessPolicy';
import { refusalMessage } from '../../src/bot/accessRefusal';
import { DEFAULT_RETRY, GraphClient } from '../../src/graph/graphClient';
import { GraphGroupMembership } from '../../src/graph/groupMembership';
import { RequestPacer } from '../../src/graph/requestPacer';

const TENANT = 'aaaaaaaa-0000-0000-0000-000000000001';
const ADMIN = 'bbbbbbbb-0000-0000-0000-000000000001';
const MEMBER = 'cccccccc-0000-0000-0000-000000000001';
const OUTSIDER = 'dddddddd-0000-0000-0000-000000000001';
const GROUP = 'eeeeeeee-0000-0000-0000-000000000001';

function activity(user: string | undefined, tenant = TENANT): object {
  return { channelData: { tenant: { id: tenant } }, conversation: { id: 'c', tenantId: tenant }, from: { id: 'x', aadObjectId: user } };
}

function settings(overrides: Partial<AccessSettings>): AccessSettings {
  return { allowedTenantIds: [TENANT], adminUserIds: [], adminGroupId: undefined, adminCacheMinutes: 10, localMode: false, ...overrides };
}

class CountingGroups implements GroupMembership {
  calls = 0;
  failing = false;
  async isMember(user: string, group: string): Promise<boolean> {
    this.calls += 1;
    if (this.failing) throw new Error('directory down');
    return user === MEMBER && group === GROUP;
  }
}

describe('AccessPolicy', () => {
  it('refuses another tenant before anything else', async () => {
    const policy = new AccessPolicy(settings({ adminUserIds: [ADMIN] }), undefined);
    expect(await policy.check(activity(ADMIN, 'ffffffff-0000-0000-0000-000000000009'))).toEqual({ allowed: false, reason: 'tenant' });
    expect(await policy.check({ from: { id: 'x', name: 'x', aadObjectId: ADMIN } } as object)).toEqual({ allowed: false, reason: 'tenant' });
  });

  it('lets everyone in local mode when no admins are configured, and nobody in production', async () => {
    expect(await new AccessPolicy(settings({ localMode: true }), undefined).check(activity(OUTSIDER))).toEqual({ allowed: true });
    expect(await new AccessPolicy(settings({}), undefined).check(activity(OUTSIDER))).toEqual({ allowed: false, reason: 'notConfigured' });
  });

  it('admits listed admins, in any letter case, and refuses others', async () => {
    const policy = new AccessPolicy(settings({ adminUserIds: [ADMIN] }), undefined);
    expect(await policy.check(activity(ADMIN.toUpperCase()))).toEqual({ allowed: true });
    expect(await policy.check(activity(OUTSIDER))).toEqual({ allowed: false, reason: 'notAdmin' });
    expect(await policy.check(activity(undefined))).toEqual({ allowed: false, reason: 'noUser' });
  });

  it('admits members of the admin group and caches the answer for ADMIN_CACHE_MINUTES', async () => {
    let now = Date.parse('2026-11-27T10:00:00Z');
    const groups = new CountingGroups();
    const policy = new AccessPolicy(settings({ adminGroupId: GROUP }), groups, () => new Date(now));
    expect(await policy.check(activity(MEMBER))).toEqual({ allowed: true });
    expect(await policy.check(activity(MEMBER))).toEqual({ allowed: true });
    expect(groups.calls).toBe(1);
    now += 11 * 60_000;
    expect(await policy.check(activity(MEMBER))).toEqual({ allowed: true });
    expect(groups.calls).toBe(2);
    expect(await policy.check(activity(OUTSIDER))).toEqual({ allowed: false, reason: 'notAdmin' });
  });

  it('refuses, rather than admits, when the group cannot be checked', async () => {
    const groups = new CountingGroups();
    groups.failing = true;
    const policy = new AccessPolicy(settings({ adminGroupId: GROUP }), groups);
    expect(await policy.check(activity(MEMBER))).toEqual({ allowed: false, reason: 'directoryUnavailable' });
  });

  it('tells a 403 from checkMemberGroups apart: the app lacks User.Read.All and GroupMember.Read.All', async () => {
    // A Graph stand-in that refuses the group check the way Graph does without the permissions.
    const server: Server = createServer((_request, response) => {
      response.writeHead(403, { 'content-type': 'application/json', 'request-id': 'r-403' });
      response.end(JSON.stringify({ error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const client = new GraphClient({ token: async () => 'token', pacer: new RequestPacer({ limit: 10, windowMs: 60_000 }), requestTimeoutMs: 5_000, retry: DEFAULT_RETRY });
      const policy = new AccessPolicy(settings({ adminGroupId: GROUP }), new GraphGroupMembership(client, endpoint));
      expect(await policy.check(activity(MEMBER))).toEqual({ allowed: false, reason: 'directoryForbidden' });
      expect(refusalMessage('directoryForbidden')).toMatch(/User\.Read\.All and GroupMember\.Read\.All/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
