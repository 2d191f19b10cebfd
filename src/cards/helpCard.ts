/** The help card: what the bot does and what to ask (also the welcome message). */
import type { AdaptiveCardJson, ExampleButtonData, HelpCardData } from './cardModels';
import { clip } from './cardSize';
import { cardRenderer } from './renderCard';
import template from './templates/helpCard.json';

const MAX_EXAMPLE_TITLE_CHARS = 80;

/**
 * Example questions as buttons that ask the question as if typed (Action.Submit with `{ ask }`, which Teams and the Agents Playground both deliver).
 * Hosts cap the buttons shown in one set (`maxActions` of their host config), so keep the list short.
 */
export function exampleButtons(examples: readonly string[]): ExampleButtonData[] {
  return examples.map((example) => ({ title: clip(example, MAX_EXAMPLE_TITLE_CHARS), value: example }));
}

const render = cardRenderer<HelpCardData>(template);

/**
 * The help card; with `demoTenant` it says the answers are synthetic and how to connect a real tenant.
 * @example helpCard({ examples: ['What did dial-out cost last month?'], demoTenant: true })
 */
export function helpCard(options: { examples: readonly string[]; demoTenant: boolean }): AdaptiveCardJson {
  return render({ examples: exampleButtons(options.examples), demoTenant: options.demoTenant });
}
