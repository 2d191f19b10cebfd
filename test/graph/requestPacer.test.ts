import { RequestPacer } from '../../src/graph/requestPacer';

describe('RequestPacer', () => {
  it('lets `limit` requests through at once and holds the next one until the window has moved', async () => {
    const pacer = new RequestPacer({ limit: 3, windowMs: 200 });
    const started = Date.now();
    for (let i = 0; i < 3; i += 1) (await pacer.take()).settle();
    expect(Date.now() - started).toBeLessThan(150);
    await pacer.take();
    expect(Date.now() - started).toBeGreaterThanOrEqual(195);
  });

  it('counts a request from when its answer came back, as Graph may have counted it late', async () => {
    const pacer = new RequestPacer({ limit: 1, windowMs: 200 });
    const started = Date.now();
    const slot = await pacer.take();
    await new Promise((resolve) => setTimeout(resolve, 100));
    slot.settle();
    await pacer.take();
    expect(Date.now() - started).toBeGreaterThanOrEqual(295);
  });

  it('serves the shares that wait in turn, not in the order their requests came', async () => {
    const pacer = new RequestPacer({ limit: 1, windowMs: 100 });
    (await pacer.take('a')).settle();
    const served: string[] = [];
    const taken = ['a', 'a', 'a', 'a', 'b'].map((share) => pacer.take(share).then((slot) => (served.push(share), slot.settle())));
    await Promise.all(taken);
    // In arrival order b would come last, behind all of a's requests.
    expect(served).toEqual(['a', 'b', 'a', 'a', 'a']);
  });

  it("keeps the window's last slots for shares that hold less of it than the largest", async () => {
    const pacer = new RequestPacer({ limit: 10, windowMs: 400, reserve: 4 });
    const started = Date.now();
    const grantedAt = (share: string): Promise<number> => pacer.take(share).then((slot) => (slot.settle(), Date.now() - started));
    const heavy = Array.from({ length: 20 }, () => grantedAt('a'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const others = ['b', 'b', 'c', 'b'].map(grantedAt);
    for (const at of await Promise.all(others)) expect(at).toBeLessThan(150);
    const heavyTimes = await Promise.all(heavy);
    // Alone, a took all but the reserve; the window had to move before it got more.
    expect(heavyTimes.filter((at) => at < 390)).toHaveLength(6);
  });

  it('lets an abandoned request stop waiting, and serves the others as before', async () => {
    const pacer = new RequestPacer({ limit: 1, windowMs: 200 });
    (await pacer.take('a')).settle();
    const shutdown = new AbortController();
    const abandoned = pacer.take('a', shutdown.signal);
    const kept = pacer.take('b');
    const started = Date.now();
    shutdown.abort(new Error('shutting down'));
    await expect(abandoned).rejects.toThrow('shutting down');
    expect(Date.now() - started).toBeLessThan(100);
    (await kept).settle();
    await expect(pacer.take('c', shutdown.signal)).rejects.toThrow('shutting down');
  });

  it("holds every request for Graph's Retry-After once Graph asks it to slow down", async () => {
    const pacer = new RequestPacer({ limit: 10, windowMs: 1_000 });
    (await pacer.take('a')).settle();
    const started = Date.now();
    pacer.slowDown(150);
    expect(pacer.state()).toEqual({ kind: 'slowedDown', perWindow: 10 });
    const at = await Promise.all(['a', 'b'].map((share) => pacer.take(share).then((slot) => (slot.settle(), Date.now() - started))));
    for (const granted of at) expect(granted).toBeGreaterThanOrEqual(145);
  });

  it('allows only half its limit for the rest of the window after Graph asked it to slow down', async () => {
    const pacer = new RequestPacer({ limit: 4, windowMs: 300, reserve: 0 });
    const started = Date.now();
    pacer.slowDown(0);
    const at = await Promise.all(Array.from({ length: 4 }, () => pacer.take().then((slot) => (slot.settle(), Date.now() - started))));
    expect(at.filter((granted) => granted < 100)).toHaveLength(2);
    for (const granted of at.slice(2)) expect(granted).toBeGreaterThanOrEqual(295);
    expect(pacer.state().kind).toBe('free');
  });
});
