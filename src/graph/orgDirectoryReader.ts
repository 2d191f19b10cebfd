/** Reads the organisation attributes of every person in the directory: `GET /v1.0/users` with `$select`, page by page. */
import type { OrgAttributes } from '../domain/organisation';
import { isOwnLink } from './dialoutPage';
import type { GraphClient } from './graphClient';
import { GraphRequestError, isGraphRequestError } from './graphErrors';

/** The properties read: the attributes and nothing else a card or log does not need. */
const SELECT = 'id,department,officeLocation,companyName,employeeOrgData';
/** Graph's largest page of users: 100,000 people are 101 requests. */
export const USERS_PAGE_SIZE = 999;
/** More pages than this (10 million people) is a paging loop. */
const MAX_PAGES = 10_000;

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** A person's attributes from one `user` of the page, or undefined when it has no id. */
function attributesOf(raw: unknown): [string, OrgAttributes] | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const user = raw as Record<string, unknown>;
  if (typeof user.id !== 'string' || user.id === '') return undefined;
  const orgData = typeof user.employeeOrgData === 'object' && user.employeeOrgData !== null ? (user.employeeOrgData as Record<string, unknown>) : {};
  return [
    user.id.toLowerCase(),
    {
      department: text(user.department),
      office: text(user.officeLocation),
      company: text(user.companyName),
      costCenter: text(orgData.costCenter),
      division: text(orgData.division),
    },
  ];
}

/**
 * Needs the application permission User.Read.All (or Directory.Read.All); a 403 fails with
 * `directoryForbidden`, which names it.
 * @example const people = await new OrgDirectoryReader(client, 'https://graph.microsoft.com').read();
 */
export class OrgDirectoryReader {
  private readonly endpoint: URL;

  constructor(
    private readonly client: GraphClient,
    endpoint: string,
  ) {
    this.endpoint = new URL(endpoint);
  }

  /** Every person's attributes by lower-case object id, and the number of requests it took. */
  async read(): Promise<{ people: Map<string, OrgAttributes>; requests: number }> {
    const people = new Map<string, OrgAttributes>();
    const base = this.endpoint.href.replace(/\/$/, '');
    const seen = new Set<string>();
    for (let url: string | undefined = `${base}/v1.0/users?$select=${SELECT}&$top=${USERS_PAGE_SIZE}`; url !== undefined; ) {
      if (seen.has(url) || seen.size >= MAX_PAGES) throw new GraphRequestError('pagingLoop', 'a users nextLink repeated');
      seen.add(url);
      url = await this.readPage(url, people);
    }
    return { people, requests: seen.size };
  }

  private async readPage(url: string, people: Map<string, OrgAttributes>): Promise<string | undefined> {
    let body: unknown;
    let requestId: string | undefined;
    try {
      ({ body, requestId } = await this.client.getJson(url));
    } catch (error) {
      if (isGraphRequestError(error) && error.failure === 'forbidden') {
        throw new GraphRequestError('directoryForbidden', 'Graph refused /users (403)', { status: error.status, code: error.code, requestId: error.requestId, cause: error });
      }
      throw error;
    }
    const page = body as { value?: unknown; '@odata.nextLink'?: unknown } | null;
    if (typeof page !== 'object' || page === null || !Array.isArray(page.value)) {
      throw new GraphRequestError('malformedPage', 'the users page has no value array', { requestId });
    }
    for (const raw of page.value) {
      const entry = attributesOf(raw);
      if (entry === undefined) throw new GraphRequestError('malformedPage', 'a user without an id', { requestId });
      people.set(entry[0], entry[1]);
    }
    const link = page['@odata.nextLink'];
    if (link === undefined || link === null) return undefined;
    if (typeof link !== 'string' || !isOwnLink(link, this.endpoint)) throw new GraphRequestError('foreignLink', 'the users nextLink leaves the Graph endpoint', { requestId });
    return link;
  }
}
