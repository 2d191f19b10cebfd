/** Checks that a request body is shaped like a Bot Framework activity before botbuilder sees it. */

/** Why a body is not an activity the bot can answer, or null when it is. */
export type ShapeProblem = string | null;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasId(value: unknown): boolean {
  return isRecord(value) && typeof value.id === 'string' && value.id !== '';
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

const OPTIONAL_STRINGS = ['id', 'channelId', 'text', 'name', 'locale', 'localTimezone', 'replyToId', 'deliveryMode'] as const;
const OPTIONAL_ARRAYS = ['entities', 'attachments', 'membersAdded', 'membersRemoved'] as const;

/**
 * The first problem found, or null. Catches what would otherwise surface as a 500 from botbuilder
 * (no type, no conversation) or as a failed turn (text that is not a string); it does not judge
 * values, which the bot validates itself (card actions, time zones, dates).
 * @example activityShapeProblem({ type: 'message' }) // 'serviceUrl missing or not an http(s) URL'
 */
export function activityShapeProblem(body: unknown): ShapeProblem {
  if (!isRecord(body)) return 'the body is not a JSON object';
  if (typeof body.type !== 'string' || body.type === '') return 'type missing';
  if (!isHttpUrl(body.serviceUrl)) return 'serviceUrl missing or not an http(s) URL';
  if (!hasId(body.conversation)) return 'conversation.id missing';
  if (!hasId(body.from)) return 'from.id missing';
  if (!hasId(body.recipient)) return 'recipient.id missing';
  for (const key of OPTIONAL_STRINGS) {
    if (body[key] !== undefined && body[key] !== null && typeof body[key] !== 'string') return `${key} is not a string`;
  }
  for (const key of OPTIONAL_ARRAYS) {
    const list = body[key];
    if (list !== undefined && list !== null && (!Array.isArray(list) || !list.every(isRecord))) return `${key} is not a list of objects`;
  }
  const mentionBroken = (entity: unknown): boolean =>
    !isRecord(entity) || typeof entity.type !== 'string' || (entity.type.toLowerCase() === 'mention' && !(hasId(entity.mentioned) && typeof entity.text === 'string'));
  if (Array.isArray(body.entities) && body.entities.some(mentionBroken)) return 'an entity without a type, or a mention without mentioned.id and text';
  if (body.channelData !== undefined && body.channelData !== null && !isRecord(body.channelData)) return 'channelData is not an object';
  if (body.type === 'invoke' && typeof body.name !== 'string') return 'invoke without a name';
  if (body.name === 'adaptiveCard/action' && !(isRecord(body.value) && isRecord(body.value.action))) return 'adaptiveCard/action without value.action';
  return null;
}
