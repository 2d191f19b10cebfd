/** Scenario 9, reading questions: the reader's table (test/questions/questionTable.ts) read over and over, each reading timed on its own. */
import { readQuestion } from '../../src/questions/readQuestion';
import { NEGATIVES, TABLE } from '../../test/questions/questionTable';
import { progress } from '../childProcesses';
import { percentile } from '../figures';
import type { Table, Target } from '../results';
import type { Scenario } from './scenario';

const ROUNDS = 100;
/** Unmeasured rounds first: the first readings build the regular expressions' and Intl's caches and let the JIT settle. */
const WARM_UP_ROUNDS = 10;

/** Readings take microseconds: three decimals. */
const ms = (value: number): string => `${value.toFixed(3)} ms`;
const P99_TARGET_MS = 1;
/** The table's day: Friday 2026-11-27. */
const CONTEXT = { now: new Date('2026-11-27T10:00:00Z'), timeZone: 'Europe/Berlin', fiscalYearStartMonth: 7, maxRangeDays: 731 };

export const questionReading: Scenario = async () => {
  const questions = [...TABLE, ...NEGATIVES].map(([text]) => text);
  progress(`question reading: ${ROUNDS} rounds of ${questions.length} questions`);
  for (let round = 0; round < WARM_UP_ROUNDS; round += 1) for (const text of questions) readQuestion(text, CONTEXT);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const text of questions) {
      const started = process.hrtime.bigint();
      readQuestion(text, CONTEXT);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  const p99 = percentile(times, 99);
  const table: Table = {
    title: `9. Reading questions: the reader's table of ${questions.length} questions, ${ROUNDS} rounds`,
    columns: ['readings', 'p50', 'p99', 'max'],
    rows: [[String(times.length), ms(percentile(times, 50)), ms(p99), ms(Math.max(...times))]],
    notes: ['readQuestion alone (period, view, measure, how many, person, words the report does not hold, other languages, leftover words), in process.'],
  };
  const targets: Target[] = [{ scenario: '9. Reading a question, p99', target: `< ${P99_TARGET_MS} ms`, measured: ms(p99), holds: p99 < P99_TARGET_MS }];
  return { tables: [table], targets };
};
