/** The error card: what failed and what to try, with the Graph error code and request id for support. */
import type { AdaptiveCardJson, ErrorCardData } from './cardModels';
import { clip } from './cardSize';
import { cardRenderer } from './renderCard';
import template from './templates/errorCard.json';

/** What the user is told; `code` and `requestId` are shown small, for support. Never pass a stack trace. */
export interface ErrorCardInput {
  title: string;
  detail: string;
  whatToTry: string;
  requestId?: string;
  code?: string;
}

const render = cardRenderer<ErrorCardData>(template);

/** The support line: "Error code: Forbidden · Request id: 7c1e…", or '' when there is nothing to quote. */
function reference(error: ErrorCardInput): string {
  const parts: string[] = [];
  if (error.code) parts.push(`Error code: ${clip(error.code, 80)}`);
  if (error.requestId) parts.push(`Request id: ${clip(error.requestId, 80)}`);
  return parts.join(' · ');
}

/**
 * An error as a short card.
 * @example errorCard({ title: 'Microsoft Graph refused the request', detail: '…', whatToTry: '…', code: 'Forbidden', requestId: '7c1e…' })
 */
export function errorCard(error: ErrorCardInput): AdaptiveCardJson {
  const supportLine = reference(error);
  return render({
    title: clip(error.title, 120),
    detail: clip(error.detail, 600),
    whatToTry: clip(error.whatToTry, 600),
    hasReference: supportLine !== '',
    reference: supportLine,
  });
}
