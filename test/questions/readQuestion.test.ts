import { readQuestion } from '../../src/questions/readQuestion';
import { NOW, ZONES, ask, contextAt } from './askAt';

// Friday 2026-11-27 is the same calendar day in all four zones at 10:00 UTC.
const REPORT_PHRASES: Array<[phrase: string, first: string, last: string, clipped: boolean]> = [
  ['last month', '2026-10-01', '2026-10-31', false],
  ['previous month', '2026-10-01', '2026-10-31', false],
  ['last calendar month', '2026-10-01', '2026-10-31', false],
  ['prior month', '2026-10-01', '2026-10-31', false],
  ['this month', '2026-11-01', '2026-11-27', true],
  ['current month', '2026-11-01', '2026-11-27', true],
  ['month to date', '2026-11-01', '2026-11-27', false],
  ['month-to-date', '2026-11-01', '2026-11-27', false],
  ['MTD', '2026-11-01', '2026-11-27', false],
  ['last quarter', '2026-07-01', '2026-09-30', false],
  ['previous quarter', '2026-07-01', '2026-09-30', false],
  ['this quarter', '2026-10-01', '2026-11-27', true],
  ['QTD', '2026-10-01', '2026-11-27', false],
  ['quarter to date', '2026-10-01', '2026-11-27', false],
  ['Q1', '2026-01-01', '2026-03-31', false],
  ['Q2', '2026-04-01', '2026-06-30', false],
  ['Q3', '2026-07-01', '2026-09-30', false],
  ['Q4', '2026-10-01', '2026-11-27', true],
  ['Q3 2025', '2025-07-01', '2025-09-30', false],
  ['Q3-2025', '2025-07-01', '2025-09-30', false],
  ['q3, 2025', '2025-07-01', '2025-09-30', false],
  ['2025 Q3', '2025-07-01', '2025-09-30', false],
  ['third quarter', '2026-07-01', '2026-09-30', false],
  ['3rd quarter of 2025', '2025-07-01', '2025-09-30', false],
  ['the first quarter of last year', '2025-01-01', '2025-03-31', false],
  ['Q2 last year', '2025-04-01', '2025-06-30', false],
  ['the last quarter of 2025', '2025-10-01', '2025-12-31', false],
  ['this year', '2026-01-01', '2026-11-27', true],
  ['YTD', '2026-01-01', '2026-11-27', false],
  ['year to date', '2026-01-01', '2026-11-27', false],
  ['last year', '2025-01-01', '2025-12-31', false],
  ['previous year', '2025-01-01', '2025-12-31', false],
  ['last calendar year', '2025-01-01', '2025-12-31', false],
  ['2025', '2025-01-01', '2025-12-31', false],
  ['in 2025', '2025-01-01', '2025-12-31', false],
  ['calendar year 2025', '2025-01-01', '2025-12-31', false],
  ['last 30 days', '2026-10-29', '2026-11-27', false],
  ['past 2 weeks', '2026-11-14', '2026-11-27', false],
  ['in the last 6 months', '2026-05-28', '2026-11-27', false],
  ['last 7 days', '2026-11-21', '2026-11-27', false],
  ['the last seven days', '2026-11-21', '2026-11-27', false],
  ['last 12 months', '2025-11-28', '2026-11-27', false],
  ['past 90 days', '2026-08-30', '2026-11-27', false],
  ['last 2 years', '2024-11-28', '2026-11-27', false],
  ['past month', '2026-10-28', '2026-11-27', false],
  ['past year', '2025-11-28', '2026-11-27', false],
  ['last week', '2026-11-16', '2026-11-22', false],
  ['previous week', '2026-11-16', '2026-11-22', false],
  ['this week', '2026-11-23', '2026-11-27', true],
  ['week to date', '2026-11-23', '2026-11-27', false],
  ['yesterday', '2026-11-26', '2026-11-26', false],
  ['today', '2026-11-27', '2026-11-27', false],
  ['Oct 3', '2026-10-03', '2026-10-03', false],
  ['3 October', '2026-10-03', '2026-10-03', false],
  ['the 3rd of October', '2026-10-03', '2026-10-03', false],
  ['October 3rd', '2026-10-03', '2026-10-03', false],
  ['sept. 5', '2026-09-05', '2026-09-05', false],
  ['2026-10-03', '2026-10-03', '2026-10-03', false],
  ['10/3', '2026-10-03', '2026-10-03', false],
  ['10/3/2025', '2025-10-03', '2025-10-03', false],
  ['Oct 3, 2025', '2025-10-03', '2025-10-03', false],
  ['October 3rd of 2025', '2025-10-03', '2025-10-03', false],
  ['December 25', '2025-12-25', '2025-12-25', false],
  ['Nov 27', '2026-11-27', '2026-11-27', false],
  ['Nov 28', '2025-11-28', '2025-11-28', false],
  ['Feb 29', '2024-02-29', '2024-02-29', false],
  ['may 3', '2026-05-03', '2026-05-03', false],
  ['October 3 at 5pm', '2026-10-03', '2026-10-03', false],
  ['October', '2026-10-01', '2026-10-31', false],
  ['Sept', '2026-09-01', '2026-09-30', false],
  ['Oct 2025', '2025-10-01', '2025-10-31', false],
  ['October of last year', '2025-10-01', '2025-10-31', false],
  ['last October', '2026-10-01', '2026-10-31', false],
  ['this October', '2026-10-01', '2026-10-31', false],
  ['December', '2025-12-01', '2025-12-31', false],
  ['November', '2026-11-01', '2026-11-27', true],
  ['2025-10', '2025-10-01', '2025-10-31', false],
  ['10/2025', '2025-10-01', '2025-10-31', false],
  ['oct-2025', '2025-10-01', '2025-10-31', false],
  ["Sep '25", '2025-09-01', '2025-09-30', false],
  ["Q3 '25", '2025-07-01', '2025-09-30', false],
  ['since October 1', '2026-10-01', '2026-11-27', false],
  ['since Q2', '2026-04-01', '2026-11-27', false],
  ['since last month', '2026-10-01', '2026-11-27', false],
  ['since 2026-01-15', '2026-01-15', '2026-11-27', false],
  ['since the start of October', '2026-10-01', '2026-11-27', false],
  ['from October', '2026-10-01', '2026-11-27', false],
  ['starting September', '2026-09-01', '2026-11-27', false],
  ['September to November', '2026-09-01', '2026-11-27', true],
  ['from Aug to Oct', '2026-08-01', '2026-10-31', false],
  ['Aug 1 to Oct 31', '2026-08-01', '2026-10-31', false],
  ['from Aug 1 to Oct 31', '2026-08-01', '2026-10-31', false],
  ['between Aug 1 and Oct 31', '2026-08-01', '2026-10-31', false],
  ['Aug 1 - Oct 31', '2026-08-01', '2026-10-31', false],
  ['Aug 1 – Oct 31', '2026-08-01', '2026-10-31', false],
  ['Aug 1 — Oct 31', '2026-08-01', '2026-10-31', false],
  ['Aug 1 through Oct 31', '2026-08-01', '2026-10-31', false],
  ['Aug 1 thru Oct 31', '2026-08-01', '2026-10-31', false],
  ['Aug 1 until Oct 31', '2026-08-01', '2026-10-31', false],
  ['Aug 1 till Oct 31', '2026-08-01', '2026-10-31', false],
  ['2026-08-01 to 2026-10-31', '2026-08-01', '2026-10-31', false],
  ['2026-08-01..2026-10-31', '2026-08-01', '2026-10-31', false],
  ['2026-08-01 - 2026-10-31', '2026-08-01', '2026-10-31', false],
  ['8/1 to 10/31', '2026-08-01', '2026-10-31', false],
  ['oct 1-3', '2026-10-01', '2026-10-03', false],
  ['5 to 7 October', '2026-10-05', '2026-10-07', false],
  ['Oct 1 to now', '2026-10-01', '2026-11-27', false],
  ['Oct 1 to today', '2026-10-01', '2026-11-27', false],
  ['Q1 2026 to Q2 2026', '2026-01-01', '2026-06-30', false],
  ['from Q2 to Q3', '2026-04-01', '2026-09-30', false],
  ['between 2024 and 2025', '2024-01-01', '2025-12-31', false],
  ['2025-2026', '2025-01-01', '2026-11-27', true],
  ['Dec 1 to Jan 10', '2025-12-01', '2026-01-10', false],
  ['Nov 15 to Jan 10', '2026-11-15', '2026-11-27', true],
  ['from Dec 1 to 2026-01-10', '2025-12-01', '2026-01-10', false],
  ['jan 10 to feb 10 2026', '2026-01-10', '2026-02-10', false],
];

describe('readQuestion: report phrases', () => {
  const cases = ZONES.flatMap((zone) => REPORT_PHRASES.map(([phrase, first, last, clipped]) => [zone, phrase, first, last, clipped] as const));

  it.each(cases)('in %s on 2026-11-27, “%s” is %s … %s (clipped: %s)', (zone, phrase, first, last, clipped) => {
    expect(ask(phrase, NOW, zone)).toEqual({ first, last, clipped });
  });

  it('reports the words that named the range, as written', () => {
    const question = readQuestion('Cost from Aug 1 to Oct 31, please', contextAt(NOW));
    expect(question).toEqual({
      kind: 'view',
      request: {
        view: 'report',
        range: { first: '2026-08-01', last: '2026-10-31', timeZone: 'UTC' },
        phrase: 'from Aug 1 to Oct 31',
        clippedToToday: false,
        reachedPastToday: false,
        filters: {},
        ranking: 'cost',
        page: 0,
      },
    });
  });

  it('gives the range in the zone it was read in', () => {
    const question = readQuestion('last month', contextAt(NOW, 'Asia/Kolkata'));
    expect(question.kind === 'view' && question.request.range.timeZone).toBe('Asia/Kolkata');
  });
});

// The day the user is in decides: the same instant can be different days in different zones.
const ZONE_EDGES: Array<[zone: string, now: string, phrase: string, first: string, last: string]> = [
  // Berlin is already Saturday the 28th at 23:30 UTC on the 27th; UTC is not.
  ['Europe/Berlin', '2026-11-27T23:30:00Z', 'today', '2026-11-28', '2026-11-28'],
  ['Europe/Berlin', '2026-11-27T23:30:00Z', 'yesterday', '2026-11-27', '2026-11-27'],
  ['Europe/Berlin', '2026-11-27T23:30:00Z', 'last 7 days', '2026-11-22', '2026-11-28'],
  ['Europe/Berlin', '2026-11-27T23:30:00Z', 'this week', '2026-11-23', '2026-11-28'],
  ['UTC', '2026-11-27T23:30:00Z', 'today', '2026-11-27', '2026-11-27'],
  // Clocks went back on Sunday 2026-10-25: "last week" spans the 25-hour day.
  ['Europe/Berlin', '2026-10-26T08:00:00Z', 'last week', '2026-10-19', '2026-10-25'],
  ['Europe/Berlin', '2026-10-26T08:00:00Z', 'yesterday', '2026-10-25', '2026-10-25'],
  ['Europe/Berlin', '2026-10-26T08:00:00Z', 'last 7 days', '2026-10-20', '2026-10-26'],
  ['Europe/Berlin', '2026-10-25T23:30:00Z', 'today', '2026-10-26', '2026-10-26'],
  // Clocks went forward on Sunday 2026-03-29: 22:30 UTC is already Monday 00:30 in Berlin.
  ['Europe/Berlin', '2026-03-29T22:30:00Z', 'yesterday', '2026-03-29', '2026-03-29'],
  ['Europe/Berlin', '2026-03-29T22:30:00Z', 'last week', '2026-03-23', '2026-03-29'],
  ['Europe/Berlin', '2026-03-29T22:30:00Z', 'last month', '2026-02-01', '2026-02-28'],
  // Los Angeles is still on the previous day for the first hours of a UTC day.
  ['America/Los_Angeles', '2026-11-27T05:00:00Z', 'today', '2026-11-26', '2026-11-26'],
  ['America/Los_Angeles', '2026-12-01T07:30:00Z', 'this month', '2026-11-01', '2026-11-30'],
  ['America/Los_Angeles', '2026-12-01T07:30:00Z', 'last month', '2026-10-01', '2026-10-31'],
  ['UTC', '2026-12-01T07:30:00Z', 'last month', '2026-11-01', '2026-11-30'],
  ['America/Los_Angeles', '2027-01-01T06:00:00Z', 'this year', '2026-01-01', '2026-12-31'],
  ['America/Los_Angeles', '2027-01-01T06:00:00Z', 'last year', '2025-01-01', '2025-12-31'],
  ['UTC', '2027-01-01T06:00:00Z', 'last year', '2026-01-01', '2026-12-31'],
  // Kolkata (UTC+5:30) is in the new year and quarter before UTC is.
  ['Asia/Kolkata', '2026-12-31T19:00:00Z', 'last month', '2026-12-01', '2026-12-31'],
  ['Asia/Kolkata', '2026-12-31T19:00:00Z', 'last quarter', '2026-10-01', '2026-12-31'],
  ['Asia/Kolkata', '2026-12-31T19:00:00Z', 'YTD', '2027-01-01', '2027-01-01'],
  ['Asia/Kolkata', '2026-09-30T18:29:00Z', 'this quarter', '2026-07-01', '2026-09-30'],
  ['Asia/Kolkata', '2026-09-30T18:30:00Z', 'this quarter', '2026-10-01', '2026-10-01'],
  ['Asia/Kolkata', '2026-09-30T18:30:00Z', 'last quarter', '2026-07-01', '2026-09-30'],
];

describe('readQuestion: the user’s time zone decides what today is', () => {
  it.each(ZONE_EDGES)('in %s at %s, “%s” is %s … %s', (zone, now, phrase, first, last) => {
    expect(ask(phrase, now, zone)).toMatchObject({ first, last });
  });
});

// Year boundaries and leap days, read in UTC.
const ROLLOVERS: Array<[now: string, phrase: string, first: string, last: string]> = [
  ['2026-01-15T12:00:00Z', 'last month', '2025-12-01', '2025-12-31'],
  ['2026-01-15T12:00:00Z', 'last quarter', '2025-10-01', '2025-12-31'],
  ['2026-01-15T12:00:00Z', 'this quarter', '2026-01-01', '2026-01-15'],
  ['2026-01-15T12:00:00Z', 'Q4', '2025-10-01', '2025-12-31'],
  ['2026-01-15T12:00:00Z', 'December', '2025-12-01', '2025-12-31'],
  ['2026-01-15T12:00:00Z', 'last December', '2025-12-01', '2025-12-31'],
  ['2026-01-15T12:00:00Z', 'Nov 15 to Jan 10', '2025-11-15', '2026-01-10'],
  ['2026-01-15T12:00:00Z', 'November to February', '2025-11-01', '2026-01-15'],
  ['2026-01-15T12:00:00Z', 'last 30 days', '2025-12-17', '2026-01-15'],
  ['2026-01-02T12:00:00Z', 'last week', '2025-12-22', '2025-12-28'],
  ['2026-01-02T12:00:00Z', 'this week', '2025-12-29', '2026-01-02'],
  ['2026-01-01T12:00:00Z', 'yesterday', '2025-12-31', '2025-12-31'],
  ['2026-10-15T12:00:00Z', 'last October', '2025-10-01', '2025-10-31'],
  ['2026-10-15T12:00:00Z', 'October', '2026-10-01', '2026-10-15'],
  ['2028-03-01T12:00:00Z', 'last month', '2028-02-01', '2028-02-29'],
  ['2028-03-01T12:00:00Z', 'yesterday', '2028-02-29', '2028-02-29'],
  ['2028-03-01T12:00:00Z', 'last 30 days', '2028-02-01', '2028-03-01'],
  ['2028-03-01T12:00:00Z', 'Feb 29', '2028-02-29', '2028-02-29'],
  ['2028-03-01T12:00:00Z', '2/29', '2028-02-29', '2028-02-29'],
  ['2028-03-01T12:00:00Z', 'February', '2028-02-01', '2028-02-29'],
  ['2028-03-31T12:00:00Z', 'past month', '2028-03-01', '2028-03-31'],
  ['2026-03-01T12:00:00Z', 'last month', '2026-02-01', '2026-02-28'],
  ['2026-03-01T12:00:00Z', 'Feb 29', '2024-02-29', '2024-02-29'],
  ['2026-05-31T12:00:00Z', 'last 3 months', '2026-03-01', '2026-05-31'],
  ['2026-03-31T12:00:00Z', 'last 1 month', '2026-03-01', '2026-03-31'],
];

describe('readQuestion: year boundaries and leap days', () => {
  it.each(ROLLOVERS)('on %s, “%s” is %s … %s', (now, phrase, first, last) => {
    expect(ask(phrase, now)).toMatchObject({ first, last });
  });
});

const EMBEDDED: Array<[question: string, phrase: string, first: string, last: string]> = [
  ['show me international dial-out spend for Q3 please', 'Q3', '2026-07-01', '2026-09-30'],
  ['What did dial-out cost last month?', 'last month', '2026-10-01', '2026-10-31'],
  ['Top 10 spenders last month', 'last month', '2026-10-01', '2026-10-31'],
  ['top 5 spenders in the past 90 days', 'past 90 days', '2026-08-30', '2026-11-27'],
  ['How much did we spend on calls in October?', 'October', '2026-10-01', '2026-10-31'],
  ['DIAL-OUT COST FOR Q3 2025!!!', 'Q3 2025', '2025-07-01', '2025-09-30'],
  ['  what   did\n dial-out\tcost   LAST   MONTH  ', 'LAST MONTH', '2026-10-01', '2026-10-31'],
  ['<p>Top spenders&nbsp;last&nbsp;month</p>', 'last month', '2026-10-01', '2026-10-31'],
  ['May I see the costs for last month?', 'last month', '2026-10-01', '2026-10-31'],
  ['costs in May', 'May', '2026-05-01', '2026-05-31'],
  ['international calls from Aug 1 to Oct 31 please', 'from Aug 1 to Oct 31', '2026-08-01', '2026-10-31'],
  ['who spent the most since the start of October?', 'since the start of October', '2026-10-01', '2026-11-27'],
  ['help: what did we spend yesterday', 'yesterday', '2026-11-26', '2026-11-26'],
  ['Hi! What did dial-out cost last month?', 'last month', '2026-10-01', '2026-10-31'],
  ['Dial-out costs - last month', 'last month', '2026-10-01', '2026-10-31'],
];

describe('readQuestion: date phrases inside longer questions', () => {
  it.each(EMBEDDED)('“%s” names “%s”: %s … %s', (text, phrase, first, last) => {
    const question = readQuestion(text, contextAt(NOW));
    expect(question.kind === 'view' && question.request).toMatchObject({ phrase, range: { first, last } });
  });
});

describe('readQuestion: a number beside the period is named, not dropped', () => {
  it('“2025 calls, last month” reads “last month” and names “2025” as not understood', () => {
    const question = readQuestion('2025 calls, last month', contextAt(NOW));
    expect(question).toEqual({ kind: 'notUnderstood', problem: expect.objectContaining({ reason: 'unknownWords' }) });
    expect(question.kind === 'notUnderstood' && question.problem.message).toBe("I didn't understand “2025”. I understood: last month. Ask again without those words, or rephrase them.");
  });
});

describe('readQuestion: help', () => {
  it.each([
    'help', 'Help!', 'HELP', '?', '??', 'what can you do', 'What can you do?', 'what can I ask',
    'hi', 'Hi!', 'hello', 'Hello there', 'hey', 'help please', 'commands', 'examples', 'can you help?',
    '', '   ', '\n\t', '<p></p>', '&nbsp;',
  ])('“%s” asks for help', (text) => {
    expect(ask(text)).toEqual({ kind: 'help' });
  });
});

describe('readQuestion: the server’s own time zone plays no part', () => {
  const phrases = ['Oct 3', '10/3', 'Feb 29', 'from Aug 1 to Oct 31', 'last week', 'December 25'];
  const inServerZone = (zone: string): unknown[] => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      return phrases.map((phrase) => ask(phrase, NOW, 'Asia/Kolkata'));
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  };

  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles'])('reads the same days on a server in %s as on one in UTC', (zone) => {
    expect(inServerZone(zone)).toEqual(inServerZone('UTC'));
  });
});
