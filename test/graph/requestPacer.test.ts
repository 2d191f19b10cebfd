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
});
