/** The sentences an admin reads when words around the period cannot be answered: another language, unknown words, a view that needs more. */
import type { WordsProblem } from './question';
import { quoted } from './quoted';

const QUOTE_LIMIT = 40;

const quote = (words: string): string => quoted(words, QUOTE_LIMIT);

/**
 * A question in another language.
 * @example notEnglish(['What did dial-out cost last month?', 'Top 5 spenders this quarter']).message
 * // 'I understand questions in English only. Try “What did dial-out cost last month?” or “Top 5 spenders this quarter”.'
 */
export function notEnglish(examples: readonly [string, string]): WordsProblem {
  return { reason: 'notEnglish', message: `I understand questions in English only. Try ${quote(examples[0])} or ${quote(examples[1])}.` };
}

/**
 * Words no reader understood, with what was understood (nothing is answered: a narrower question never gets wider totals).
 * @example unknownWords(['last month'], ['frobnicate']).message
 * // 'I didn't understand “frobnicate”. I understood: last month. Ask again without those words, or rephrase them.'
 */
export function unknownWords(understood: readonly string[], unknown: readonly string[]): WordsProblem {
  const understoodText = understood.length > 0 ? ` I understood: ${understood.join(' · ')}.` : '';
  return {
    reason: 'unknownWords',
    message: `I didn't understand ${unknown.slice(0, 5).map(quote).join(', ')}.${understoodText} Ask again without those words, or rephrase them.`,
  };
}

/**
 * Two people named in one question.
 * @example severalPeople(['Nadia', 'Omar']).reason // 'incomplete'
 */
export function severalPeople(names: readonly string[]): WordsProblem {
  return { reason: 'incomplete', message: `I can show one person at a time, and found ${names.slice(0, 3).map(quote).join(' and ')}. Ask about each of them on their own.` };
}

/**
 * A person's calls asked for without the person.
 * @example callsWithoutPerson().reason // 'incomplete'
 */
export function callsWithoutPerson(): WordsProblem {
  return { reason: 'incomplete', message: 'Whose calls do you mean? Name the person, for example “calls of Nadia last month”.' };
}

/**
 * A view or ranking that cannot be combined with what else was asked.
 * @example notTogether('top 5', 'the monthly summary').message // 'I can't combine “top 5” with the monthly summary. …'
 */
export function notTogether(words: string, view: string): WordsProblem {
  return { reason: 'incomplete', message: `I can't combine ${quote(words)} with ${view}. Ask for one of them at a time.` };
}

/**
 * The monthly summary asked for a period that is not one whole, ended month.
 * @example summaryNeedsMonth('last week').reason // 'incomplete'
 */
export function summaryNeedsMonth(phrase: string): WordsProblem {
  return {
    reason: 'incomplete',
    message: `The monthly summary covers one whole month that has ended, and ${quote(phrase)} is not one. Ask, for example, “summary for last month” or “summary for October”.`,
  };
}
