/** Middleware in front of the bot: tenant lock, admin check and size limit, before any activity is read. */
import { ActivityTypes, CardFactory, type Middleware, type TurnContext } from 'botbuilder';
import { log } from '../log';
import type { AccessPolicy, AccessRefusal } from './accessPolicy';
import { refusalCard, refusalMessage } from './accessRefusal';

/** Longest message text read at all; anything longer is refused before parsing. */
export const MAX_MESSAGE_BYTES = 4096;

const TOO_LONG = 'That message is too long for me (over 4 KB). Ask in a sentence, for example "what did dial-out cost last month?".';

/** Activities that carry or ask for data: these need an admin, not just the right tenant. */
function asksForData(context: TurnContext): boolean {
  const { type } = context.activity;
  return type === ActivityTypes.Message || type === ActivityTypes.Invoke;
}

/**
 * Refuses without reading further: another tenant gets a short refusal (and installs from it get
 * no welcome); a non-admin gets a polite card, or for a button press an error that leaves the card
 * as it was; logs carry the reason and ids, never the message text.
 */
export class AccessGate implements Middleware {
  constructor(private readonly policy: AccessPolicy) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { activity } = context;
    const tenantRefusal = this.policy.tenantRefusal(activity);
    if (tenantRefusal) return this.refuse(context, tenantRefusal);
    if (!asksForData(context)) return next();
    if (activity.type === ActivityTypes.Message && Buffer.byteLength(activity.text ?? '', 'utf8') > MAX_MESSAGE_BYTES) {
      log.warn('message refused: too long', { activityId: activity.id, bytes: Buffer.byteLength(activity.text ?? '', 'utf8') });
      await context.sendActivity(TOO_LONG);
      return;
    }
    const decision = await this.policy.check(activity);
    if (!decision.allowed) return this.refuse(context, decision.reason);
    return next();
  }

  private async refuse(context: TurnContext, reason: AccessRefusal): Promise<void> {
    const { activity } = context;
    log.warn('access refused', { reason, activityId: activity.id, type: activity.type, name: activity.name, conversationType: activity.conversation?.conversationType });
    if (activity.type === ActivityTypes.Invoke) {
      const body = { statusCode: 403, type: 'application/vnd.microsoft.error', value: { code: 'Forbidden', message: refusalMessage(reason) } };
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
      return;
    }
    if (activity.type !== ActivityTypes.Message) return;
    if (reason === 'tenant' || reason === 'tenantMismatch') await context.sendActivity(refusalMessage(reason));
    else await context.sendActivity({ attachments: [CardFactory.adaptiveCard(refusalCard(reason))] });
  }
}
