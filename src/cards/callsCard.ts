/** The calls view: one person's individual dial-out calls from Graph's call log, a page at a time, checked against the report. */
import { addCharge, chargeText, type Charge } from '../domain/money';
import type { PstnCall } from '../graph/pstnCall';
import type { Report } from '../report/report';
import { spenderById } from '../report/spenderLookup';
import type { ViewRequestOf } from '../domain/viewRequest';
import { CALLS_PAGE_SIZE } from './actionData';
import { backToSummary, callsData, personData } from './actionButtons';
import { askedCurrency } from './askedCurrency';
import type { ActionButtonData, AdaptiveCardJson, CardOptions } from './cardModels';
import { clip } from './cardSize';
import type { CallsCardData } from './drilldownModels';
import { formatCount, formatMinutes, formatMoney, resolveLocale } from './format';
import { pageWindow } from './pagination';
import { personName } from './personName';
import body from './templates/callsCard.json';
import { clippedQuestion, viewHeader } from './viewHeader';
import { viewCardRenderer } from './viewFrame';

const render = viewCardRenderer<CallsCardData>(body);

/** "1:05:09" or "12:04": a call's length. */
function duration(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

function sum(calls: PstnCall[]): { seconds: number; byCurrency: Map<string, Charge> } {
  const byCurrency = new Map<string, Charge>();
  let seconds = 0;
  for (const call of calls) {
    seconds += call.durationSeconds;
    let charge = byCurrency.get(call.currency);
    if (charge === undefined) byCurrency.set(call.currency, (charge = { chargeMicros: 0 }));
    addCharge(charge, call);
  }
  return { seconds, byCurrency };
}

/**
 * The calls card at `data.page` (brought into range). The totals line says whether the calls add up
 * to the person's rows of the dial-out report for the same range.
 * @example callsCard(report, calls, data, { locale: 'en-US', demoTenant: true, showNames: true })
 */
export function callsCard(report: Report, calls: PstnCall[], data: ViewRequestOf<'calls'>, options: CardOptions): AdaptiveCardJson {
  const locale = resolveLocale(options.locale);
  const question = clippedQuestion({ ...data, range: report.range });
  const asked = askedCurrency(report, data);
  const currency = report.currencies.find((c) => c.currency === asked);
  const spender = currency ? spenderById(currency, data.filters.userId) : undefined;
  const window = pageWindow(calls.length, data.page, CALLS_PAGE_SIZE, { one: 'call', many: 'calls' }, locale);
  const shown = calls.slice(window.start, window.end);
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: report.range.timeZone });
  const totals = sum(calls);
  const charged = [...totals.byCurrency].map(([code, charge]) => formatMoney(charge, code, locale)).join(' + ') || formatMoney(0, asked, locale);

  const inReport = spender ? { calls: spender.calls, seconds: spender.seconds, charge: spender } : undefined;
  const sameCurrency = totals.byCurrency.size <= 1 && (totals.byCurrency.size === 0 || totals.byCurrency.has(asked));
  const matches =
    inReport !== undefined && sameCurrency && inReport.calls === calls.length && inReport.seconds === totals.seconds && chargeText(inReport.charge) === chargeText(totals.byCurrency.get(asked) ?? { chargeMicros: 0 });
  const check = inReport === undefined
    ? 'The dial-out report has no usage by this person in this currency and range.'
    : matches
      ? 'These calls add up exactly to this person\'s rows in the dial-out report.'
      : `The dial-out report shows ${formatCount(inReport.calls, locale)} calls, ${formatMinutes(inReport.seconds, locale)} minutes and ${formatMoney(inReport.charge, asked, locale)} for this person; Graph's call log lists the calls above.`;

  const navigation: ActionButtonData[] = [];
  if (window.hasPrevious) navigation.push({ title: 'Previous', data: callsData(data, asked, data.filters.userId, window.page - 1) });
  if (window.hasNext) navigation.push({ title: `Next ${window.nextCount}`, data: callsData(data, asked, data.filters.userId, window.page + 1) });

  return render({
    header: viewHeader('Dial-out calls of one person', question, options, locale, data, report.fetchedAt),
    name: spender ? personName(spender, 80) : 'This person',
    showing: window.showing,
    totals: [
      { title: 'Calls', value: formatCount(calls.length, locale) },
      { title: 'Minutes', value: formatMinutes(totals.seconds, locale) },
      { title: 'Charged', value: charged },
    ],
    check,
    hasCalls: shown.length > 0,
    emptyText: 'Graph\'s call log has no conference dial-out calls by this person in this range.',
    calls: shown.map((call) => ({
      start: time.format(Date.parse(call.startDateTime)),
      destination: clip([call.destinationName, call.destinationContext].filter((part) => part !== '').join(' · ') || '–', 60),
      duration: duration(call.durationSeconds),
      charge: call.hasCharge ? formatMoney(call, call.currency, locale) : '–',
    })),
    actions: [...navigation, { title: 'Back to person', data: personData(data, asked, data.filters.userId) }, backToSummary(data, asked)],
  });
}
