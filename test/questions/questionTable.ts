/** The reader's table: questions (subjects × periods × phrasings × noise words, and look-alikes) with what each asks, as read on Friday 2026-11-27. Shared by the reader's test and its benchmark. */
import type { Question } from '../../src/questions/question';

/** What the test compares: the request in short, or the problem's reason. */
export function short(question: Question): string {
  if (question.kind === 'help') return 'help';
  if (question.kind === 'notUnderstood') return `problem:${question.problem.reason}`;
  const { request, person } = question;
  const parts = [request.view, `${request.range.first}..${request.range.last}`];
  if (request.ranking !== 'cost') parts.push(`by ${request.ranking}`);
  if (request.limit !== undefined) parts.push(`top ${request.limit}`);
  const { country, destination, currency } = request.filters;
  if (country !== undefined) parts.push(`in:${country}`);
  if (destination !== undefined) parts.push(destination);
  if (currency !== undefined) parts.push(currency);
  if (person) parts.push(`${person.alsoPlace ? 'or ' : ''}${person.view}:${person.name}`);
  return parts.join(' ');
}

/** Periods on Friday 2026-11-27 and their days. */
const PERIODS: Array<[phrase: string, days: string]> = [
  ['last month', '2026-10-01..2026-10-31'],
  ['in October', '2026-10-01..2026-10-31'],
  ['this quarter', '2026-10-01..2026-11-27'],
  ['last week', '2026-11-16..2026-11-22'],
  ['since Sep 1', '2026-09-01..2026-11-27'],
];

/** Subjects in several phrasings, each with what it asks for (`@` stands for the period's days). */
const SUBJECTS: Array<[question: (period: string) => string, expected: string]> = [
  [(p) => `what did dial-out cost ${p}?`, 'report @'],
  [(p) => `top 5 spenders ${p}`, 'report @ top 5'],
  [(p) => `Top 20 spenders ${p}`, 'report @ top 20'],
  [(p) => `the biggest 3 spenders ${p}`, 'report @ top 3'],
  [(p) => `top five users ${p}`, 'report @ top 5'],
  [(p) => `who made the most calls ${p}`, 'report @ by calls'],
  [(p) => `longest calls ${p}`, 'report @ by minutes'],
  [(p) => `who had the most minutes ${p}`, 'report @ by minutes'],
  [(p) => `top 5 by calls ${p}`, 'report @ by calls top 5'],
  [(p) => `top 100 spenders ${p}`, 'report @ top 100'],
  [(p) => `how much did Nadia O'Brien spend ${p}?`, "report @ person:Nadia O'Brien"],
  [(p) => `how much did Nadia spend ${p}`, 'report @ person:Nadia'],
  [(p) => `cost of nadia.obrien@contoso.com ${p}`, 'report @ person:nadia.obrien@contoso.com'],
  [(p) => `calls of Sofía García ${p}`, 'report @ calls:Sofía García'],
  [(p) => `Nadia’s calls ${p}`, 'report @ person:Nadia'],
  [(p) => `trend ${p}`, 'trend @'],
  [(p) => `cost over time ${p}`, 'trend @'],
  [(p) => `month by month ${p}`, 'trend @'],
  [(p) => `cost by country ${p}`, 'countries @'],
  [(p) => `spend per country ${p}`, 'countries @'],
  [(p) => `domestic vs international ${p}`, 'destinations @'],
  [(p) => `cost by destination ${p}`, 'destinations @'],
  [(p) => `export ${p}`, 'export @'],
  [(p) => `download a CSV of ${p}`, 'export @'],
  [(p) => `cost by business unit ${p}`, 'problem:notInReport'],
  [(p) => `spend per team ${p}`, 'problem:notInReport'],
  [(p) => `cost by team ${p}`, 'problem:notInReport'],
  [(p) => `cost per meeting ${p}`, 'problem:notInReport'],
  [(p) => `to which country did we call ${p}`, 'problem:notInReport'],
  [(p) => `Communications Credits balance ${p}`, 'problem:notInReport'],
  [(p) => `cost of frobnication ${p}`, 'problem:unknownWords'],
  [(p) => `calls ${p} xyzzy`, 'problem:unknownWords'],
  [(p) => `list of calls ${p}`, 'problem:incomplete'],
  [(p) => `top 5 trend ${p}`, 'problem:incomplete'],
  [(p) => `Nadia and Omar ${p}`, 'problem:incomplete'],
];

/** Words that ask for nothing more, around any question. */
const NOISE: Array<(question: string) => string> = [(q) => q, (q) => `please ${q}`, (q) => `Hi, can you show me ${q}`];

export const TABLE: Array<[string, string]> = SUBJECTS.flatMap(([question, expected]) =>
  PERIODS.flatMap(([phrase, days], i) =>
    // Each subject with every period, and with one of the noise phrasings in turn.
    [[NOISE[i % NOISE.length]!(question(phrase)), expected.replace('@', days)] as [string, string]],
  ),
);

export const NEGATIVES: Array<[string, string]> = [
  // Month names are periods, not people.
  ['cost in March', 'report 2026-03-01..2026-03-31'],
  ['March spend', 'report 2026-03-01..2026-03-31'],
  ['costs in May', 'report 2026-05-01..2026-05-31'],
  ['May I see the costs for last month?', 'report 2026-10-01..2026-10-31'],
  ['June top spenders', 'report 2026-06-01..2026-06-30'],
  ['how much in June?', 'report 2026-06-01..2026-06-30'],
  ['top 5 spenders in August', 'report 2026-08-01..2026-08-31 top 5'],
  // A lone country's name narrows to that usage location, or names someone: asked when the period's report has such a person.
  ['how much did Jordan spend last month', 'report 2026-10-01..2026-10-31 in:JO or person:Jordan'],
  ['Georgia last month', 'report 2026-10-01..2026-10-31 in:GE or person:Georgia'],
  ['cost for Chad in October', 'report 2026-10-01..2026-10-31 in:TD or person:Chad'],
  // After "in" or "from", and as a code, it is the place only.
  ['cost in Jordan last month', 'report 2026-10-01..2026-10-31 in:JO'],
  ['people from Georgia last month', 'report 2026-10-01..2026-10-31 in:GE'],
  ['JO last month', 'report 2026-10-01..2026-10-31 in:JO'],
  // A full name is a person, even when its first word is a country.
  ['how much did Jordan Smith spend last month', 'report 2026-10-01..2026-10-31 person:Jordan Smith'],
  ['Georgia Brown last month', 'report 2026-10-01..2026-10-31 person:Georgia Brown'],
  ['Chad Wilson calls in October', 'report 2026-10-01..2026-10-31 person:Chad Wilson'],
  ['calls of chad.wilson@contoso.com last week', 'report 2026-11-16..2026-11-22 calls:chad.wilson@contoso.com'],
  // Counts of days are periods, not "top N".
  ['top spenders in the last 30 days', 'report 2026-10-29..2026-11-27'],
  ['top 3 spenders in the past 90 days', 'report 2026-08-30..2026-11-27 top 3'],
  ['the top 1 spender last month', 'report 2026-10-01..2026-10-31 top 1'],
  ['top 0 spenders last month', 'problem:unknownWords'],
  // "Teams" the product is not a team.
  ['Microsoft Teams dial-out cost last month', 'report 2026-10-01..2026-10-31'],
  // The summary of a whole month that has ended.
  ['summary for October', 'summary 2026-10-01..2026-10-31'],
  ['monthly summary last month', 'summary 2026-10-01..2026-10-31'],
  ['summary for this month', 'problem:incomplete'],
  ['summary last week', 'problem:incomplete'],
  // Another language.
  ['Wie viel haben wir letzten Monat ausgegeben?', 'problem:notEnglish'],
  ['Combien avons-nous dépensé le mois dernier ?', 'problem:notEnglish'],
  ['¿Cuánto hemos gastado el mes pasado?', 'problem:notEnglish'],
  ['先月の費用は？', 'problem:notEnglish'],
  // English with a foreign name stays English.
  ['How much did Lukas Müller spend last month?', 'report 2026-10-01..2026-10-31 person:Lukas Müller'],
  // No period keeps "Which period?".
  ['top 5 spenders', 'problem:missing'],
  ['how much did Nadia spend', 'problem:missing'],
  ['cost by department', 'problem:missing'],
  // A time of day is read as its day.
  ['October 3 at 5pm', 'report 2026-10-03..2026-10-03'],
];

