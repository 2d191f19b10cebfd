/** Adds up the soak's outcomes and prints them as a Markdown table (the form docs/reliability.md keeps). */
import type { ProcessProbe } from './soakBot';
import type { Outcome } from './soakUsers';

export interface SoakFigures {
  command: string;
  seconds: number;
  users: number;
  outcomes: Outcome[];
  graph: { reportRequests: number; faultsApplied: number; tokenRequests: number; throttled: number };
  memory: { start: ProcessProbe; samples: ProcessProbe[]; end: ProcessProbe; afterClose: ProcessProbe };
  crashes: number;
  /** How often each event was logged at warn or error level by the bot (stderr). */
  errorEvents: Record<string, number>;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const share = (part: number, whole: number): string => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`);

/** The soak's figures as Markdown; `wrong` must be 0 for the soak to pass. */
export function soakMarkdown(figures: SoakFigures): string {
  const { outcomes } = figures;
  const count = (test: (outcome: Outcome) => boolean): number => outcomes.filter(test).length;
  const totals = outcomes.filter((o) => o.kind === 'question' || o.kind === 'button');
  const judged = (verdict: Outcome['verdict']): number => totals.filter((o) => o.verdict === verdict).length;
  const answered = count((o) => o.verdict !== 'noAnswer');
  const ms = outcomes.map((o) => o.ms);
  const totalMs = totals.map((o) => o.ms);
  const series = (pick: (sample: ProcessProbe) => number): string => figures.memory.samples.map((sample) => mb(pick(sample)).replace(' MB', '')).join(' → ');
  const rows: Array<[string, string]> = [
    ['Command', `\`${figures.command}\``],
    ['Duration, simulated users', `${figures.seconds} s, ${figures.users}`],
    ['Interactions (questions, page buttons, drill-down buttons, help, other)', `${outcomes.length} (${count((o) => o.kind === 'question')}, ${count((o) => o.kind === 'button')}, ${count((o) => o.kind === 'drilldown')}, ${count((o) => o.kind === 'help')}, ${count((o) => o.kind === 'noPeriod' || o.kind === 'hostile')})`],
    ['Answered', `${answered} (${share(answered, outcomes.length)})`],
    ['Totals asked for (questions + buttons)', String(totals.length)],
    ['… exact totals', `${judged('exact')} (${share(judged('exact'), totals.length)})`],
    ['… clear error card', `${judged('clearError')} (${share(judged('clearError'), totals.length)})`],
    ['… **wrong totals**', `**${judged('wrong')}**`],
    ['… other answer / no answer', `${judged('other')} / ${judged('noAnswer')}`],
    ['Drill-down views: answered / clear error / no answer', `${count((o) => o.kind === 'drilldown' && o.verdict === 'answered')} / ${count((o) => o.kind === 'drilldown' && o.verdict === 'clearError')} / ${count((o) => o.kind === 'drilldown' && o.verdict === 'noAnswer')}`],
    ['… delivered late (proactively, after the turn)', String(count((o) => o.late))],
    ['Latency, all interactions: p50 / p99', `${percentile(ms, 50)} ms / ${percentile(ms, 99)} ms`],
    ['Latency, totals: p50 / p99 / max', `${percentile(totalMs, 50)} ms / ${percentile(totalMs, 99)} ms / ${Math.max(0, ...totalMs)} ms`],
    ['Graph report requests, faults applied', `${figures.graph.reportRequests}, ${figures.graph.faultsApplied} (${share(figures.graph.faultsApplied, figures.graph.reportRequests + figures.graph.tokenRequests)})`],
    ['Token requests; requests refused by the tenant\'s rate limit', `${figures.graph.tokenRequests}; ${figures.graph.throttled}`],
    ['Bot RSS at start → end (after GC)', `${mb(figures.memory.start.rssBytes)} → ${mb(figures.memory.end.rssBytes)}`],
    ['Bot heap used at start → end (after GC)', `${mb(figures.memory.start.heapUsedBytes)} → ${mb(figures.memory.end.heapUsedBytes)}`],
    ['Bot heap used every 10 s (MB, after GC)', series((sample) => sample.heapUsedBytes)],
    ['Bot RSS every 10 s (MB)', series((sample) => sample.rssBytes)],
    ['Open handles at the end: serving → after close', `${figures.memory.end.activeHandles} → ${figures.memory.afterClose.activeHandles} (${figures.memory.afterClose.handleTypes.join(', ') || 'none'})`],
    ['5xx answers or bot crashes', String(figures.crashes)],
    ['Bot warnings and errors logged, by event', Object.entries(figures.errorEvents).sort(([, a], [, b]) => b - a).map(([event, n]) => `${event}: ${n}`).join('; ') || 'none'],
  ];
  return ['| Figure | Value |', '|---|---|', ...rows.map(([name, value]) => `| ${name} | ${value} |`)].join('\n');
}
