/** Short cards that say one thing: names are shown in personal chat only, exports are offered there, work in progress. */
import type { ViewRequest } from '../domain/viewRequest';
import { backToSummary } from './actionButtons';
import type { AdaptiveCardJson, CardOptions } from './cardModels';
import { clip } from './cardSize';
import type { NoticeCardData } from './drilldownModels';
import { cardRenderer } from './renderCard';
import template from './templates/noticeCard.json';

const render = cardRenderer<NoticeCardData>(template);

/**
 * A notice with optional "Back to summary" (from the request `from`, in `currency`) and link buttons.
 * @example noticeCard('Fetching calls…', '3 of 5 windows read.', { locale: 'en-US', demoTenant: true, showNames: true })
 */
export function noticeCard(
  title: string,
  text: string,
  options: Pick<CardOptions, 'demoTenant'>,
  extras: { back?: { from: ViewRequest; currency: string }; links?: Array<{ title: string; url: string }> } = {},
): AdaptiveCardJson {
  return render({
    title: clip(title, 120),
    text: clip(text, 600),
    demoTenant: options.demoTenant,
    actions: extras.back ? [backToSummary(extras.back.from, extras.back.currency)] : [],
    links: extras.links ?? [],
  });
}

/** The answer to a view that would name people, in a chat where names may not be shown. */
export function namesHiddenCard(from: ViewRequest, currency: string, options: CardOptions): AdaptiveCardJson {
  return noticeCard(
    'Names are shown in personal chat',
    'This view names people, so the bot shows it only in its personal chat with you (your admin can allow names in shared chats). Open the bot\'s personal chat and ask the same question there.',
    options,
    { back: { from, currency } },
  );
}

/**
 * Posted instead of the monthly summary when the person who subscribed may no longer see costs: no figures.
 * @example summaryPausedCard(false, { demoTenant: false })
 */
export function summaryPausedCard(personal: boolean, options: Pick<CardOptions, 'demoTenant'>): AdaptiveCardJson {
  return noticeCard(
    'Monthly summary paused',
    personal
      ? 'The monthly dial-out summary is paused: you may no longer see dial-out costs. Once your bot admin gives you access again, type "subscribe" here to start it again.'
      : 'The monthly dial-out summary is paused in this conversation: the person who subscribed it may no longer see dial-out costs. An admin can type "subscribe" here to start it again.',
    options,
  );
}
