/** The one rendering step every card shares: template JSON + view model → Adaptive Card. */
import { Template } from 'adaptivecards-templating';
import type { AdaptiveCardJson } from './cardModels';

/**
 * Prepares `payload` (a template from ./templates) once and returns its renderer.
 * The result is plain JSON, detached from the view model.
 * @example const render = cardRenderer<HelpCardData>(helpTemplate); render({ examples: [], demoTenant: false })
 */
export function cardRenderer<Data extends object>(payload: object): (data: Data) => AdaptiveCardJson {
  const template = new Template(payload);
  return (data) => JSON.parse(JSON.stringify(template.expand({ $root: data }))) as AdaptiveCardJson;
}
