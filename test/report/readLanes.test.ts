import { COMMON_LANE, LanesStoppedError, ReadLanes, type Asker } from '../../src/report/readLanes';

/** A read that ends when the test says so. */
function gate(): { work: () => Promise<string>; open: () => void; fail: () => void; started: () => boolean } {
  let begun = false;
  let open!: () => void;
  let fail!: () => void;
  const done = new Promise<string>((resolve, reject) => {
    open = () => resolve('read');
    fail = () => reject(new Error('Graph failed'));
  });
  return {
    work: () => {
      begun = true;
      return done;
    },
    open,
    fail,
    started: () => begun,
  };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('ReadLanes', () => {
  let asker: Asker | undefined;
  const queuedFor: string[] = [];
  const entered: string[] = [];
  const lanes = new ReadLanes({
    perLane: 2,
    asker: () => asker,
    enter: (lane, work) => {
      entered.push(lane);
      return work();
    },
  });
  const as = (lane: string): Asker => ({ lane, queued: () => queuedFor.push(lane) });

  beforeEach(() => {
    queuedFor.length = 0;
    entered.length = 0;
  });

  it("runs two reads of a person at once, queues the rest in order, and never holds up another person's", async () => {
    const reads = Array.from({ length: 4 }, gate);
    asker = as('a');
    const results = reads.map((read) => lanes.run(read.work));
    const other = gate();
    asker = as('b');
    const otherResult = lanes.run(other.work);
    await settle();
    expect(reads.map((read) => read.started())).toEqual([true, true, false, false]);
    expect(other.started()).toBe(true);
    expect(queuedFor).toEqual(['a', 'a']);

    reads[1]!.open();
    await settle();
    expect(reads.map((read) => read.started())).toEqual([true, true, true, false]);
    reads[0]!.fail(); // a failed read frees its place too
    await settle();
    expect(reads[3]!.started()).toBe(true);
    await expect(results[0]).rejects.toThrow('Graph failed');
    for (const read of reads.slice(2)) read.open();
    other.open();
    await expect(Promise.all([...results.slice(1), otherResult])).resolves.toEqual(['read', 'read', 'read', 'read']);
    expect(entered).toEqual(['a', 'a', 'b', 'a', 'a']);
  });

  it('starts work nobody asked for at once, in the common lane', async () => {
    asker = undefined;
    const reads = Array.from({ length: 3 }, gate);
    const results = reads.map((read) => lanes.run(read.work));
    expect(reads.every((read) => read.started())).toBe(true);
    expect(entered).toEqual([COMMON_LANE, COMMON_LANE, COMMON_LANE]);
    expect(queuedFor).toEqual([]);
    reads.forEach((read) => read.open());
    await Promise.all(results);
  });

  it('at shutdown refuses the reads still waiting and any asked for later, and lets running reads finish', async () => {
    const stopping = new ReadLanes({ perLane: 1, asker: () => as('a'), enter: (_lane, work) => work() });
    const running = gate();
    const waiting = gate();
    const first = stopping.run(running.work);
    const second = stopping.run(waiting.work);
    stopping.stop();
    await expect(second).rejects.toBeInstanceOf(LanesStoppedError);
    await expect(stopping.run(gate().work)).rejects.toBeInstanceOf(LanesStoppedError);
    running.open();
    await expect(first).resolves.toBe('read');
    expect(waiting.started()).toBe(false);
  });
});
