/** Cache-or-read-once: a fresh value is reused, a read under way is joined, a failed read is not kept. */
import { ReadOnce, type Keep } from '../../src/domain/readOnce';

describe('ReadOnce', () => {
  let now = 0;
  const clock = () => new Date(now);
  const reads = () => new ReadOnce<string, Promise<string>>({ ttlMs: 1_000, maxEntries: 10, clock });
  const hit = (value: string) => Promise.resolve(`cached ${value}`);

  beforeEach(() => {
    now = 0;
  });

  it('joins a read under way instead of starting a second one', async () => {
    const once = reads();
    let started = 0;
    let finish: (value: string) => void = () => undefined;
    const start = (keep: Keep<string>) => {
      started += 1;
      return keep(new Promise<string>((resolve) => (finish = resolve)));
    };
    const first = once.read('k', hit, start);
    const second = once.read('k', hit, start);
    expect(second).toBe(first);
    finish('v');
    await expect(first).resolves.toBe('v');
    expect(started).toBe(1);
  });

  it('answers from the cache while the value is fresh, and reads again after', async () => {
    const once = reads();
    let started = 0;
    const start = (keep: Keep<string>) => keep(Promise.resolve(`read ${++started}`));
    await expect(once.read('k', hit, start)).resolves.toBe('read 1');
    now = 999;
    await expect(once.read('k', hit, start)).resolves.toBe('cached read 1');
    now = 1_000;
    await expect(once.read('k', hit, start)).resolves.toBe('read 2');
    expect(started).toBe(2);
  });

  it('keeps nothing of a failed read, and starts nothing when `start` refuses', async () => {
    const once = reads();
    await expect(once.read('k', hit, (keep) => keep(Promise.reject(new Error('Graph is down'))))).rejects.toThrow('Graph is down');
    const refused = () => once.read('k', hit, () => {
      throw new Error('limit reached');
    });
    expect(refused).toThrow('limit reached');
    await expect(once.read('k', hit, (keep) => keep(Promise.resolve('fresh')))).resolves.toBe('fresh');
  });

  it('says what is ready (cached or under way) without starting a read', async () => {
    const once = reads();
    expect(once.ready('k', hit)).toBeUndefined();
    let finish: (value: string) => void = () => undefined;
    const first = once.read('k', hit, (keep) => keep(new Promise<string>((resolve) => (finish = resolve))));
    expect(once.ready('k', hit)).toBe(first);
    finish('v');
    await first;
    await expect(once.ready('k', hit)).resolves.toBe('cached v');
    now = 1_000;
    expect(once.ready('k', hit)).toBeUndefined();
  });

  it('keeps a false value (a cached "no")', async () => {
    const once = new ReadOnce<boolean, Promise<boolean>>({ ttlMs: 1_000, maxEntries: 10, clock });
    await once.read('k', (value) => Promise.resolve(value), (keep) => keep(Promise.resolve(false)));
    let started = 0;
    await expect(once.read('k', (value) => Promise.resolve(value), (keep) => keep(Promise.resolve((started += 1) > 0)))).resolves.toBe(false);
    expect(started).toBe(0);
  });
});
