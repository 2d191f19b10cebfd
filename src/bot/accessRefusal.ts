/** What a refused user is told, per reason: polite, says who to ask, never shows data. */
import { errorCard } from '../cards/errorCard';
import type { AccessRefusal } from './accessPolicy';

const ASK_ADMIN = 'Ask your Microsoft 365 or Teams administrator';

const REFUSALS: Record<AccessRefusal, { title: string; detail: string; whatToTry: string }> = {
  tenant: {
    title: 'This bot serves another organization',
    detail: 'Dial-out Insights only answers people in the organization that installed it.',
    whatToTry: `${ASK_ADMIN} whether your organization has its own copy of the app.`,
  },
  tenantMismatch: {
    title: 'This message names two different organizations',
    detail: 'Its Teams tenant ids disagree, so the bot cannot tell whose data it may show.',
    whatToTry: 'Ask again from Microsoft Teams; if this keeps happening, tell your Teams administrator.',
  },
  notAdmin: {
    title: 'Dial-out costs are for admins only',
    detail: 'The report names people and what their calls cost, so only the admins chosen for this bot may see it.',
    whatToTry: `${ASK_ADMIN} to add you to the bot's admin users or admin group if you need these figures.`,
  },
  notConfigured: {
    title: 'Nobody may see dial-out costs yet',
    detail: 'The bot has not been told who its admins are, so it shows costs to nobody.',
    whatToTry: `${ASK_ADMIN} to set ADMIN_USER_IDS (Entra object ids) or ADMIN_GROUP_ID (an Entra group) for the bot.`,
  },
  noUser: {
    title: 'The bot could not tell who you are',
    detail: 'Your message did not carry a Microsoft Entra user id, which the bot needs to check access.',
    whatToTry: 'Ask from Microsoft Teams with your work account.',
  },
  directoryForbidden: {
    title: 'The bot may not check the admin group',
    detail: 'Microsoft Graph refused the group check (403): checkMemberGroups needs the application permissions User.Read.All and GroupMember.Read.All.',
    whatToTry: `${ASK_ADMIN} to grant the bot's app registration User.Read.All and GroupMember.Read.All (application permissions) with admin consent.`,
  },
  directoryUnavailable: {
    title: 'The bot could not check your admin access',
    detail: 'Looking up the admin group in Microsoft Entra ID failed.',
    whatToTry: 'Ask again in a minute; if it persists, tell your bot administrator.',
  },
};

/** The refusal card for a reason. */
export function refusalCard(reason: AccessRefusal): object {
  return errorCard(REFUSALS[reason]);
}

/** The refusal as one sentence, for invoke error responses (the card itself stays as it was). */
export function refusalMessage(reason: AccessRefusal): string {
  const { title, whatToTry } = REFUSALS[reason];
  return `${title}. ${whatToTry}`;
}
