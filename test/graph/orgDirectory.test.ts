/** The organisation attributes read from the demo tenant over HTTP, kept in real file storage for a day; requests counted for the reader table. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoTenant, type DemoTenant } from '../../src/demoTenant/demoTenant';
import { connectOrgDirectory, demoTenantConnection } from '../../src/graph/graphConnection';
import { OrgDirectoryStore, ORG_DIRECTORY_KEY } from '../../src/graph/orgDirectoryStore';
import { openStorage } from '../../src/storage/openStorage';
import { directoryOf } from '../helpers/demoTenantClient';
import { TEST_RETRY } from '../helpers/graphSource';

describe('organisation attributes from Graph, kept a day in state storage', () => {
  let tenant: DemoTenant;
  beforeAll(async () => {
    tenant = await startDemoTenant({ users: 2_500 });
  });
  afterAll(async () => {
    await tenant.close();
  });

  it('reads every person\'s attributes in pages of 999, stores them, and reads Graph again only after a day', async () => {
    const storage = await openStorage({ kind: 'file', stateDir: mkdtempSync(join(tmpdir(), 'org-state-')) });
    const settings = { ...demoTenantConnection(tenant), retry: TEST_RETRY };
    let now = new Date('2026-12-04T08:00:00Z');
    const before = tenant.stats.usersRequests;
    const first = await new OrgDirectoryStore(connectOrgDirectory(settings), storage, () => now).directory();
    // 2,500 people less the deleted ones: three pages of at most 999.
    expect(tenant.stats.usersRequests - before).toBe(3);
    const expected = await directoryOf(tenant);
    expect(first.people.size).toBe(expected.length);
    for (const person of expected) {
      expect(first.people.get(person.id)).toEqual({
        department: person.department ?? '',
        office: person.officeLocation ?? '',
        company: person.companyName ?? '',
        costCenter: person.employeeOrgData?.costCenter ?? '',
        division: person.employeeOrgData?.division ?? '',
      });
    }
    expect((await storage.read([ORG_DIRECTORY_KEY]))[ORG_DIRECTORY_KEY]).toBeDefined();

    // Another instance (or a restart) within the day reads the stored copy, not Graph.
    const counted = tenant.stats.usersRequests;
    now = new Date('2026-12-05T07:59:00Z');
    const again = await new OrgDirectoryStore(connectOrgDirectory(settings), storage, () => now).directory();
    expect(tenant.stats.usersRequests).toBe(counted);
    expect([...again.people]).toEqual([...first.people]);

    now = new Date('2026-12-05T08:00:01Z');
    await new OrgDirectoryStore(connectOrgDirectory(settings), storage, () => now).directory();
    expect(tenant.stats.usersRequests).toBe(counted + 3);
  });
});
