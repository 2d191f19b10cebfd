import { readForecast } from '../../src/questions/forecastPhrases';
import { questionText } from '../../src/questions/questionText';
import { ZONES, contextAt } from './askAt';

const DEC_4 = '2026-12-04T12:00:00Z';

type Short = { span: string; period: string } | { problem: string } | 'none';

function forecast(text: string, now = DEC_4, timeZone = 'UTC'): Short {
  const reading = readForecast(questionText(text), contextAt(now, timeZone));
  if (reading === undefined) return 'none';
  if (reading.kind === 'notUnderstood') return { problem: reading.problem.reason };
  if (reading.kind !== 'view' || reading.request.view !== 'forecast') throw new Error(`not a forecast: ${JSON.stringify(reading)}`);
  const { first, last } = reading.request.range;
  return { span: first.slice(0, 7) === last.slice(0, 7) ? 'month' : 'quarter', period: `${first}..${last}` };
}

const MONTH: Short = { span: 'month', period: '2026-12-01..2026-12-31' };
const QUARTER: Short = { span: 'quarter', period: '2026-10-01..2026-12-31' };

describe('readForecast', () => {
  const table: [string, Short][] = [
    ['what will this month cost?', MONTH],
    ['What will dial-out cost this month', MONTH],
    ['how much will we spend this month', MONTH],
    ['projected cost', MONTH],
    ['projected spend for December', MONTH],
    ['forecast', MONTH],
    ['Forecast this month please', MONTH],
    ['dial-out forecast MTD', MONTH],
    ['run rate', MONTH],
    ['what is our run-rate', MONTH],
    ['are we on track this month?', MONTH],
    ['on track for the budget?', MONTH],
    ['are we on track?', MONTH],
    ['budget', MONTH],
    ['Budgets', MONTH],
    ['how are we doing against budget', MONTH],
    ['how are we doing this month?', MONTH],
    ['budget this quarter', QUARTER],
    ['cost by end of month', MONTH],
    ['cost at the end of the month', MONTH],
    ['end-of-month projection', MONTH],
    ['what is this month going to cost', MONTH],
    ['forecast this quarter', QUARTER],
    ['projection for the quarter', QUARTER],
    ['what will Q4 cost', QUARTER],
    ['QTD run rate', QUARTER],
    ['cost by end of quarter', QUARTER],
    ['projected quarter-end spend', QUARTER],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(forecast(text)).toEqual(expected);
  });

  it.each([
    'what did dial-out cost last month?',
    'this month',
    'month to date',
    'top spenders this quarter',
    'help',
    'cost for the projector room last month',
    'trend over the last 6 months',
  ])('not a forecast: %s', (text) => {
    expect(forecast(text)).toBe('none');
  });

  it.each(['forecast last month', 'projected cost for October', 'run rate for 2025', 'what will next month cost', 'forecast Q3', 'forecast for the last 30 days'])(
    'refuses to project anything but the current month or quarter: %s',
    (text) => {
      expect(forecast(text)).toEqual({ problem: 'notForecastable' });
    },
  );

  it('says which period it cannot project', () => {
    const reading = readForecast('forecast last month', contextAt(DEC_4));
    expect(reading?.kind === 'notUnderstood' && reading.problem.message).toContain('“last month”');
  });

  it.each(ZONES)('%s: the month is the zone’s own month', (zone) => {
    const expected = zone === 'America/Los_Angeles' ? { span: 'month', period: '2026-11-01..2026-11-30' } : MONTH;
    expect(forecast('forecast', '2026-12-01T03:00:00Z', zone)).toEqual(expected);
  });
});
