/** The one "a few at a time, stop at the first failure" loop of Graph windows and report periods. */
import { runWorkerPool } from '../../src/domain/workerPool';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('runWorkerPool', () => {
  it('runs every item, at most `concurrency` at a time, taking them in order', async () => {
    const started: number[] = [];
    let running = 0;
    let most = 0;
    await runWorkerPool([10, 11, 12, 13, 14, 15, 16], 3, async (item, index) => {
      expect(item).toBe(10 + index);
      started.push(item);
      running += 1;
      most = Math.max(most, running);
      await tick();
      running -= 1;
    });
    expect(started).toEqual([10, 11, 12, 13, 14, 15, 16]);
    expect(most).toBe(3);
  });

  it('stops taking items at the first failure, tells the running tasks, and rejects with it once they end', async () => {
    const started: number[] = [];
    let sawStop = false;
    let slowEnded = false;
    const run = runWorkerPool([0, 1, 2, 3, 4, 5], 2, async (item, _index, stopped) => {
      started.push(item);
      if (item === 0) {
        while (!stopped()) await tick();
        sawStop = true;
        await tick();
        slowEnded = true;
        return;
      }
      await tick();
      throw new Error(`item ${item} failed`);
    });
    await expect(run).rejects.toThrow('item 1 failed');
    expect(started).toEqual([0, 1]);
    expect(sawStop).toBe(true);
    expect(slowEnded).toBe(true);
  });

  it('runs nothing for no items', async () => {
    const task = jest.fn(async () => undefined);
    await runWorkerPool([], 4, task);
    expect(task).not.toHaveBeenCalled();
  });
});
