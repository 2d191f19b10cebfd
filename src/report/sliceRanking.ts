/**
 * A currency's usage ranked slice by slice, indexed by usage location and destination: each person with one
 * slice as they are, each person with more as one spender per slice, and the totals of each location and
 * destination. Narrowing takes its people from it already added up and in order, and its totals from the
 * few places that match, so no filter re-adds or re-sorts the people it keeps. Pure.
 */
import type { DestinationContext } from '../graph/dialoutRow';
import { remembered } from '../domain/remembered';
import { countryList } from './countryLists';
import { compareSpenders } from './rankings';
import type { CurrencyReport, Spender, SpenderSlice, Usage } from './report';
import { firstSlice } from './spenderSlices';
import { addUsage, emptyUsage } from './usage';

/** One usage location and destination, with the currency's usage there. */
export interface SlicePlace {
  country: string;
  destination: DestinationContext;
  usage: Usage;
}

/** The currency's slices as spenders, in the report's ranking (charge, calls, UPN), with where each is. */
export interface SliceRanking {
  /** Each usage location and destination that has usage; the slices below refer to them by index. */
  places: SlicePlace[];
  /** Each slice as a spender: the person themselves when it is their only one, else the person narrowed to it. */
  slices: Spender[];
  /** `places` index of each slice. */
  slicePlaces: Int32Array;
  /** Index in `severalSlices` of each slice's person, or -1 when it is their only slice. */
  sliceOwners: Int32Array;
  /** The people with more than one slice, in the report's ranking. */
  severalSlices: Spender[];
  /** The `places` of `severalSlices[j]`'s slices are `ownerPlaces[ownerStarts[j]]` up to `ownerPlaces[ownerStarts[j + 1]]`. */
  ownerPlaces: Int32Array;
  ownerStarts: Int32Array;
}

/** A person narrowed to one of their slices: that slice's usage, country and destination only. */
function aloneIn(owner: Spender, slice: SpenderSlice): Spender {
  const { country, destination, calls, seconds, chargeMicros, chargeRest } = slice;
  // Written out field by field, not spread: a spread copy of a spender is a slower object to read and sort.
  return {
    userId: owner.userId,
    userPrincipalName: owner.userPrincipalName,
    userDisplayName: owner.userDisplayName,
    countries: countryList(country),
    firstCountry: country,
    firstDestination: destination,
    otherSlices: undefined,
    calls,
    seconds,
    chargeMicros,
    chargeRest,
  };
}

const DESTINATIONS: readonly DestinationContext[] = ['Domestic', 'International', 'Unknown'];

/** Numbers the usage locations and destinations met, adding each slice's usage to its place's. */
class Places {
  readonly all: SlicePlace[] = [];
  /** By country, the index of each destination's place (in DESTINATIONS' order), -1 until met. */
  private readonly byCountry = new Map<string, number[]>();

  add(country: string, destination: DestinationContext, usage: Readonly<Usage>): number {
    let indexes = this.byCountry.get(country);
    if (indexes === undefined) {
      indexes = [-1, -1, -1];
      this.byCountry.set(country, indexes);
    }
    const which = DESTINATIONS.indexOf(destination);
    let index = indexes[which] as number;
    if (index < 0) {
      index = this.all.length;
      indexes[which] = index;
      this.all.push({ country, destination, usage: emptyUsage() });
    }
    addUsage((this.all[index] as SlicePlace).usage, usage);
    return index;
  }
}

interface Part {
  alone: Spender;
  place: number;
  owner: number;
}

const ranked = new WeakMap<CurrencyReport, SliceRanking>();

/**
 * The currency's slice ranking, worked out once and kept as long as the currency's report. People with one
 * slice are in the report's order already; only the slices of people with several are sorted, then merged in.
 * @example sliceRanking(usd).places.filter((p) => p.destination === 'International') // International usage by location
 */
export function sliceRanking(currency: CurrencyReport): SliceRanking {
  return remembered(ranked, currency, () => {
    const places = new Places();
    const severalSlices: Spender[] = [];
    const ownerPlaces: number[] = [];
    const ownerStarts: number[] = [];
    const parts: Part[] = [];
    for (const owner of currency.spenders) {
      if (owner.otherSlices === undefined) continue;
      ownerStarts.push(ownerPlaces.length);
      for (const slice of [firstSlice(owner), ...owner.otherSlices]) {
        const place = places.add(slice.country, slice.destination, slice);
        ownerPlaces.push(place);
        parts.push({ alone: aloneIn(owner, slice), place, owner: severalSlices.length });
      }
      severalSlices.push(owner);
    }
    ownerStarts.push(ownerPlaces.length);
    parts.sort((a, b) => compareSpenders(a.alone, b.alone));
    const slices: Spender[] = [];
    const slicePlaces: number[] = [];
    const sliceOwners: number[] = [];
    const take = (spender: Spender, place: number, owner: number): void => {
      slices.push(spender);
      slicePlaces.push(place);
      sliceOwners.push(owner);
    };
    let next = 0;
    for (const spender of currency.spenders) {
      if (spender.otherSlices !== undefined) continue;
      for (; next < parts.length && compareSpenders((parts[next] as Part).alone, spender) < 0; next += 1) {
        const part = parts[next] as Part;
        take(part.alone, part.place, part.owner);
      }
      take(spender, places.add(spender.firstCountry, spender.firstDestination, spender), -1);
    }
    for (const part of parts.slice(next)) take(part.alone, part.place, part.owner);
    return {
      places: places.all,
      slices,
      slicePlaces: Int32Array.from(slicePlaces),
      sliceOwners: Int32Array.from(sliceOwners),
      severalSlices,
      ownerPlaces: Int32Array.from(ownerPlaces),
      ownerStarts: Int32Array.from(ownerStarts),
    };
  });
}
