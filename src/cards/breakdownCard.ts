/** The breakdown view: cost per department, office, company, cost center or division (bar chart and table), each unit leading to its top spenders. */
import { ORG_DIMENSION_LABELS, orgUnitLabel, type OrgDirectory } from '../domain/organisation';
import type { ViewRequestOf } from '../domain/viewRequest';
import { orgBreakdown } from '../report/orgBreakdown';
import type { Report } from '../report/report';
import { backToSummary, breakdownData, BUTTON_TITLE_CHARS, chargebackData, orgUnitData } from './actionButtons';
import { askedCurrency } from './askedCurrency';
import type { ActionButtonData, AdaptiveCardJson, CardOptions, ViewHeaderData } from './cardModels';
import { clip } from './cardSize';
import { chartMoney } from './chartValues';
import { formatCount, formatMinutesShort, formatMoney, formatPermille, resolveLocale, sharePermille } from './format';
import { pageWindow } from './pagination';
import body from './templates/breakdownCard.json';
import { clippedQuestion, viewHeader } from './viewHeader';
import { viewCardRenderer } from './viewFrame';

/** Units per page: the chart stays readable and the card small. */
export const BREAKDOWN_PAGE_SIZE = 12;
/** Longest unit name shown (Entra allows 64 characters for a department). */
const UNIT_NAME_CHARS = 64;

/** `templates/breakdownCard.json`. */
export interface BreakdownCardData {
  header: ViewHeaderData;
  isEmpty: boolean;
  emptyText: string;
  totalText: string;
  showing: string;
  chartTitle: string;
  bars: Array<{ x: string; y: number }>;
  unitHeading: string;
  units: Array<{ unit: string; people: string; calls: string; minutes: string; cost: string; share: string }>;
  drillText: string;
  drill: ActionButtonData[];
  navigation: ActionButtonData[];
  actions: ActionButtonData[];
}

const render = viewCardRenderer<BreakdownCardData>(body);

/**
 * The breakdown card of one currency at `request.page`: every person of the report in exactly one row
 * (the people without a value and those no longer in the directory in "No department" etc.).
 * @example breakdownCard(report, directory, breakdownRequest(lastQuarter, 'department'), { locale: 'en-US', demoTenant: true, showNames: true })
 */
export function breakdownCard(report: Report, directory: OrgDirectory, request: ViewRequestOf<'breakdown'>, options: CardOptions): AdaptiveCardJson {
  const locale = resolveLocale(options.locale);
  const { dimension } = request;
  const label = ORG_DIMENSION_LABELS[dimension].one;
  const code = askedCurrency(report, request);
  const breakdown = orgBreakdown(report, directory, dimension).find((c) => c.currency === code);
  const rows = breakdown?.rows ?? [];
  const total = breakdown?.total.chargeMicros ?? 0;
  const money = (micros: number): string => formatMoney(micros, code, locale);
  const window = pageWindow(rows.length, request.page, BREAKDOWN_PAGE_SIZE, { one: label, many: `${label}s` }, locale);
  const shown = rows.slice(window.start, window.end);
  const name = (unitName: string): string => clip(orgUnitLabel({ dimension, name: unitName }), UNIT_NAME_CHARS);

  const navigation: ActionButtonData[] = [];
  if (window.hasPrevious) navigation.push({ title: 'Previous', data: { ...breakdownData(request, code, dimension), page: window.page - 1 } });
  if (window.hasNext) navigation.push({ title: 'Next', data: { ...breakdownData(request, code, dimension), page: window.page + 1 } });
  return render({
    header: viewHeader(`Dial-out costs by ${label}`, clippedQuestion({ ...request, range: report.range }), options, locale, request, report.fetchedAt),
    isEmpty: rows.length === 0,
    emptyText: 'No dial-out usage recorded in this range.',
    totalText: `Total ${money(total)} in ${code}`,
    showing: window.showing,
    chartTitle: `Cost by ${label} in ${code}`,
    // No round axis end (niceAxis): Chart.HorizontalBar has no axis maximum in Teams, which ticks the largest bar in sixths.
    bars: shown.map((row) => ({ x: name(row.name), y: chartMoney(row.usage.chargeMicros, code) })),
    unitHeading: label.charAt(0).toUpperCase() + label.slice(1),
    units: shown.map((row) => ({
      unit: name(row.name),
      people: formatCount(row.people, locale),
      calls: formatCount(row.usage.calls, locale),
      minutes: formatMinutesShort(row.usage.seconds, locale),
      cost: money(row.usage.chargeMicros),
      share: formatPermille(sharePermille(row.usage.chargeMicros, total), locale),
    })),
    drillText: options.showNames ? `The top spenders of a ${label}:` : `The totals of a ${label}:`,
    drill: shown.map((row) => ({ title: clip(name(row.name), BUTTON_TITLE_CHARS), data: orgUnitData(request, code, { dimension, name: row.name }) })),
    navigation,
    actions: [backToSummary(request, code), { title: 'Export chargeback', data: chargebackData(request) }],
  });
}
