/** The card for a question the bot could not read: why, in the user's terms, and what to ask instead. */
import type { QuestionProblem } from '../questions/question';
import type { AdaptiveCardJson, NotUnderstoodCardData } from './cardModels';
import { exampleButtons } from './helpCard';
import { cardRenderer } from './renderCard';
import template from './templates/notUnderstoodCard.json';

/** Each title names its reason; the message under it says what to ask instead (so the two never repeat each other). */
const TITLES: Record<QuestionProblem['reason'], string> = {
  messageTooLong: 'That message is too long',
  missing: 'Your question has no period',
  notEnglish: 'I understand questions in English',
  notInReport: 'The dial-out report does not hold that',
  unknownWords: "I didn't understand all of your question",
  incomplete: 'I need a little more',
  unknownPlace: "I don't know that place",
  oneAtATime: 'One at a time, please',
  unreadable: "I couldn't read those dates",
  vague: 'Those dates are not exact',
  severalPeriods: 'Your question has more than one period',
  oneSided: 'A comparison needs two periods',
  overlapping: 'Overlapping periods',
  notForecastable: 'That period cannot be forecast',
  future: 'That period has not happened yet',
  reversed: 'The dates are the wrong way round',
  tooLong: 'That period is too long',
};

const render = cardRenderer<NotUnderstoodCardData>(template);

/**
 * Explains `problem.message` under a title for its reason, with the examples as buttons that ask them.
 * @example notUnderstoodCard({ reason: 'missing', message: 'Tell me a period, like "last month".' }, examples)
 */
export function notUnderstoodCard(problem: QuestionProblem, examples: readonly string[]): AdaptiveCardJson {
  return render({ title: TITLES[problem.reason], message: problem.message, examples: exampleButtons(examples) });
}
