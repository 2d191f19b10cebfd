/** The example questions that help shows; each one is read as a question the bot answers, on any day (a test checks it). */

/**
 * Phrasings the reader certainly understands, in the order help lists them: a cost, a ranking with how many,
 * a person, a place with a destination, a comparison and a forecast.
 * @example EXAMPLE_QUESTIONS[0] // 'What did dial-out cost last month?'
 */
export const EXAMPLE_QUESTIONS: readonly string[] = [
  'What did dial-out cost last month?',
  'Top 5 spenders by calls this quarter',
  'How much did Nadia spend last month?',
  'International calls from Germany last quarter',
  'This month vs last month',
  'What will this month cost?',
];
