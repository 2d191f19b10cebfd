/** TrackedRuns: stopping waits for the runs under way and tells them to start nothing new. */
import { TrackedRuns } from '../../src/domain/trackedRuns';

describe('TrackedRuns', () => {
  it('resolves stop() only once every run under way has settled, a failed one included', async () => {
    const runs = new TrackedRuns<string>();
    let finish: (value: string) => void = () => undefined;
    let fail: (error: Error) => void = () => undefined;
    const slow = runs.track(new Promise<string>((resolve) => (finish = resolve)));
    const failing = runs.track(new Promise<string>((_, reject) => (fail = reject)));
    failing.catch(() => undefined);
    let stopped = false;
    const stopping = runs.stop().then(() => (stopped = true));
    expect(runs.stopping).toBe(true);
    await Promise.resolve();
    expect(stopped).toBe(false);
    finish('done');
    fail(new Error('boom'));
    await stopping;
    expect(stopped).toBe(true);
    await expect(slow).resolves.toBe('done');
  });

  it('gives each run its own result and forgets it once settled', async () => {
    const runs = new TrackedRuns<number>();
    await expect(runs.track(Promise.resolve(7))).resolves.toBe(7);
    expect(runs.stopping).toBe(false);
    await runs.stop();
  });
});
