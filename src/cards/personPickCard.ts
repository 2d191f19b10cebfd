/** The answers to a question that names a person who is not the only match: several to pick from, or no one. */
import type { ViewRequest } from '../domain/viewRequest';
import type { Spender } from '../report/report';
import { personData } from './actionButtons';
import type { AdaptiveCardJson, CardOptions } from './cardModels';
import { clip, clipPhrase } from './cardSize';
import type { NoticeCardData } from './drilldownModels';
import { resolveLocale } from './format';
import { cardRenderer } from './renderCard';
import template from './templates/noticeCard.json';
import { rangeText } from './viewHeader';

/** The most people a pick card offers. */
export const MAX_PICKED = 10;

/** A button's title fits one line of a phone's card (320 px): Teams never wraps a button. */
const BUTTON_CHARS = 36;

/** The name on a person's button; the UPN when another match has the same name (or there is none). */
function buttonTitle(person: Spender, shown: readonly Spender[]): string {
  const name = person.userDisplayName.trim();
  const shared = name === '' || shown.some((other) => other !== person && other.userDisplayName.trim() === name);
  return clip(shared ? person.userPrincipalName || '(no name)' : name, BUTTON_CHARS);
}

const render = cardRenderer<NoticeCardData>(template);

function periodWords(request: ViewRequest, options: CardOptions): string {
  return `${clipPhrase(request.phrase)} (${rangeText(request.range, resolveLocale(options.locale))})`;
}

/**
 * Up to MAX_PICKED people matching `name`, each a button to their card (or their calls); no costs, which
 * show once one is picked. More matches are counted, with a hint to add the last name or the UPN.
 * @example personPickCard(matches, 'Nadia', 'person', request, 'USD', options)
 */
export function personPickCard(
  matches: readonly Spender[],
  name: string,
  view: 'person' | 'calls',
  request: ViewRequest,
  currency: string,
  options: CardOptions,
): AdaptiveCardJson {
  const shown = matches.slice(0, MAX_PICKED);
  const more = matches.length - shown.length;
  return render({
    title: clip(`${matches.length} people match “${name}”`, 120),
    text: clip(
      `Pick one to see ${view === 'calls' ? 'their calls' : 'their dial-out cost'} in ${periodWords(request, options)}.` +
        (more > 0 ? ` ${more} more match: add the last name or the UPN to find them.` : ''),
      600,
    ),
    demoTenant: options.demoTenant,
    actions: shown.map((person) => {
      const data = personData(request, currency, person.userId);
      return { title: buttonTitle(person, shown), data: { ...data, view } };
    }),
    links: [],
  });
}

/**
 * Nobody in the period's report matches `name`: said so, with no totals.
 * @example noOneNamedCard('Zzyzx Quux', request, options) // "No one named “Zzyzx Quux” made dial-out calls in last month (…)"
 */
export function noOneNamedCard(name: string, request: ViewRequest, options: CardOptions): AdaptiveCardJson {
  return render({
    title: clip(`No one named “${name}” made dial-out calls in ${periodWords(request, options)}`, 200),
    text: 'Check the spelling, or ask with the full display name or the UPN (for example “first.last@contoso.com”).',
    demoTenant: options.demoTenant,
    actions: [],
    links: [],
  });
}
