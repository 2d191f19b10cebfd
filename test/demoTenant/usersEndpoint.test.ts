/** The demo tenant's `/users` list over real HTTP: $select, paging, deleted people, permissions, throttling. */
import { startDemoTenant, type DemoTenant } from '../../src/demoTenant/demoTenant';
import { directoryOf, getWithToken, secretToken } from '../helpers/demoTenantClient';
import { rowsOf } from '../helpers/rowSums';

const NOW = new Date('2026-12-04T12:00:00Z');

describe('demo tenant /users', () => {
  let tenant: DemoTenant;
  beforeAll(async () => {
    tenant = await startDemoTenant({ users: 500, now: () => NOW });
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('pages with @odata.nextLink and gives the same people whatever the page size', async () => {
    const small = await directoryOf(tenant, 37);
    const large = await directoryOf(tenant, 999);
    expect(small).toEqual(large);
    expect(new Set(large.map((person) => person.id)).size).toBe(large.length);
    // A few people were deleted: fewer than the 500 the report draws from, but most remain.
    expect(large.length).toBeLessThan(500);
    expect(large.length).toBeGreaterThan(470);
  });

  it('is deterministic across starts and leaves a share of attributes empty', async () => {
    const again = await startDemoTenant({ users: 500, now: () => NOW });
    try {
      expect(await directoryOf(again)).toEqual(await directoryOf(tenant));
    } finally {
      await again.close();
    }
    const people = await directoryOf(tenant);
    const withoutDepartment = people.filter((person) => person.department === null).length;
    expect(withoutDepartment).toBeGreaterThan(10);
    expect(withoutDepartment).toBeLessThan(100);
    expect(people.some((person) => person.employeeOrgData === null)).toBe(true);
    expect(people.some((person) => person.employeeOrgData?.costCenter === '4711' && person.department === 'Sales')).toBe(true);
    expect(new Set(people.map((person) => person.officeLocation)).size).toBeGreaterThan(3);
  });

  it('names the same people as the report, and some of the report\'s people are no longer listed', async () => {
    const people = new Map((await directoryOf(tenant)).map((person) => [person.id, person]));
    const rows = await rowsOf(tenant, '2026-10-01T00:00:00Z', '2026-10-31T23:59:59.999Z');
    const reportPeople = new Map(rows.map((row) => [row.userId as string, row.userDisplayName]));
    const listed = [...reportPeople].filter(([id]) => people.has(id));
    for (const [id, name] of listed) expect(people.get(id)?.displayName).toBe(name);
    expect(listed.length).toBeLessThan(reportPeople.size);
    expect(listed.length).toBeGreaterThan(reportPeople.size * 0.9);
  });

  it('returns only the selected properties (and id), and refuses an unknown one', async () => {
    const token = await secretToken(tenant);
    const page = await getWithToken(`${tenant.graphEndpoint}/beta/users?$select=department&$top=2`, token);
    expect(page.status).toBe(200);
    const value = (page.json as { value: Array<Record<string, unknown>> }).value;
    expect(value).toHaveLength(2);
    for (const person of value) expect(Object.keys(person).sort()).toEqual(['department', 'id']);
    const unknown = await getWithToken(`${tenant.graphEndpoint}/v1.0/users?$select=salary`, token);
    expect(unknown.status).toBe(400);
    expect(await getWithToken(`${tenant.graphEndpoint}/v1.0/users?$top=1000`, token)).toMatchObject({ status: 400 });
  });

  it('answers 401 without a token and 403 to a token without User.Read.All', async () => {
    expect((await getWithToken(`${tenant.graphEndpoint}/v1.0/users`, undefined)).status).toBe(401);
    const limited = await startDemoTenant({ users: 10, tokenRoles: ['CallRecords.Read.All'] });
    try {
      const refused = await getWithToken(`${limited.graphEndpoint}/v1.0/users`, await secretToken(limited));
      expect(refused.status).toBe(403);
      expect(refused.json).toMatchObject({ error: { code: 'Authorization_RequestDenied' } });
    } finally {
      await limited.close();
    }
  });

  it('applies the demo\'s directory rate limit', async () => {
    const throttled = await startDemoTenant({ users: 10, throttling: { directory: 2, windowMs: 60_000 } });
    try {
      const token = await secretToken(throttled);
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await getWithToken(`${throttled.graphEndpoint}/v1.0/users`, token)).status);
      expect(statuses).toEqual([200, 200, 429]);
      expect(throttled.stats.usersRequests).toBe(3);
    } finally {
      await throttled.close();
    }
  });
});
