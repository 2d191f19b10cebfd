/** One page of one currency's top spenders, and the buttons that page or switch currency. */
import { MAX_LISTED, type Ranking, type ViewRequest } from '../domain/viewRequest';
import { rankedSpenders } from '../report/rankings';
import type { CurrencyReport, Spender } from '../report/report';
import { SPENDERS_PAGE_SIZE } from './actionData';
import { reportData } from './actionButtons';
import type { SpenderRowData, ActionButtonData } from './cardModels';
import { clip } from './cardSize';
import { formatCount, formatMinutesShort, formatMoney } from './format';
import { pageWindow } from './pagination';
import { listedUpn, personName } from './personName';

const MAX_NAME_CHARS = 40;
const MAX_COUNTRIES_SHOWN = 4;

/** The rows and navigation of one page, with its "Showing …" line. */
export interface SpendersPage {
  /** The people of the page, in rank order (the rows are theirs). */
  people: Spender[];
  /** The first of the whole ranking (the #1 spender): every page's chart is drawn to its scale. */
  leader: Spender | undefined;
  rows: SpenderRowData[];
  showing: string;
  navigation: ActionButtonData[];
}

function countries(codes: readonly string[]): string {
  const known = codes.filter((code) => code !== '');
  if (known.length === 0) return '–';
  const shown = known.slice(0, MAX_COUNTRIES_SHOWN).map((code) => clip(code, 3));
  const more = known.length - shown.length;
  return more > 0 ? `${shown.join(', ')} +${more}` : shown.join(', ');
}

function row(spender: Spender, rank: number, currency: string, locale: string): SpenderRowData {
  return {
    rank: formatCount(rank, locale),
    name: personName(spender, MAX_NAME_CHARS, { upnShownBeside: true }),
    upn: listedUpn(spender.userPrincipalName),
    countries: countries(spender.countries),
    calls: formatCount(spender.calls, locale),
    minutes: formatMinutesShort(spender.seconds, locale),
    cost: formatMoney(spender.chargeMicros, currency, locale),
  };
}

/** The top `limit` people, one list without pages; past MAX_LISTED it lists that many and says so. */
function topList(ranked: Spender[], limit: number, currency: string, locale: string): SpendersPage {
  const slice = ranked.slice(0, Math.min(limit, MAX_LISTED));
  const of = `${formatCount(ranked.length, locale)} ${ranked.length === 1 ? 'person' : 'people'}`;
  const capped = limit > MAX_LISTED ? ` You asked for the top ${formatCount(limit, locale)}; I list at most ${MAX_LISTED}.` : '';
  return {
    people: slice,
    leader: ranked[0],
    rows: slice.map((spender, i) => row(spender, i + 1, currency, locale)),
    showing: `Top ${formatCount(slice.length, locale)} of ${of}.${capped}`,
    navigation: [],
  };
}

/**
 * Page `page` (brought into range) of the currency's spenders in `ranking` order, ranked from 1 over the whole list;
 * with the request's `limit` ("top 5"), the top of the list instead, without pages.
 * @example spendersPage(usd, 1, 'cost', request, 'en-US').showing // 'Showing 11–20 of 523 people'
 */
export function spendersPage(
  report: CurrencyReport,
  page: number,
  ranking: Ranking,
  request: ViewRequest,
  locale: string,
): SpendersPage {
  const ranked = rankedSpenders(report, ranking);
  if (request.limit !== undefined) return topList(ranked, request.limit, report.currency, locale);
  const total = ranked.length;
  const window = pageWindow(total, page, SPENDERS_PAGE_SIZE, { one: 'person', many: 'people' }, locale);
  const slice = ranked.slice(window.start, window.end);
  const rows = slice.map((spender, i) => row(spender, window.start + i + 1, report.currency, locale));

  // The report card's own wording ("Showing 11–20 of 523 people"), from the same window.
  const [from, to, of] = [window.start + 1, window.end, total].map((n) => formatCount(n, locale));
  const people = total === 1 ? 'person' : 'people';
  const showing = slice.length === 1 ? `Showing ${from} of ${of} ${people}` : `Showing ${from}–${to} of ${of} ${people}`;

  const navigation: ActionButtonData[] = [];
  if (window.hasPrevious) navigation.push({ title: 'Previous', data: reportData(request, report.currency, window.page - 1, ranking) });
  if (window.hasNext) navigation.push({ title: `Next ${window.nextCount}`, data: reportData(request, report.currency, window.page + 1, ranking) });
  return { people: slice, leader: ranked[0], rows, showing, navigation };
}
