/** The answers to a question that names a person who is not the only match: several to pick from, or no one. */
import type { ViewRequest } from '../domain/viewRequest';
import type { Spender } from '../report/report';
import { countryName } from '../domain/countryNames';
import { BUTTON_TITLE_CHARS, personData, reportData } from './actionButtons';
import type { AdaptiveCardJson, CardOptions } from './cardModels';
import { clip, clipPhrase } from './cardSize';
import type { NoticeCardData } from './drilldownModels';
import { resolveLocale } from './format';
import { cardRenderer } from './renderCard';
import template from './templates/noticeCard.json';
import { rangeText } from './viewHeader';

/** The most people a pick card offers. */
export const MAX_PICKED = 10;

/** The name on a person's button; the UPN when another match has the same name (or there is none). */
function buttonTitle(person: Spender, shown: readonly Spender[]): string {
  const name = person.userDisplayName.trim();
  const shared = name === '' || shown.some((other) => other !== person && other.userDisplayName.trim() === name);
  return clip(shared ? person.userPrincipalName || '(no name)' : name, BUTTON_TITLE_CHARS);
}

const render = cardRenderer<NoticeCardData>(template);

function periodWords(request: ViewRequest, options: CardOptions): string {
  return `${clipPhrase(request.phrase)} (${rangeText(request.range, resolveLocale(options.locale))})`;
}

/** A button to `person`'s card (or calls) in `request`'s period, titled as buttonTitle says; no cost. */
function personButton(person: Spender, shown: readonly Spender[], view: 'person' | 'calls', request: ViewRequest, currency: string): NoticeCardData['actions'][number] {
  return { title: buttonTitle(person, shown), data: { ...personData(request, currency, person.userId), view } };
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
    actions: shown.map((person) => personButton(person, shown, view, request, currency)),
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

/**
 * A country's name asked on its own ("Jordan") that people of the period's report also have in their name:
 * which was meant, as buttons — the usage location's report first, then up to MAX_PICKED − 1 of the people
 * (no costs, which show once one is picked). `placeRequest` is narrowed to the place; `personRequest` is not.
 * @example placeOrPersonCard(matches, 'Jordan', placeRequest, personRequest, 'USD', options)
 */
export function placeOrPersonCard(
  matches: readonly Spender[],
  word: string,
  placeRequest: ViewRequest,
  personRequest: ViewRequest,
  currency: string,
  options: CardOptions,
): AdaptiveCardJson {
  const place = countryName(placeRequest.filters.country ?? '', resolveLocale(options.locale));
  const shown = matches.slice(0, MAX_PICKED - 1);
  const more = matches.length - shown.length;
  const who = matches.length === 1 ? 'the person' : `one of the ${matches.length} people`;
  return render({
    title: clip(`“${word}” is a usage location and a name`, 120),
    text: clip(
      `Pick the dial-out cost of people whose usage location is ${place}, or of ${who} named “${word}”, in ${periodWords(placeRequest, options)}.` +
        (more > 0 ? ` ${more} more match: add the last name or the UPN to find them.` : ''),
      600,
    ),
    demoTenant: options.demoTenant,
    actions: [
      { title: clip(`Usage location ${place}`, 100), data: reportData(placeRequest, currency, 0) },
      ...shown.map((person) => personButton(person, shown, 'person', personRequest, currency)),
    ],
    links: [],
  });
}
