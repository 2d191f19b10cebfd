/** The one error type for failures talking to Graph: a user-facing explanation plus details for the log. */

export type GraphFailure =
  | 'forbidden'
  | 'directoryForbidden'
  | 'unauthorized'
  | 'token'
  | 'tokenUnavailable'
  | 'throttled'
  | 'unavailable'
  | 'timeout'
  | 'network'
  | 'malformedPage'
  | 'pagingLoop'
  | 'foreignLink'
  | 'badRequest'
  | 'notAcceptable'
  | 'rangeRefused'
  | 'other';

/** What the user is told: what failed and what to try. Never a stack trace or a raw message. */
export interface UserExplanation {
  title: string;
  detail: string;
  whatToTry: string;
}

const PERMISSION_HINT =
  'Grant the app registration the Microsoft Graph application permission CallRecords.Read.All ' +
  '(older tenants: CallRecord-PstnCalls.Read.All), then have an admin grant consent for the tenant.';

const EXPLANATIONS: Record<GraphFailure, UserExplanation> = {
  forbidden: {
    title: 'The bot may not read the dial-out report',
    detail: 'Microsoft Graph refused the request (403): the app lacks the permission or admin consent.',
    whatToTry: PERMISSION_HINT,
  },
  directoryForbidden: {
    title: 'The bot may not read departments and cost centers',
    detail: 'Microsoft Graph refused to list users (403): reading department, office, company and cost center needs the application permission User.Read.All.',
    whatToTry: "Ask your Microsoft 365 administrator to grant the bot's app registration User.Read.All (application permission) with admin consent.",
  },
  unauthorized: {
    title: 'Microsoft Graph did not accept the bot\'s sign-in',
    detail: 'The access token was refused even after getting a fresh one.',
    whatToTry: 'Check GRAPH_TENANT_ID and GRAPH_CLIENT_ID, and that the credential has not expired.',
  },
  token: {
    title: 'The bot could not sign in to Microsoft Entra ID',
    detail: 'No access token could be obtained for Microsoft Graph.',
    whatToTry: 'Check GRAPH_TENANT_ID, GRAPH_CLIENT_ID and the client secret or certificate (it may have expired).',
  },
  tokenUnavailable: {
    title: 'Microsoft Entra ID did not answer the bot\'s sign-in',
    detail: 'The sign-in service was unreachable or kept failing, even after several retries.',
    whatToTry: 'Ask again in a few minutes; if it keeps happening, check that the bot can reach its sign-in host (GRAPH_AUTHORITY_HOST).',
  },
  throttled: {
    title: 'Microsoft Graph is throttling the report',
    detail: 'Graph kept answering "too many requests" after several polite retries.',
    whatToTry: 'Ask again in a minute or two, or ask for a shorter period.',
  },
  unavailable: {
    title: 'Microsoft Graph is not available right now',
    detail: 'The report service answered with a server error after several retries.',
    whatToTry: 'Ask again in a few minutes.',
  },
  timeout: {
    title: 'Microsoft Graph took too long to answer',
    detail: 'A page of the report did not arrive in time, even after retrying.',
    whatToTry: 'Ask again, or ask for a shorter period.',
  },
  network: {
    title: 'The connection to Microsoft Graph failed',
    detail: 'The report could not be downloaded completely, even after retrying.',
    whatToTry: 'Ask again in a moment.',
  },
  malformedPage: {
    title: 'Microsoft Graph sent a report page the bot cannot read',
    detail: 'A page did not have the expected shape, so no total is shown rather than a wrong one.',
    whatToTry: 'Ask again; if it persists, the beta report may have changed — tell the bot\'s maintainers.',
  },
  pagingLoop: {
    title: 'Microsoft Graph\'s paging went in a circle',
    detail: 'A next-page link repeated, so the report could not be read to its end; no partial total is shown.',
    whatToTry: 'Ask again in a few minutes.',
  },
  foreignLink: {
    title: 'Microsoft Graph sent an unexpected next-page link',
    detail: 'The link pointed away from the Graph endpoint, so the bot did not follow it.',
    whatToTry: 'Ask again; if it persists, check GRAPH_ENDPOINT.',
  },
  badRequest: {
    title: 'Microsoft Graph did not accept the request',
    detail: 'The report request was refused as invalid.',
    whatToTry: 'Try a different period; if it persists, tell the bot\'s maintainers.',
  },
  notAcceptable: {
    title: 'Microsoft Graph refused the request as not acceptable',
    detail: 'Graph answered 406 (Not Acceptable), which it also answers to a date range it finds too long.',
    whatToTry: 'Ask for a shorter period, such as one month; if it persists, give the request id below to your Microsoft 365 support.',
  },
  rangeRefused: {
    title: 'Microsoft Graph refused the period',
    detail: 'Graph answered that the date range is too long (400 or 406), even after the bot split it into windows of a few weeks; no partial total is shown.',
    whatToTry: 'Ask for a shorter period, such as one month; if it keeps happening, tell the bot\'s maintainers (Graph\'s 90-day limit may have changed).',
  },
  other: {
    title: 'Microsoft Graph answered with an error',
    detail: 'The report could not be read.',
    whatToTry: 'Ask again in a few minutes; if it persists, give the request id below to your Microsoft 365 support.',
  },
};

/** A failed Graph request or report download, with Graph's error code and request id when known. */
export class GraphRequestError extends Error {
  override readonly name = 'GraphRequestError';
  readonly failure: GraphFailure;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly requestId: string | undefined;

  constructor(
    failure: GraphFailure,
    message: string,
    details: { status?: number; code?: string; requestId?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
    this.failure = failure;
    this.status = details.status;
    this.code = details.code;
    this.requestId = details.requestId;
  }

  /** What to tell the user about this failure. */
  get explanation(): UserExplanation {
    return EXPLANATIONS[this.failure];
  }
}

/** Type guard for errors from graph/. */
export function isGraphRequestError(error: unknown): error is GraphRequestError {
  return error instanceof GraphRequestError;
}
