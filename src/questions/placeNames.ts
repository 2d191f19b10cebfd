/** The English names, other names and demonyms of usage locations, as folded word lists, by the first word. */
import { usageLocationCodes } from '../domain/countryNames';
import { questionWords } from './questionWords';

/** A place name as words, and the location it names. */
export interface PlaceName {
  words: string[];
  code: string;
}

/** Names people use that Intl's English names are not, and a few Intl names said shorter. */
const OTHER_NAMES: Record<string, string[]> = {
  GB: ['the UK', 'U.K.', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  US: ['USA', 'U.S.A.', 'the US', 'U.S.', 'United States of America', 'the States'],
  NL: ['Holland', 'the Netherlands'],
  CZ: ['Czech Republic'],
  KR: ['Korea', 'Republic of Korea'],
  RU: ['Russian Federation'],
  AE: ['UAE', 'Emirates'],
  CI: ['Ivory Coast'],
  TR: ['Turkey'],
  HK: ['Hong Kong'],
  MO: ['Macao', 'Macau'],
  CD: ['DR Congo', 'DRC', 'Democratic Republic of the Congo'],
  CG: ['Republic of the Congo'],
  CV: ['Cabo Verde'],
  SZ: ['Swaziland'],
  MK: ['Macedonia'],
  PS: ['Palestine'],
  VN: ['Viet Nam'],
  TL: ['East Timor'],
  VA: ['Vatican', 'Holy See'],
  BA: ['Bosnia'],
  MM: ['Burma'],
};

/** "German users", "French staff": a demonym names a location only before one of these. */
export const PEOPLE_NOUNS = new Set([
  'user', 'users', 'people', 'person', 'staff', 'employee', 'employees', 'colleague', 'colleagues', 'team', 'teams',
  'caller', 'callers', 'organizer', 'organizers', 'organiser', 'organisers', 'office', 'offices', 'spend', 'spending',
  'cost', 'costs', 'calls', 'usage', 'dialout', 'dial', 'account', 'accounts', 'member', 'members', 'workers', 'subsidiary',
]);

const DEMONYMS: Record<string, string[]> = {
  DE: ['German'], FR: ['French'], GB: ['British', 'English', 'Scottish', 'Welsh', 'UK'], US: ['American', 'US'], CA: ['Canadian'],
  MX: ['Mexican'], ES: ['Spanish'], IT: ['Italian'], NL: ['Dutch'], BE: ['Belgian'], CH: ['Swiss'], AT: ['Austrian'],
  PL: ['Polish'], SE: ['Swedish'], NO: ['Norwegian'], DK: ['Danish'], FI: ['Finnish'], IE: ['Irish'], PT: ['Portuguese'],
  GR: ['Greek'], CZ: ['Czech'], HU: ['Hungarian'], RO: ['Romanian'], JP: ['Japanese'], CN: ['Chinese'], IN: ['Indian'],
  AU: ['Australian'], NZ: ['New Zealand'], BR: ['Brazilian'], AR: ['Argentinian', 'Argentine'], TR: ['Turkish'],
  IL: ['Israeli'], ZA: ['South African'], SG: ['Singaporean'], KR: ['Korean', 'South Korean'], UA: ['Ukrainian'],
  RU: ['Russian'], LU: ['Luxembourgish'], EE: ['Estonian'], LV: ['Latvian'], LT: ['Lithuanian'], SK: ['Slovak'], SI: ['Slovenian'],
  HR: ['Croatian'], BG: ['Bulgarian'], RS: ['Serbian'], IS: ['Icelandic'], PH: ['Filipino'], MY: ['Malaysian'], TH: ['Thai'],
  VN: ['Vietnamese'], ID: ['Indonesian'], EG: ['Egyptian'], NG: ['Nigerian'], KE: ['Kenyan'], CL: ['Chilean'], CO: ['Colombian'],
  PE: ['Peruvian'], AE: ['Emirati'], SA: ['Saudi'],
};

function words(name: string): string[] {
  return questionWords(name).map((word) => word.folded);
}

/** Intl's name in forms people type: "&" as "and" or left out, "St." as "Saint", a part in brackets or after a dash on its own. */
function forms(name: string): string[] {
  const found = [name, name.replace(/&/g, 'and'), name.replace(/\bSt\.\s/g, 'Saint ')];
  const bracket = /^(.*?)\s*\((.*)\)$/.exec(name);
  if (bracket) found.push(bracket[1] as string, bracket[2] as string);
  const sar = /^(.*) SAR China$/.exec(name);
  if (sar) found.push(sar[1] as string);
  return found;
}

/** By first word, longest first, so that "South Sudan" wins over "Sudan" and "Guinea-Bissau" over "Guinea". */
function byFirstWord(names: PlaceName[]): Map<string, PlaceName[]> {
  const index = new Map<string, PlaceName[]>();
  for (const name of names) {
    const first = name.words[0] as string;
    const list = index.get(first) ?? [];
    if (!list.some((other) => other.words.join(' ') === name.words.join(' '))) list.push(name);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

let names: Map<string, PlaceName[]> | undefined;
let demonyms: Map<string, PlaceName[]> | undefined;

/**
 * Every location's names (two-letter codes are read apart, see placePhrases.ts), indexed by first folded word.
 * "Congo" alone names two countries and is left out.
 * @example placeNames().get('united')?.map((n) => n.code) // ['US', 'GB', 'AE', 'US']
 */
export function placeNames(): Map<string, PlaceName[]> {
  if (names === undefined) {
    const english = new Intl.DisplayNames(['en'], { type: 'region' });
    const list: PlaceName[] = [];
    for (const code of usageLocationCodes()) {
      const all = [...forms(english.of(code) ?? code), ...(OTHER_NAMES[code] ?? [])];
      for (const name of all) {
        const folded = words(name);
        const isCode = folded.length === 1 && (folded[0] as string).length <= 2;
        if (folded.length > 0 && !isCode && folded.join(' ') !== 'congo') list.push({ words: folded, code });
      }
    }
    names = byFirstWord(list);
  }
  return names;
}

/**
 * Demonyms ("German", "South African"), indexed by first folded word; they name a location before a PEOPLE_NOUNS word.
 * @example demonymNames().get('german')?.[0]?.code // 'DE'
 */
export function demonymNames(): Map<string, PlaceName[]> {
  if (demonyms === undefined) {
    demonyms = byFirstWord(Object.entries(DEMONYMS).flatMap(([code, list]) => list.map((name) => ({ words: words(name), code }))));
  }
  return demonyms;
}
