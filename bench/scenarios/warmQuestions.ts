/**
 * Scenario 12, warm questions: two bot instances (report services) sharing a report store on azurite
 * replay a year of questions — the soak's ranges, named periods, trends and the monthly summary —
 * for each way of cutting ranges into windows, cold (empty store) and warm (both restarted, store
 * kept), against today's code; then a closed period after a restart and button presses on the other instance.
 */
import { addDays, endOfMonth, type CalendarDate } from '../../src/domain/calendarDate';
import type { DateRange } from '../../src/domain/dateRange';
import { connectGraph, demoTenantConnection } from '../../src/graph/graphConnection';
import { reportWindows } from '../../src/graph/reportWindows';
import { reportCard } from '../../src/cards/reportCard';
import { reportRequest } from '../../src/domain/viewRequest';
import { isClosedWindow, monthWindows } from '../../src/report/monthWindows';
import { periodsOf } from '../../src/report/periods';
import { ReportService } from '../../src/report/reportService';
import { ReportWindowStore } from '../../src/storage/reportWindowStore';
import { WindowBlobs } from '../../src/storage/windowBlobs';
import { startAzurite } from '../../test/storage/azurite';
import { BENCH_NOW, ONE_YEAR } from '../benchClock';
import { UNPACED } from '../botPipeline';
import { progress } from '../childProcesses';
import { count, elapsedMs, median, ms, percentile } from '../figures';
import type { Table, Target } from '../results';
import { TenantProcess, type TenantAddress } from '../tenantProcess';
import type { Scenario } from './scenario';

const CLOSED_AFTER_HOURS = 72;
const YESTERDAY: CalendarDate = '2026-11-26';
const PRESSES = 200;

/** One thing asked: reports read (the question, a comparison's baseline…), a trend's periods, and whether a button follows on the other instance. */
interface Question {
  reports: DateRange[];
  trend?: DateRange;
  press?: boolean;
}

const utc = (first: CalendarDate, last: CalendarDate): DateRange => ({ first, last, timeZone: 'UTC' });

/** The soak's random generator (mulberry32), so the mix is the same in every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The soak's 40 ranges (scripts/soak.ts): ending 2–300 days ago, 60 % up to a month, 30 % up to 90 days, 10 % longer. */
function soakRanges(): DateRange[] {
  const random = seeded(18);
  return Array.from({ length: 40 }, () => {
    const roll = random();
    const length = roll < 0.6 ? 1 + Math.floor(random() * 31) : roll < 0.9 ? 32 + Math.floor(random() * 59) : 91 + Math.floor(random() * 275);
    const last = addDays(YESTERDAY, -1 - Math.floor(random() * 300));
    return utc(addDays(last, -(length - 1)), last);
  });
}

/** The mix, as the bot reads it on 27 Nov 2026: every third soak question and every named one followed by a button press. */
function questionMix(): Question[] {
  const named: Question[] = [
    { reports: [utc('2026-10-01', '2026-10-31')], press: true }, // last month, "October"
    { reports: [utc('2026-11-01', YESTERDAY)], press: true }, // this month
    { reports: [utc('2026-07-01', '2026-09-30')], press: true }, // last quarter, "Q3"
    { reports: [utc('2026-01-01', YESTERDAY)], press: true }, // this year
    { reports: [utc('2026-10-28', YESTERDAY)], press: true }, // last 30 days
    { reports: [ONE_YEAR], press: true }, // last 12 months
    { reports: [utc('2026-10-01', '2026-10-31'), utc('2025-10-01', '2025-10-31')] }, // October vs October last year
    // Trends: the report, the periods, and the trend's baseline (the same length before).
    { reports: [utc('2026-01-01', YESTERDAY)], trend: utc('2026-01-01', YESTERDAY) },
    { reports: [ONE_YEAR, utc('2024-11-01', '2025-10-31')], trend: ONE_YEAR },
    { reports: [utc('2026-07-01', '2026-09-30'), utc('2026-04-01', '2026-06-30')], trend: utc('2026-07-01', '2026-09-30') },
    // The monthly summary: the month, the month before, the same month last year.
    { reports: [utc('2026-10-01', '2026-10-31'), utc('2026-09-01', '2026-09-30'), utc('2025-10-01', '2025-10-31')] },
  ];
  const soak = soakRanges().map((range, index): Question => ({ reports: [range], press: index % 3 === 0 }));
  // Named questions are asked again through the day, between the soak's.
  return [...named, ...soak.slice(0, 20), ...named, ...soak.slice(20)];
}

/** ≤ 89-day windows from the range's first day (how today's code reads a range). */
function daysWindows(range: DateRange): DateRange[] {
  return reportWindows(range).map((w) => ({ first: w.first, last: w.last, timeZone: range.timeZone }));
}

/** Whole closed months as month windows; partial months and open windows joined into ≤ 89-day windows. */
function hybridWindows(range: DateRange): DateRange[] {
  const windows: DateRange[] = [];
  let run: DateRange | undefined;
  const flush = (): void => {
    if (run) windows.push(...daysWindows(run));
    run = undefined;
  };
  for (const window of monthWindows(range)) {
    const whole = window.first.endsWith('-01') && window.last === endOfMonth(window.first);
    if (whole && isClosedWindow(window, BENCH_NOW, CLOSED_AFTER_HOURS)) {
      flush();
      windows.push(window);
    } else run = run ? { ...run, last: window.last } : window;
  }
  flush();
  return windows;
}

interface Choice {
  name: string;
  windows: (range: DateRange) => DateRange[];
  /** false: today's code before the store (each instance's memory only). */
  stored: boolean;
}

const TODAY: Choice = { name: "today's code (≤ 89-day windows, memory only)", windows: daysWindows, stored: false };
const CHOICES: Choice[] = [
  { name: 'months', windows: monthWindows, stored: true },
  { name: '≤ 89-day windows', windows: daysWindows, stored: true },
  { name: 'hybrid (closed months + ≤ 89-day rest)', windows: hybridWindows, stored: true },
];

interface PassFigures {
  requests: number;
  pages: number;
  ms: number;
}

export const warmQuestions: Scenario = async ({ options }) => {
  // The mix reads thousands of windows per way of cutting: it runs at --users people (its requests
  // count windows, which do not depend on the people); the restart and the presses at --big-users.
  const users = options.users;
  const tenant = await TenantProcess.start({ users, pageLatencyMs: 0, throttling: 'off', historyYears: 3 });
  const big = await TenantProcess.start({ users: options.bigUsers, pageLatencyMs: 0, throttling: 'off', historyYears: 3 });
  const azurite = await startAzurite();
  try {
    const instance = (choice: Choice, namespace: string, on: TenantProcess = tenant): ReportService =>
      new ReportService(connectGraph({ ...demoTenantConnection(on.address as TenantAddress), ...UNPACED }), {
        cacheTtlMinutes: 60,
        cacheEntries: 50,
        clock: () => BENCH_NOW,
        windows: choice.windows,
        ...(choice.stored
          ? { store: { windows: new ReportWindowStore(new WindowBlobs(azurite.connectionString, 'state', 'reports/'), { namespace, maxBytes: 4096 * 1024 * 1024 }), closedAfterHours: CLOSED_AFTER_HOURS } }
          : {}),
      });
    const mix = questionMix();
    /** Both instances started afresh (a restart), then the mix: each question on one, its button on the other. */
    const pass = async (choice: Choice, namespace: string): Promise<PassFigures> => {
      const pair = [instance(choice, namespace), instance(choice, namespace)] as const;
      const before = await tenant.stats();
      const started = process.hrtime.bigint();
      for (const [index, question] of mix.entries()) {
        const asked = pair[index % 2] as ReportService;
        const other = pair[(index + 1) % 2] as ReportService;
        await Promise.all([
          ...question.reports.map((range) => asked.report(range)),
          ...(question.trend ? periodsOf(question.trend).map((period) => asked.merged(period.range)) : []),
        ]);
        if (question.press) await other.report(question.reports[0] as DateRange);
      }
      const wallMs = elapsedMs(started);
      const after = await tenant.stats();
      return { requests: after.reportRequests - before.reportRequests, pages: after.pagesServed - before.pagesServed, ms: wallMs };
    };

    const mixTable: Table = {
      title: `12. Warm questions: ${mix.length} questions over 12 months on two instances sharing azurite, ${count(users)} people`,
      columns: ['Windows', 'Cold: Graph requests', 'Cold: pages', 'Cold: wall time', 'Warm: Graph requests', 'Warm: pages', 'Warm: wall time'],
      rows: [],
      notes: [],
    };
    const figures = new Map<string, { cold: PassFigures; warm: PassFigures }>();
    for (const [index, choice] of [TODAY, ...CHOICES].entries()) {
      const namespace = `bench-${index}`;
      progress(`warm: ${choice.name}, cold`);
      const cold = await pass(choice, namespace);
      progress(`warm: ${choice.name}, warm`);
      const warm = await pass(choice, namespace);
      figures.set(choice.name, { cold, warm });
      mixTable.rows.push([choice.name, count(cold.requests), count(cold.pages), ms(cold.ms), count(warm.requests), count(warm.pages), ms(warm.ms)]);
    }
    const total = (name: string): number => {
      const f = figures.get(name) as { cold: PassFigures; warm: PassFigures };
      return f.cold.requests + f.warm.requests;
    };
    const fewest = [...CHOICES].sort((a, b) => total(a.name) - total(b.name))[0] as Choice;
    const chosen = CHOICES[0] as Choice; // production's: monthWindows
    const chosenWarm = (figures.get(chosen.name) as { warm: PassFigures }).warm.requests;
    const todayWarm = (figures.get(TODAY.name) as { warm: PassFigures }).warm.requests;

    // A closed period after a restart, at --big-users people: asked once (cold), then on new instances over the store.
    const quarter = utc('2026-07-01', '2026-09-30');
    progress(`warm: ${count(options.bigUsers)} people, the year and the quarter from Graph`);
    const firstAsked = process.hrtime.bigint();
    await instance(chosen, 'big', big).report(ONE_YEAR);
    const coldYearMs = elapsedMs(firstAsked);
    const month = utc('2026-10-01', '2026-10-31');
    const closedPeriods = [['year', ONE_YEAR], ['quarter', quarter], ['month', month]] as const;
    // Each asked once before (the year just now): a question asked again reads its kept merge.
    await instance(chosen, 'big', big).report(quarter);
    const restartTimes: Record<string, number[]> = { year: [], quarter: [], month: [] };
    const beforeRestart = await big.stats();
    for (let run = 0; run < options.runs; run += 1) {
      progress(`warm: closed periods after a restart, run ${run + 1} of ${options.runs}`);
      for (const [name, range] of closedPeriods) {
        const fresh = instance(chosen, 'big', big);
        const started = process.hrtime.bigint();
        await fresh.report(range);
        (restartTimes[name] as number[]).push(elapsedMs(started));
      }
    }
    const restartRequests = (await big.stats()).reportRequests - beforeRestart.reportRequests;

    // Button presses on the other instance: the report read from the store once, then from memory.
    progress(`warm: ${PRESSES} button presses on the other instance`);
    const other = instance(chosen, 'big', big);
    const pressTimes: number[] = [];
    const cardOptions = { locale: 'en-US', demoTenant: true, showNames: true };
    const beforePresses = await big.stats();
    for (let page = 0; page < PRESSES; page += 1) {
      const started = process.hrtime.bigint();
      const report = await other.report(quarter);
      const view = { ...reportRequest({ range: quarter, phrase: 'last quarter', clippedToToday: false, reachedPastToday: false }, { currency: 'USD' }), page: page % 100 };
      reportCard(report, view, cardOptions);
      pressTimes.push(elapsedMs(started));
    }
    const pressRequests = (await big.stats()).reportRequests - beforePresses.reportRequests;

    mixTable.notes?.push(
      `The mix: the soak's 40 random ranges (scripts/soak.ts: ending 2–300 days ago; 60 % up to a month, 30 % up to 90 days, 10 % up to a year), "last month", "this month", "last quarter", "this year", "last 30 days", "last 12 months", October against October last year, three trends (this year, last 12 months, last quarter: the report, its months and the baseline before it) and the monthly summary (October, September, October 2025); the named questions twice; ${mix.filter((q) => q.press).length} followed by a button press on the other instance. On 27 Nov 2026, windows closed ${CLOSED_AFTER_HOURS} h after their last day.`,
      'Each pass starts both instances afresh (a restart or deployment): cold with an empty store, warm with the store the cold pass filled. Today\'s code keeps reports in each instance\'s memory only, so its warm pass reads again. Requests and pages are counted by the demo tenant (its own process); the demo tenant\'s throttling and the bot\'s pacing are off (at Graph\'s 50 requests a minute the cold passes would take tens of minutes), so wall times measure reading and merging, not waiting.',
      `Fewest Graph requests over the mix, cold + warm: ${fewest.name}.`,
    );
    const restartTable: Table = {
      title: `12b. After a restart: a closed period from the store, and ${PRESSES} button presses on the other instance, ${count(options.bigUsers)} people`,
      columns: ['Question', 'Graph requests', 'Median', 'Max'],
      rows: [
        [`"last 12 months" (${ONE_YEAR.first} – ${ONE_YEAR.last}, 12 month windows) on a new instance`, String(restartRequests), ms(median(restartTimes.year as number[])), ms(Math.max(...(restartTimes.year as number[])))],
        ['"last quarter" (3 month windows) on a new instance', '', ms(median(restartTimes.quarter as number[])), ms(Math.max(...(restartTimes.quarter as number[])))],
        ['"last month" (1 month window) on a new instance', '', ms(median(restartTimes.month as number[])), ms(Math.max(...(restartTimes.month as number[])))],
        [`Button presses (report + card) on the other instance, p50 / p99`, String(pressRequests), `${ms(percentile(pressTimes, 50))} / ${ms(percentile(pressTimes, 99))}`, ms(Math.max(...pressTimes))],
      ],
      notes: [`The year asked first on an empty store (12 month windows from Graph, throttling and pacing off): ${ms(coldYearMs)}. Then ${options.runs} runs of each question, each on a newly started report service over the warm store (Graph requests: all runs together); the year and the quarter were asked once before, so each reads its kept merge (one object), the month its window. Presses: the first reads the quarter's kept merge from the store, the rest find the report in memory; each renders a page of the report card.`],
    };
    const yearMs = median(restartTimes.year as number[]);
    const slowestMs = Math.max(...closedPeriods.map(([name]) => median(restartTimes[name] as number[])));
    const targets: Target[] = [
      {
        scenario: '12. Closed period after a restart',
        target: '0 Graph requests, < 1 s',
        measured: `${restartRequests} requests, one year ${ms(yearMs)}, a quarter ${ms(median(restartTimes.quarter as number[]))}, a month ${ms(median(restartTimes.month as number[]))}`,
        holds: restartRequests === 0 && slowestMs < 1000,
      },
      {
        scenario: '12. The mix warm vs today\'s code',
        target: '≥ 10× fewer Graph requests',
        measured: `${count(chosenWarm)} vs ${count(todayWarm)} (${(todayWarm / Math.max(1, chosenWarm)).toFixed(1)}×)`,
        holds: todayWarm >= 10 * chosenWarm,
      },
      { scenario: '12. Button press on the other instance, p99', target: '< 100 ms', measured: `${ms(percentile(pressTimes, 99))}, ${pressRequests} requests`, holds: percentile(pressTimes, 99) < 100 && pressRequests === 0 },
    ];
    return { tables: [mixTable, restartTable], targets };
  } finally {
    await azurite.stop();
    await big.close();
    await tenant.close();
  }
};
