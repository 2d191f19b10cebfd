/** Answers a forecast: the month or quarter so far and its projection, or a note when that period is no longer the current one. */
import { forecastCard } from '../../cards/forecastCard';
import { noticeCard } from '../../cards/noticeCard';
import { rangeText } from '../../cards/viewHeader';
import { todayIn } from '../../domain/calendarDate';
import type { ViewRequestOf } from '../../domain/viewRequest';
import { readForecastReports } from '../../report/forecastReports';
import { cardOrError, type ActionTurn, type CardActionServices, type CardAnswer } from './cardAction';

/**
 * The forecast card of the request's period, as of today in the period's zone. A forecast made earlier
 * whose period is over (a button pressed next month) gets a note, never a projection of the past.
 * @example forecastAnswer(forecastRequest(december), turn, services)
 */
export function forecastAnswer(request: ViewRequestOf<'forecast'>, turn: ActionTurn, services: CardActionServices): CardAnswer {
  const card = cardOrError(turn, 'forecast', async () => {
    const { range } = request;
    const today = todayIn(services.forecasts.clock(), range.timeZone);
    if (today < range.first || today > range.last) {
      const text = `${rangeText(range, turn.cardOptions.locale)} is not the current period any more. Ask “what will this month cost?” again.`;
      return noticeCard('This forecast is out of date', text, turn.cardOptions);
    }
    const span = range.first.slice(0, 7) === range.last.slice(0, 7) ? 'month' : 'quarter';
    // The budgets are the whole tenant's: a projection narrowed to a location or destination is not set against them.
    const narrowed = request.filters.country !== undefined || request.filters.destination !== undefined;
    const { budgets } = services.forecasts;
    const result = await readForecastReports(services.reports, range, today, narrowed ? [] : budgets, turn.admit);
    const budgetNote = narrowed && budgets.length > 0 ? 'leftOut' : !narrowed && budgets.length === 0 ? 'unset' : undefined;
    return forecastCard(result, request, span, budgetNote, turn.cardOptions);
  });
  return { kind: 'replace', card };
}
