/** The doctor's Graph steps: token and roles, yesterday's report, getPstnCalls, checkMemberGroups, and the throttling headers Graph sent. */
import type { DateRange } from '../domain/dateRange';
import type { DialoutReportSource } from '../graph/dialoutReport';
import { isGraphRequestError } from '../graph/graphErrors';
import type { GraphAnswer } from '../graph/graphResponses';
import type { GraphGroupMembership } from '../graph/groupMembership';
import type { PstnCallSource } from '../graph/pstnCalls';
import type { TokenRoles } from '../graph/tokenRoles';
import type { StepResult } from './checklist';

const REPORT_ROLES = ['CallRecords.Read.All', 'CallRecord-PstnCalls.Read.All'];
const GROUP_ROLES = ['User.Read.All', 'GroupMember.Read.All'];
const CONSENT = 'as Microsoft Graph application permissions, then have an admin grant consent for the tenant';
const GROUP_FIX = `Grant the app registration User.Read.All and GroupMember.Read.All ${CONSENT} (checkMemberGroups needs both).`;

/** What failed and what to do, from a Graph or token error: status, codes and request ids only, never the error's text. */
export function describeFailure(error: unknown, forbidden?: { title: string; fix: string }): { summary: string; fix: string } {
  if (!isGraphRequestError(error)) return { summary: 'failed unexpectedly', fix: 'Run the doctor again; if it keeps failing, tell the bot\'s maintainers.' };
  // Entra's id of a failed sign-in is its trace id; Graph's is the request id.
  const idName = error.failure === 'token' || error.failure === 'tokenUnavailable' ? 'trace id' : 'request id';
  const parts = [error.status === undefined ? undefined : `answered ${error.status}`, error.code, error.requestId === undefined ? undefined : `${idName} ${error.requestId}`];
  const said = parts.filter((part) => part !== undefined).join(', ');
  const own = error.failure === 'forbidden' ? forbidden : undefined;
  const title = own?.title ?? error.explanation.title.replace(/^Microsoft Graph /, 'Graph ');
  return { summary: said === '' ? title : `${title} (${said})`, fix: own?.fix ?? error.explanation.whatToTry };
}

/** Step 2: a token, and whether its roles cover what the bot reads. */
export async function tokenStep(readRoles: () => Promise<TokenRoles>, authorityHost: string, adminGroup: boolean): Promise<StepResult> {
  const title = 'Token from Microsoft Entra ID';
  let roles: string[] | undefined;
  try {
    ({ roles } = await readRoles());
  } catch (error) {
    return { title, status: 'failed', ...describeFailure(error) };
  }
  const where = `obtained from ${new URL(authorityHost).host}`;
  if (roles === undefined) return { title, status: 'info', summary: `${where}; its roles cannot be read (not a JWT)` };
  const missing = [
    ...(roles.some((role) => REPORT_ROLES.includes(role)) ? [] : ['CallRecords.Read.All']),
    ...(adminGroup && !roles.includes('Directory.Read.All') ? GROUP_ROLES.filter((role) => !roles.includes(role)) : []),
  ];
  const summary = `${where}; roles: ${roles.length === 0 ? 'none' : roles.join(', ')}`;
  if (missing.length === 0) return { title, status: 'passed', summary };
  return { title, status: 'warning', summary: `${summary}; missing ${missing.join(', ')}`, fix: `Grant ${missing.join(' and ')} ${CONSENT}.` };
}

/** Step 3: yesterday's report, counted; also the first person in it, for the steps that need one. */
export async function reportStep(report: DialoutReportSource, range: DateRange, answers: readonly GraphAnswer[]): Promise<{ result: StepResult; userId: string | undefined }> {
  const title = `Dial-out report for yesterday (${range.first})`;
  let userId: string | undefined;
  try {
    const { rows, pages } = await report.read(range, {
      addRow: (row) => {
        if (userId === undefined && row.userId !== '') userId = row.userId;
      },
    });
    const requestId = answers.find((answer) => answer.path.includes('getPstnOnlineMeetingDialoutReport') && answer.status === 200)?.requestId;
    const summary = `answered: ${rows} ${rows === 1 ? 'row' : 'rows'} on ${pages} ${pages === 1 ? 'page' : 'pages'}${requestId === undefined ? '' : ` (request id ${requestId})`}`;
    return { result: { title, status: 'passed', summary }, userId };
  } catch (error) {
    return { result: { title, status: 'failed', ...describeFailure(error) }, userId: undefined };
  }
}

/** A person id that matches nobody: getPstnCalls has no filter by person, so it is read in full either way. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

/** Step 4: getPstnCalls for yesterday (a person's calls drill-down reads it). */
export async function callsStep(calls: PstnCallSource, range: DateRange, userId: string | undefined): Promise<StepResult> {
  const title = `getPstnCalls for yesterday (${range.first})`;
  try {
    const found = await calls.read(range, userId ?? NOBODY);
    const summary =
      userId === undefined
        ? 'answered (yesterday\'s report named nobody whose calls to count)'
        : `answered: ${found.length} dial-out ${found.length === 1 ? 'call' : 'calls'} of the first person in yesterday's report`;
    return { title, status: 'passed', summary };
  } catch (error) {
    return { title, status: 'failed', ...describeFailure(error, { title: 'The bot may not read the call log', fix: `Grant CallRecords.Read.All ${CONSENT}.` }) };
  }
}

/** Step 5: checkMemberGroups for ADMIN_GROUP_ID, about an admin or the first person in the report. */
export async function groupStep(groups: GraphGroupMembership | undefined, groupId: string | undefined, userId: string | undefined): Promise<StepResult> {
  const title = 'checkMemberGroups (ADMIN_GROUP_ID)';
  if (groups === undefined || groupId === undefined) return { title, status: 'skipped', summary: 'ADMIN_GROUP_ID is not set' };
  if (userId === undefined) {
    return { title, status: 'skipped', summary: 'no one to ask about: ADMIN_USER_IDS is empty and yesterday\'s report named nobody', fix: 'Set ADMIN_USER_IDS to one admin\'s object id, or run the doctor after a day with dial-out calls.' };
  }
  try {
    await groups.isMember(userId, groupId);
    return { title, status: 'passed', summary: 'answered' };
  } catch (error) {
    return { title, status: 'failed', ...describeFailure(error, { title: 'The bot may not check the admin group', fix: GROUP_FIX }) };
  }
}

/** Step 6: the throttling headers of every answer Graph sent during the checks (values as sent, latest per header). */
export function throttlingStep(answers: readonly GraphAnswer[]): StepResult {
  const title = 'Throttling headers from Graph';
  const throttled = answers.filter((answer) => answer.status === 429).length;
  const headers = new Map<string, string>();
  for (const answer of answers) for (const [name, value] of Object.entries(answer.throttling)) headers.set(name, value);
  const sent = [...headers].map(([name, value]) => `${name}: ${value}`).join('; ');
  const count = `${answers.length} ${answers.length === 1 ? 'answer' : 'answers'}${throttled === 0 ? '' : `, ${throttled} of them 429`}`;
  return {
    title,
    status: 'info',
    summary: headers.size === 0 ? `none in ${count} (Graph sends them near its limits)` : `${sent} (in ${count})`,
  };
}
