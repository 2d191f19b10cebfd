/** Talks to a demo tenant over real HTTP the way a Graph client would, for the demo tenant's tests. */
import type { DemoTenant } from '../../src/demoTenant/demoTenant';
import type { WirePage, WireRow } from '../../src/demoTenant/reportPage';
import type { DirectoryUser } from '../../src/demoTenant/orgAttributes';

/** A response with its body read as text and, when possible, as JSON. */
export interface Received {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

async function receive(response: Response): Promise<Received> {
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** POSTs a form to the tenant's token endpoint. */
export async function postTokenForm(
  tenant: DemoTenant,
  form: Record<string, string>,
  tenantId = tenant.tenantId,
): Promise<Received> {
  const response = await fetch(`${tenant.authorityHost}/${tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8' },
    body: new URLSearchParams(form).toString(),
  });
  return receive(response);
}

/** A token obtained with the client secret. */
export async function secretToken(tenant: DemoTenant): Promise<string> {
  const received = await postTokenForm(tenant, {
    grant_type: 'client_credentials',
    client_id: tenant.clientId,
    client_secret: tenant.clientSecret,
    scope: 'https://graph.microsoft.com/.default',
  });
  const body = received.json as { access_token?: string };
  if (received.status !== 200 || typeof body.access_token !== 'string') throw new Error(`no token: ${received.text}`);
  return body.access_token;
}

/** The report URL for two parameter texts, as written (encode them yourself if you want). */
export function reportUrl(tenant: DemoTenant, from: string, to: string): string {
  return `${tenant.graphEndpoint}/beta/communications/callRecords/getPstnOnlineMeetingDialoutReport(fromDateTime=${from},toDateTime=${to})`;
}

/** GETs a URL with a bearer token (or none). */
export async function getWithToken(
  url: string,
  token: string | undefined,
  headers: Record<string, string> = {},
): Promise<Received> {
  const response = await fetch(url, {
    headers: token === undefined ? headers : { ...headers, Authorization: `Bearer ${token}` },
  });
  return receive(response);
}

/** Follows nextLinks from `url` to the last page; fails on anything but 200. */
export async function readAllPages(url: string, token: string): Promise<WirePage[]> {
  const pages: WirePage[] = [];
  let next: string | undefined = url;
  while (next !== undefined) {
    const received = await getWithToken(next, token);
    if (received.status !== 200) throw new Error(`page ${pages.length + 1}: ${received.status} ${received.text}`);
    const page = received.json as WirePage;
    pages.push(page);
    next = page['@odata.nextLink'];
  }
  return pages;
}

/** Exact millionths of a charge sent as a JSON number or a numeric string. */
export function chargeMicros(charge: number | string): number {
  // A JSON number with ≤ 15 significant digits prints back as the text it was sent as.
  const text = String(charge);
  const match = /^(\d+)(?:\.(\d{1,6}))?$/.exec(text);
  if (!match) throw new Error(`not a plain decimal: ${text}`);
  return Number(match[1]) * 1_000_000 + Number((match[2] ?? '').padEnd(6, '0'));
}

/** Totals per currency of some rows, in the shape of `expectedUsage`. */
export function totalsOf(rows: WireRow[]): {
  rowCount: number;
  byCurrency: Record<string, { calls: number; seconds: number; chargeMicros: number; rowCount: number }>;
} {
  const totals: ReturnType<typeof totalsOf> = { rowCount: 0, byCurrency: {} };
  for (const row of rows) {
    const currency = (totals.byCurrency[row.currency] ??= { calls: 0, seconds: 0, chargeMicros: 0, rowCount: 0 });
    currency.calls += Number(row.totalCalls);
    currency.seconds += row.totalCallSeconds;
    currency.chargeMicros += chargeMicros(row.totalCallCharge);
    currency.rowCount += 1;
    totals.rowCount += 1;
  }
  return totals;
}

/** A person as the demo tenant's `/users` list gives them with every organisation attribute selected (Graph's `user` wire shape). */
export type DirectoryEntry = DirectoryUser;

/** Every person of the tenant's directory, read over HTTP page by page from `/v1.0/users`. */
export async function directoryOf(tenant: DemoTenant, top = 999): Promise<DirectoryEntry[]> {
  const select = 'id,displayName,userPrincipalName,department,officeLocation,companyName,employeeOrgData';
  const token = await secretToken(tenant);
  const people: DirectoryEntry[] = [];
  for (let next: string | undefined = `${tenant.graphEndpoint}/v1.0/users?$select=${select}&$top=${top}`; next !== undefined; ) {
    const received = await getWithToken(next, token);
    if (received.status !== 200) throw new Error(`users: ${received.status} ${received.text}`);
    const page = received.json as { value: DirectoryEntry[]; '@odata.nextLink'?: string };
    people.push(...page.value);
    next = page['@odata.nextLink'];
  }
  return people;
}
