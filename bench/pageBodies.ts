/** Fetches the raw text of every report page of a range once, for timing the parsing apart from the network. */
import { reportWindows } from '../src/graph/reportWindows';
import type { DateRange } from '../src/domain/dateRange';
import { appToken } from './appToken';
import type { TenantAddress } from './tenantProcess';

const REPORT_PATH = '/beta/communications/callRecords/getPstnOnlineMeetingDialoutReport';

/** Every page body of every window of `range`, in order, as the text Graph sent. */
export async function fetchPageBodies(tenant: TenantAddress, range: DateRange): Promise<string[]> {
  const token = await appToken(tenant);
  const bodies: string[] = [];
  for (const window of reportWindows(range)) {
    let url: string | undefined = `${tenant.graphEndpoint}${REPORT_PATH}(fromDateTime=${window.fromDateTime},toDateTime=${window.toDateTime})`;
    while (url !== undefined) {
      const response: Response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`page request answered ${response.status}`);
      const text = await response.text();
      bodies.push(text);
      url = (JSON.parse(text) as { '@odata.nextLink'?: string })['@odata.nextLink'];
    }
  }
  return bodies;
}
