/** The filters a card's figures are narrowed by, in words, each with a button that shows the same view without it. */
import { countryName } from '../domain/countryNames';
import { ORG_DIMENSION_LABELS, orgUnitLabel } from '../domain/organisation';
import type { ViewFilters, ViewRequest } from '../domain/viewRequest';
import { withoutFilterData } from './actionButtons';
import type { FiltersData } from './cardModels';
import { clip } from './cardSize';

/**
 * The line and chips of `request`'s usage location and destination (`locale` already resolved). The
 * country view's location is its subject (its title names it), and the calls view is never narrowed by
 * them (Graph's call log has no usage location): neither shows that chip.
 * @example filterChips(request, 'en-US').narrowed // 'Germany (DE) (usage location) · International'
 */
export function filterChips(request: ViewRequest, locale: string): FiltersData {
  const chips: FiltersData['chips'] = [];
  const parts: string[] = [];
  const { country, destination, orgUnit } = request.filters;
  const drop = (key: keyof ViewFilters, title: string): FiltersData['chips'][number]['drop'] => [{ title, data: withoutFilterData(request, key) }];
  if (country !== undefined && request.view !== 'country' && request.view !== 'calls') {
    const name = countryName(country, locale);
    parts.push(`${name} (usage location)`);
    const who = country === '' ? 'People without a usage location' : `People whose usage location is ${name}`;
    chips.push({ text: `${who}, wherever they called`, drop: drop('country', 'Show all locations') });
  }
  if (destination !== undefined && request.view !== 'calls') {
    parts.push(destination);
    chips.push({ text: `${destination} calls only`, drop: drop('destination', 'Show all destinations') });
  }
  if (orgUnit !== undefined && request.view !== 'calls') {
    const { one } = ORG_DIMENSION_LABELS[orgUnit.dimension];
    const name = clip(orgUnitLabel(orgUnit), 64);
    parts.push(orgUnit.name === '' ? name : `${name} (${one})`);
    const who = orgUnit.name === '' ? `People without a ${one} or no longer in the directory` : `People of ${one} ${name}`;
    chips.push({ text: who, drop: drop('orgUnit', `Show all ${one === 'company' ? 'companies' : `${one}s`}`) });
  }
  return { narrowed: parts.join(' · '), chips };
}
