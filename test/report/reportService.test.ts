/** The report service's reads in lanes: a queued read is nobody else's to join, and looks again when its turn comes. */
import type { DateRange } from '../../src/domain/dateRange';
import type { ReadSummary } from '../../src/graph/dialoutReport';
import { ReadLanes, type Asker } from '../../src/report/readLanes';
import { ReportService, type RowSource } from '../../src/report/reportService';

const SEPTEMBER: DateRange = { first: '2026-09-01', last: '2026-09-30', timeZone: 'UTC' };
const OCTOBER: DateRange = { first: '2026-10-01', last: '2026-10-31', timeZone: 'UTC' };

/** A row source whose reads end when the test says so; it notes which ranges it was asked for. */
function gatedSource(): RowSource & { asked: string[]; finish: (first: string) => void } {
  const asked: string[] = [];
  const pending = new Map<string, () => void>();
  return {
    asked,
    read: (range) => {
      asked.push(range.first);
      return new Promise<ReadSummary>((resolve) => pending.set(range.first, () => resolve({ rows: 0, pages: 1 })));
    },
    finish: (first) => pending.get(first)?.(),
  };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('ReportService in lanes', () => {
  it("reads at once for another person rather than join a read queued in someone's lane, and the queued read then finds it kept", async () => {
    let asker: Asker | undefined;
    const as = (lane: string): Asker => ({ lane, queued: () => undefined });
    const lanes = new ReadLanes({ perLane: 1, asker: () => asker, enter: (_lane, work) => work() });
    const source = gatedSource();
    const service = new ReportService(source, { cacheTtlMinutes: 60, cacheEntries: 10, lanes, clock: () => new Date('2026-11-27T10:00:00Z') });
    let admitted = 0;
    const admit = (): void => {
      admitted += 1;
    };

    asker = as('heavy');
    const september = service.report(SEPTEMBER, admit);
    const queuedOctober = service.report(OCTOBER, admit);
    await settle();
    expect(source.asked).toEqual(['2026-09-01']);

    asker = as('other');
    const otherOctober = service.report(OCTOBER, admit);
    await settle();
    expect(source.asked).toEqual(['2026-09-01', '2026-10-01']);
    const joined = service.report(OCTOBER, admit);
    expect(admitted).toBe(3);

    source.finish('2026-10-01');
    const report = await otherOctober;
    expect(report.range).toEqual(OCTOBER);
    await expect(joined).resolves.toBe(report);

    source.finish('2026-09-01');
    await september;
    await expect(queuedOctober).resolves.toBe(report);
    expect(source.asked).toEqual(['2026-09-01', '2026-10-01']);
  });
});
