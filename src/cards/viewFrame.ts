/** The frame every drilled-down card shares (templates/viewFrame.json): the header on top, the view's own body, its buttons at the bottom. */
import type { ActionButtonData, AdaptiveCardJson, ViewHeaderData } from './cardModels';
import { cardRenderer } from './renderCard';
import frame from './templates/viewFrame.json';

/**
 * The renderer of a drilled-down view whose template (`part`, from ./templates) holds only the view's
 * own blocks: they go between the shared header (`header`) and the shared buttons (`actions`).
 * @example const render = viewCardRenderer<CallsCardData>(callsBody); render(data).body[0] // the header's title
 */
export function viewCardRenderer<Data extends { header: ViewHeaderData; actions: ActionButtonData[] }>(part: { body: object[] }): (data: Data) => AdaptiveCardJson {
  return cardRenderer<Data>({ ...frame, body: [...frame.body, ...part.body] });
}
