import { daysCovered, daysWithData } from '../../src/demoTenant/dayAttribution';
import { PageTextWriter } from '../../src/demoTenant/pageText';
import { renderPage } from '../../src/demoTenant/reportPage';
import { buildUsageRows } from '../../src/demoTenant/syntheticUsage';
import { SyntheticUsers } from '../../src/demoTenant/syntheticUsers';

const NOW = new Date('2025-06-15T08:00:00Z');

describe('PageTextWriter', () => {
  const users = new SyntheticUsers(7, 3_000);
  const rows = buildUsageRows(users, daysCovered(Date.parse('2025-03-01T00:00:00Z'), Date.parse('2025-05-29T23:59:59Z'), daysWithData(NOW)));
  const writer = new PageTextWriter(users);
  const origin = 'http://127.0.0.1:4321';
  const rawPath = '/beta/communications/callRecords/getPstnOnlineMeetingDialoutReport(fromDateTime=2025-03-01,toDateTime=2025-05-29)';

  it.each([
    ['the first page', 0, 1000],
    ['a middle page, written a second time from the kept identities', 1000, 1000],
    ['the last, short page (no nextLink)', Math.floor(rows.count / 1000) * 1000, 1000],
    ['a page past the end', rows.count + 5, 1000],
    ['small pages', 37, 10],
  ])('writes %s exactly as JSON.stringify of the page object', (_name, skip, pageSize) => {
    const request = { origin, rawPath, skip, pageSize };
    expect(rows.count).toBeGreaterThan(2000);
    expect(writer.write(rows, request)).toBe(JSON.stringify(renderPage(users, rows, request)));
  });

  it('writes charges both as numbers and as numeric strings, like Graph', () => {
    const page = JSON.parse(writer.write(rows, { origin, rawPath, skip: 0, pageSize: rows.count })) as { value: Array<{ totalCallCharge: unknown }> };
    const kinds = new Set(page.value.map((row) => typeof row.totalCallCharge));
    expect(kinds).toEqual(new Set(['number', 'string']));
  });
});
