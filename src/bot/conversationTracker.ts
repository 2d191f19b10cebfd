/** Keeps the conversation references current: saved on install and refreshed on messages, forgotten on uninstall. */
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { conversationKey } from '../teams/conversationKeys';
import type { ConversationStore } from '../teams/conversationStore';
import { log } from '../log';
import { addressOf, eventTypeOf, recordOf, teamIdOf } from './conversationRecord';

/** A reference this process saved is not written again unchanged for this long (messages come in bursts). */
const UNCHANGED_REFRESH_MS = 10 * 60_000;

/**
 * Looks at every activity before it is answered. Storage trouble is logged, never turned into a
 * failed turn: questions are still answered.
 * @example bot.onTurn(async (context, next) => { await tracker.observe(context); await next(); });
 */
export class ConversationTracker {
  /** Key → the record last saved by this process (without its time) and when. */
  private readonly saved = new Map<string, { json: string; at: number }>();

  constructor(
    private readonly conversations: ConversationStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async observe(context: TurnContext): Promise<void> {
    try {
      await this.apply(context);
    } catch (error) {
      log.error('conversation reference not updated', { activityId: context.activity.id, type: context.activity.type, error });
    }
  }

  private async apply(context: TurnContext): Promise<void> {
    const { activity } = context;
    const botId = activity.recipient?.id;
    if (activity.type === ActivityTypes.Message) return this.save(context, false);
    if (activity.type === ActivityTypes.InstallationUpdate) {
      if (activity.action === 'add') return this.save(context, true);
      if (activity.action === 'remove') return this.forget(context);
      return;
    }
    if (activity.type !== ActivityTypes.ConversationUpdate) return;
    if (eventTypeOf(activity) === 'teamDeleted') return this.forget(context);
    if (activity.membersRemoved?.some((member) => member.id === botId)) return this.forget(context);
    if (activity.membersAdded?.some((member) => member.id === botId)) return this.save(context, true);
  }

  private async save(context: TurnContext, force: boolean): Promise<void> {
    const now = this.clock();
    const { updatedAt: _updatedAt, ...content } = recordOf(context.activity, now);
    if (content.conversationId === '') return;
    const key = conversationKey(content);
    const json = JSON.stringify(content);
    const last = this.saved.get(key);
    if (!force && last?.json === json && now.getTime() - last.at < UNCHANGED_REFRESH_MS) return;
    await this.conversations.save({ ...content, updatedAt: now.toISOString() });
    this.saved.set(key, { json, at: now.getTime() });
  }

  /** Removing the bot from a team (or deleting the team) forgets every channel of it; elsewhere, the one conversation. */
  private async forget(context: TurnContext): Promise<void> {
    const { activity } = context;
    const address = addressOf(activity);
    const teamId = teamIdOf(activity);
    this.saved.clear();
    if (teamId) {
      const forgotten = await this.conversations.forgetTeam(address.tenantId, teamId);
      log.info('bot removed from a team: its conversations are forgotten', { tenantId: address.tenantId, teamId, conversations: forgotten.length });
      return;
    }
    await this.conversations.forget(address);
    log.info('bot removed from a conversation: it is forgotten', { ...address });
  }
}
