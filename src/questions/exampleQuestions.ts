/** The example questions that help shows; each one is read as a cost question on any day (a test checks it). */

/**
 * Phrasings the reader certainly understands, in the order help lists them.
 * @example EXAMPLE_QUESTIONS[0] // 'What did dial-out cost last month?'
 */
export const EXAMPLE_QUESTIONS: readonly string[] = [
  'What did dial-out cost last month?',
  'Top spenders this quarter',
  'Dial-out cost since October 1',
  'Cost from Aug 1 to Oct 31',
  'Last 30 days',
  'Year to date',
];
