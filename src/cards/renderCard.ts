/** The one rendering step every card shares: template JSON + view model → Adaptive Card, with its Markdown made inert. */
import { Template } from 'adaptivecards-templating';
import type { AdaptiveCardJson } from './cardModels';
import { inertCardText } from './markdownText';

/**
 * Prepares `payload` (a template from ./templates) once and returns its renderer.
 * The result is plain JSON, detached from the view model; its texts show as written (see markdownText.ts).
 * Values of the view model are never read as template expressions: `${…}` in a name stays text.
 * @example const render = cardRenderer<HelpCardData>(helpTemplate); render({ examples: [], demoTenant: false })
 */
export function cardRenderer<Data extends object>(payload: object): (data: Data) => AdaptiveCardJson {
  const template = new Template(payload);
  return (data) => inertCardText(JSON.parse(JSON.stringify(template.expand({ $root: data }))) as AdaptiveCardJson);
}
