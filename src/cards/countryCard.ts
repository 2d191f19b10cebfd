/** The people of one usage location: their cost there, a page at a time, each leading to the person view. */
import { countriesOf, countryOf } from '../report/countries';
import type { Report } from '../report/report';
import type { ViewRequestOf } from '../domain/viewRequest';
import { SPENDERS_PAGE_SIZE } from './actionData';
import { allCountriesData, backToSummary, countryData, personData } from './actionButtons';
import { askedCurrency } from './askedCurrency';
import type { ActionButtonData, AdaptiveCardJson, CardOptions } from './cardModels';
import { countryName } from '../domain/countryNames';
import type { CountryCardData } from './drilldownModels';
import { formatCount, formatMinutes, formatMinutesShort, formatMoney, formatPermille, resolveLocale, sharePermille } from './format';
import { pageWindow } from './pagination';
import { listedUpn, personName } from './personName';
import body from './templates/countryCard.json';
import { clippedQuestion, viewHeader } from './viewHeader';
import { viewCardRenderer } from './viewFrame';

const render = viewCardRenderer<CountryCardData>(body);

/**
 * The people of the request's usage location in its currency, ranked by their cost there. Names are shown, so the
 * bot sends this card only where names may appear.
 * @example countryCard(report, data, { locale: 'en-US', demoTenant: true, showNames: true })
 */
export function countryCard(report: Report, data: ViewRequestOf<'country'>, options: CardOptions): AdaptiveCardJson {
  const locale = resolveLocale(options.locale);
  const question = clippedQuestion({ ...data, range: report.range });
  const asked = askedCurrency(report, data);
  const currency = report.currencies.find((c) => c.currency === asked);
  const country = currency ? countryOf(currency, data.filters.country) : undefined;
  const name = countryName(data.filters.country, locale);
  const header = viewHeader(`Dial-out costs: ${name}`, question, options, locale, data, report.fetchedAt);
  const back: ActionButtonData[] = [{ title: 'Back to countries', data: allCountriesData(data, asked) }, backToSummary(data, asked)];
  if (!currency || !country) {
    return render({
      header,
      found: false,
      notFoundText: `No dial-out usage in ${asked} from ${name} in this range.`,
      facts: [],
      showing: '',
      people: [],
      pick: [],
      navigation: [],
      actions: back,
    });
  }
  const code = currency.currency;
  const money = (micros: number): string => formatMoney(micros, code, locale);
  const window = pageWindow(country.people.length, data.page, SPENDERS_PAGE_SIZE, { one: 'person', many: 'people' }, locale);
  const shown = country.people.slice(window.start, window.end);
  const place = countriesOf(currency).indexOf(country) + 1;
  const navigation: ActionButtonData[] = [];
  if (window.hasPrevious) navigation.push({ title: 'Previous', data: countryData(data, code, data.filters.country, window.page - 1) });
  if (window.hasNext) navigation.push({ title: 'Next', data: countryData(data, code, data.filters.country, window.page + 1) });
  const first = shown[0];
  return render({
    header,
    found: true,
    notFoundText: '',
    facts: [
      { title: 'Cost', value: `${money(country.total.chargeMicros)} (${formatPermille(sharePermille(country.total.chargeMicros, currency.total.chargeMicros), locale)} of all ${code}; #${formatCount(place, locale)})` },
      { title: 'Domestic', value: money(country.domestic.chargeMicros) },
      { title: 'International', value: money(country.international.chargeMicros) },
      { title: 'Calls', value: formatCount(country.total.calls, locale) },
      { title: 'Minutes', value: formatMinutes(country.total.seconds, locale) },
      { title: 'People', value: formatCount(country.people.length, locale) },
    ],
    showing: window.showing,
    people: shown.map((person, i) => ({
      rank: formatCount(window.start + i + 1, locale),
      name: personName(person.spender, 40, { upnShownBeside: true }),
      upn: listedUpn(person.spender.userPrincipalName),
      calls: formatCount(person.usage.calls, locale),
      minutes: formatMinutesShort(person.usage.seconds, locale),
      cost: money(person.usage.chargeMicros),
    })),
    pick: first
      ? [
          {
            inputId: 'userId',
            label: 'See one person',
            choices: shown.map((person) => ({ title: personName(person.spender, 40), value: person.spender.userId.toLowerCase() })),
            value: first.spender.userId.toLowerCase(),
            button: [{ title: 'Show person', data: personData(data, code, first.spender.userId.toLowerCase()) }],
          },
        ]
      : [],
    navigation,
    actions: back,
  });
}
