/** Spend by usage location, and the people of each location, derived from the spenders' rows once per report. */
import { remembered } from '../domain/remembered';
import type { CurrencyReport, Spender, Usage } from './report';
import { slicesOf } from './spenderSlices';
import { addUsage, emptyUsage } from './usage';

/** One person's usage in one country (both destinations). */
export interface CountryPerson {
  spender: Spender;
  usage: Usage;
}

/** One usage location of one currency. */
export interface CountryReport {
  /** ISO 3166 alpha-2, or '' for rows without a usage location. */
  country: string;
  total: Usage;
  domestic: Usage;
  international: Usage;
  unknownDestination: Usage;
  /** Everyone with usage here, by their cost here (highest first; ties by calls, then UPN). */
  people: CountryPerson[];
}

function compareCountries(a: CountryReport, b: CountryReport): number {
  return b.total.chargeMicros - a.total.chargeMicros || b.total.calls - a.total.calls || (a.country < b.country ? -1 : 1);
}

function comparePeople(a: CountryPerson, b: CountryPerson): number {
  const upn = a.spender.userPrincipalName < b.spender.userPrincipalName ? -1 : a.spender.userPrincipalName > b.spender.userPrincipalName ? 1 : 0;
  return b.usage.chargeMicros - a.usage.chargeMicros || b.usage.calls - a.usage.calls || upn;
}

function build(currency: CurrencyReport): CountryReport[] {
  const countries = new Map<string, CountryReport>();
  for (const spender of currency.spenders) {
    let person: CountryPerson | undefined;
    for (const slice of slicesOf(spender)) {
      let country = countries.get(slice.country);
      if (country === undefined) {
        country = {
          country: slice.country,
          total: emptyUsage(),
          domestic: emptyUsage(),
          international: emptyUsage(),
          unknownDestination: emptyUsage(),
          people: [],
        };
        countries.set(slice.country, country);
      }
      addUsage(country.total, slice);
      const destination = slice.destination;
      addUsage(destination === 'Domestic' ? country.domestic : destination === 'International' ? country.international : country.unknownDestination, slice);
      // Slices are sorted by country, so a person's slices of one country are neighbours.
      if (person === undefined || person !== country.people[country.people.length - 1]) {
        person = { spender, usage: emptyUsage() };
        country.people.push(person);
      }
      addUsage(person.usage, slice);
    }
  }
  const list = [...countries.values()];
  for (const country of list) country.people.sort(comparePeople);
  return list.sort(compareCountries);
}

const built = new WeakMap<CurrencyReport, CountryReport[]>();

/**
 * The currency's usage locations, most spend first, each with its Domestic / International split and
 * its people. Built from the spenders' rows on first use and kept as long as the report.
 * @example countriesOf(usd)[0]?.country // 'US'
 */
export function countriesOf(currency: CurrencyReport): CountryReport[] {
  return remembered(built, currency, () => build(currency));
}

/** One country of the currency, or undefined when nobody dialled from there. */
export function countryOf(currency: CurrencyReport, code: string): CountryReport | undefined {
  return countriesOf(currency).find((country) => country.country === code);
}
