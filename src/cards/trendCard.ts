/** The trend view: cost per period (partial periods drawn apart), the change against the period's calendar baseline, the biggest movers. */
import type { CalendarDate } from '../domain/calendarDate';
import { changePermille } from '../report/monthComparison';
import type { PeriodBaseline } from '../report/periodBaseline';
import type { PeriodicReport } from '../report/periodicReport';
import { moversSince } from '../report/periodMovers';
import type { Report } from '../report/report';
import type { ViewRequestOf } from '../domain/viewRequest';
import { backToSummary, countriesData, destinationsData, personData } from './actionButtons';
import { askedCurrency } from './askedCurrency';
import type { AdaptiveCardJson, CardOptions } from './cardModels';
import { chartMoney, niceAxis } from './chartValues';
import type { TrendCardData } from './drilldownModels';
import { formatCount, formatMinutes, formatMoney, formatPermille, resolveLocale } from './format';
import { baselineText } from './periodLabels';
import { personName } from './personName';
import { partialNote, trendPeriods } from './trendPeriods';
import { trendSeries } from './trendSeries';
import body from './templates/trendCard.json';
import { clippedQuestion, viewHeader } from './viewHeader';
import { viewCardRenderer } from './viewFrame';

const render = viewCardRenderer<TrendCardData>(body);

function signed(text: string, value: number): string {
  return value > 0 ? `+${text}` : text;
}

/** The baseline a trend is compared with (see periodBaseline) and its report. */
export interface TrendBaseline {
  baseline: PeriodBaseline;
  report: Report;
}

/**
 * The trend card of one currency as of `today`: `periodic` for the periods (a partial one is drawn apart and
 * labelled, see trendPeriods), `previous` for the range's calendar baseline (its total and its spenders, for
 * the change and the movers).
 * @example trendCard(report, periodic, { baseline: periodBaseline(report.range, today), report: before }, data, options, today)
 */
export function trendCard(
  report: Report,
  periodic: PeriodicReport,
  { baseline, report: previous }: TrendBaseline,
  data: ViewRequestOf<'trend'>,
  options: CardOptions,
  today: CalendarDate,
): AdaptiveCardJson {
  const locale = resolveLocale(options.locale);
  const question = clippedQuestion({ ...data, range: report.range });
  const currency = report.currencies.find((c) => c.currency === askedCurrency(report, data)) ?? report.currencies[0];
  const code = currency?.currency ?? askedCurrency(report, data);
  const before = previous.currencies.find((c) => c.currency === code);
  const money = (micros: number): string => formatMoney(micros, code, locale);
  const granularity = periodic.granularity;
  const periods = trendPeriods(periodic, code, today, locale);
  const trendTitle = `Cost per ${granularity} in ${code}`;
  const points = periods.map(({ axis, partial, figures }) => ({ x: axis, y: chartMoney(figures?.total.chargeMicros ?? 0, code), partial: partial !== undefined }));

  const now = currency?.total.chargeMicros ?? 0;
  const then = before?.total.chargeMicros ?? 0;
  const against = baselineText(baseline, locale);
  const permille = changePermille(now, then);
  const change =
    now === then
      ? `No change vs ${against}: ${money(now)}`
      : permille === null
        ? `${signed(money(now - then), now - then)} vs ${against}, which had no dial-out cost in ${code}`
        : `${signed(formatPermille(permille, locale), permille)} vs ${against}: ${money(then)} → ${money(now)}`;

  const moved = currency ? moversSince(currency, before) : [];
  const first = moved[0];
  return render({
    header: viewHeader('Dial-out cost trend', question, options, locale, data, report.fetchedAt),
    currency: code,
    isEmpty: currency === undefined,
    emptyText: 'No dial-out usage recorded in this range.',
    trendTitle,
    trendAxis: granularity === 'week' ? 'Week' : 'Month',
    trendChart: trendSeries(points, { legend: trendTitle, color: 'categoricalBlue', partialLegend: `Partial ${granularity}`, partialColor: 'categoricalLightBlue' }),
    trendMax: niceAxis(Math.max(0, ...points.map((point) => point.y))).max,
    partialNote: partialNote(periods, granularity),
    trendRows: periods.map(({ text, figures }) => ({
      period: text,
      calls: formatCount(figures?.total.calls ?? 0, locale),
      minutes: formatMinutes(figures?.total.seconds ?? 0, locale),
      cost: money(figures?.total.chargeMicros ?? 0),
    })),
    against: `Compared with ${against}`,
    change,
    moversTitle: `Biggest changes vs ${against}`,
    movers: options.showNames
      ? moved.map((m) => ({ title: personName(m, 40), value: `${signed(money(m.deltaMicros), m.deltaMicros)} (${money(m.previousMicros)} → ${money(m.currentMicros)})` }))
      : [],
    moversNote: options.showNames || moved.length === 0 ? '' : 'The people whose spend changed most are named in the bot\'s personal chat only.',
    pick:
      options.showNames && first
        ? [
            {
              inputId: 'userId',
              label: 'See one of them',
              choices: moved.map((m) => ({ title: personName(m, 40), value: m.userId.toLowerCase() })),
              value: first.userId.toLowerCase(),
              button: [{ title: 'Show person', data: personData(data, code, first.userId.toLowerCase()) }],
            },
          ]
        : [],
    actions: [
      { title: 'Destinations', data: destinationsData(data, code) },
      { title: 'Countries', data: countriesData(data, code) },
      backToSummary(data, code),
    ],
  });
}
