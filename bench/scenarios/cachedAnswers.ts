/** Scenario 5, cached answers: paging invokes for a large report over real HTTP to the running bot, served from the report cache. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../../src/app';
import { cardSize, MAX_CARD_BYTES } from '../../src/cards/cardSize';
import { reportCard } from '../../src/cards/reportCard';
import { loadConfig } from '../../src/config';
import { connectGraph, demoTenantConnection } from '../../src/graph/graphConnection';
import { UNPACED } from '../botPipeline';
import type { DateRange } from '../../src/domain/dateRange';
import { reportRequest } from '../../src/domain/viewRequest';
import { ReportService } from '../../src/report/reportService';
import { cardAction, cardsIn, executeActions, message, post } from '../../test/helpers/botConversation';
import { BENCH_NOW } from '../benchClock';
import { progress } from '../childProcesses';
import { count, elapsedMs, median, ms, percentile } from '../figures';
import type { Table, Target } from '../results';
import type { Scenario } from './scenario';

const INVOKES = 300;
/** 90 days: one full window, about a hundred pages at 100,000 people. */
const QUESTION = 'cost from 2026-08-01 to 2026-10-29';
const P99_TARGET_MS = 50;
/** Typed questions on the cached period, each narrowed by usage location and/or destination. */
const FILTERS = ['international', 'domestic', 'German users,', 'people in France,', 'international calls by people in the US,', 'domestic UK'];
const FILTERED_QUESTIONS = 300;

export const cachedAnswers: Scenario = async ({ options }) => {
  const stateDir = mkdtempSync(join(tmpdir(), 'dialout-bench-state-'));
  const app = await startApp(loadConfig({ PORT: '0', STATE_DIR: stateDir }), {
    clock: () => BENCH_NOW,
    // Graph's limits lifted on both sides: this measures the cache, not the pacing.
    demoTenant: { users: options.bigUsers, now: () => BENCH_NOW, throttling: 'off' },
    graph: UNPACED,
  });
  try {
    progress(`cached: first answer for ${count(options.bigUsers)} people (from the demo tenant)`);
    const askedAt = process.hrtime.bigint();
    const first = await post(app.url, message(QUESTION));
    const firstAnswerMs = elapsedMs(askedAt);
    const card = cardsIn(first.body)[0];
    const next = executeActions(card).find((action) => action.title.startsWith('Next'));
    if (!next) throw new Error('the first answer has no "Next" button');
    const data = next.data as { range: DateRange; currency: string };
    const switchTo = executeActions(card).find((action) => action.title.startsWith('Show '));

    progress(`cached: ${INVOKES} paging invokes`);
    const times: number[] = [];
    let refused = 0;
    for (let i = 0; i < INVOKES; i += 1) {
      // Next pages through the list, with a currency switch every 25th press.
      const action = switchTo && i % 25 === 24 ? switchTo.data : { ...next.data, page: 1 + (i % 200) };
      const started = process.hrtime.bigint();
      const { status, body } = await post(app.url, cardAction(next.verb, action));
      times.push(elapsedMs(started));
      if (status !== 200 || body?.type !== 'application/vnd.microsoft.card.adaptive') refused += 1;
    }
    const tenant = app.demoTenant;
    if (!tenant) throw new Error('the bench expects the demo tenant');

    progress(`cached: ${FILTERED_QUESTIONS} filtered questions on the cached period`);
    // The first question of each filter narrows the cached report; the rest find that narrowing kept.
    const firstNarrowing: number[] = [];
    const filteredTimes: number[] = [];
    let filteredRefused = 0;
    const readsBefore = tenant.stats.reportRequests;
    for (let i = 0; i < FILTERED_QUESTIONS; i += 1) {
      const started = process.hrtime.bigint();
      const { status, body } = await post(app.url, message(`${FILTERS[i % FILTERS.length]} ${QUESTION}`));
      (i < FILTERS.length ? firstNarrowing : filteredTimes).push(elapsedMs(started));
      const answer = cardsIn(body)[0];
      if (status !== 200 || !answer || !JSON.stringify(answer).includes('Narrowed to')) filteredRefused += 1;
    }
    const filteredReads = tenant.stats.reportRequests - readsBefore;
    const filteredP99 = percentile([...firstNarrowing, ...filteredTimes], 99);

    progress('cached: card render time');
    const reports = new ReportService(
      connectGraph({ ...demoTenantConnection(tenant), ...UNPACED }),
      { cacheTtlMinutes: 60, cacheEntries: 1 },
    );
    const report = await reports.report(data.range);
    const people = report.currencies.find((c) => c.currency === data.currency)?.spenders.length ?? 0;
    const renders: number[] = [];
    const sizes: number[] = [];
    const cardOptions = { locale: 'en-US', demoTenant: true, showNames: true };
    for (let page = 0; page < 200; page += 1) {
      const view = { ...reportRequest({ range: data.range, phrase: QUESTION, clippedToToday: false, reachedPastToday: false }, { currency: data.currency }), page };
      const started = process.hrtime.bigint();
      const rendered = reportCard(report, view, cardOptions);
      renders.push(elapsedMs(started));
      sizes.push(cardSize(rendered));
    }
    const p50 = percentile(times, 50);
    const p99 = percentile(times, 99);
    const table: Table = {
      title: `5. Cached answers: "${QUESTION}" for ${count(options.bigUsers)} people (${count(people)} with usage in ${data.currency}), ${INVOKES} paging invokes`,
      columns: ['First answer (from Graph)', 'Invoke p50', 'Invoke p99', 'Invoke max', 'Card render (median)', 'Card render p99', 'Card size (largest)', 'Refused'],
      rows: [[ms(firstAnswerMs), ms(p50), ms(p99), ms(Math.max(...times)), ms(median(renders)), ms(percentile(renders, 99)), `${(Math.max(...sizes) / 1024).toFixed(1)} KB`, String(refused)]],
      notes: [
        'Invoke times are round trips of adaptiveCard/action (Action.Execute "Next", and a currency switch every 25th) over loopback HTTP to the running bot (startApp, restify, CloudAdapter, demo tenant in process), so they include the server time and are an upper bound of it.',
        `Card render: reportCard() for pages 1–200 of the same report; size: its JSON in UTF-8 (the limit is ${MAX_CARD_BYTES / 1024} KB). The bot has no drilldown verb yet: paging and currency switches are all its card actions.`,
      ],
    };
    const filteredTable: Table = {
      title: `5b. Filtered answers on the cached period: ${FILTERED_QUESTIONS} typed questions, ${FILTERS.length} filters (usage location, destination, both)`,
      columns: ['First narrowing (max of the 6)', 'Later p50', 'Later p99', 'p99 of all', 'Graph reads', 'Not narrowed or refused'],
      rows: [[ms(Math.max(...firstNarrowing)), ms(percentile(filteredTimes, 50)), ms(percentile(filteredTimes, 99)), ms(filteredP99), String(filteredReads), String(filteredRefused)]],
      notes: ['Round trips of a typed message (text read, report taken from the cache, narrowed exactly, card rendered) over loopback HTTP to the running bot.'],
    };
    const targets: Target[] = [
      {
        scenario: '5b. Filtered answer on a cached period, p99',
        target: `< ${P99_TARGET_MS} ms, no Graph read`,
        measured: `${ms(filteredP99)}, ${filteredReads} reads${filteredRefused ? ` (${filteredRefused} not narrowed!)` : ''}`,
        holds: filteredP99 < P99_TARGET_MS && filteredReads === 0 && filteredRefused === 0,
      },
      { scenario: '5. Cached answers, invoke p99', target: `< ${P99_TARGET_MS} ms`, measured: `${ms(p99)}${refused ? ` (${refused} refused!)` : ''}`, holds: p99 < P99_TARGET_MS && refused === 0 },
    ];
    return { tables: [table, filteredTable], targets };
  } finally {
    await app.close();
    rmSync(stateDir, { recursive: true, force: true });
  }
};
