/** Every card verb with its schema and answer: the one table the bot dispatches button presses through. */
import type { CardActionData, CardVerb } from '../../cards/actionData';
import type { ActionTurn, CardAction, CardActionServices, CardAnswer } from './cardAction';
import { exportCsv } from './exportCsv';
import { openReport } from './openReport';
import { showCalls } from './showCalls';
import { showCountries } from './showCountries';
import { showCountry } from './showCountry';
import { showDestinations } from './showDestinations';
import { showPerson } from './showPerson';
import { showSpenders } from './showSpenders';
import { showTrend } from './showTrend';

type Registry = { [V in CardVerb]: CardAction<V> };

/** The verbs the bot answers, one entry per verb of CARD_VERBS (the type makes sure none is missing). */
export const CARD_ACTIONS: Registry = {
  showSpenders,
  openReport,
  showPerson,
  showCalls,
  showCountries,
  showCountry,
  showDestinations,
  showTrend,
  exportCsv,
};

/**
 * Answers a payload that `checkCardAction` accepted.
 * @example answerCardAction(check.data, turn, services)
 */
export function answerCardAction(data: CardActionData, turn: ActionTurn, services: CardActionServices): CardAnswer {
  const action = CARD_ACTIONS[data.verb] as CardAction<CardVerb>;
  return action.answer(data as never, turn, services);
}
