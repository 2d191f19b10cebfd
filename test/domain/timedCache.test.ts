/** The one time-limited LRU of reports, drill-down reads and group memberships. */
import { TimedCache } from '../../src/domain/timedCache';

describe('TimedCache', () => {
  it('forgets entries past their time to live and the least recently used beyond its size', () => {
    const cache = new TimedCache<number>(1_000, 2);
    cache.set('a', 1, 0);
    cache.set('b', 2, 0);
    expect(cache.get('a', 500)).toBe(1);
    cache.set('c', 3, 600); // 'b' is now the least recently used
    expect(cache.get('b', 700)).toBeUndefined();
    expect(cache.get('a', 999)).toBe(1);
    expect(cache.get('a', 1_000)).toBeUndefined();
  });
});
