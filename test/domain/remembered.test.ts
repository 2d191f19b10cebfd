/** Get-or-work-out: the work runs once per key, in a Map or a WeakMap. */
import { remembered } from '../../src/domain/remembered';

describe('remembered', () => {
  it('works a key out once and answers what it kept after', () => {
    const kept = new Map<string, number>();
    let runs = 0;
    expect(remembered(kept, 'a', () => (runs += 1) * 10)).toBe(10);
    expect(remembered(kept, 'a', () => (runs += 1) * 10)).toBe(10);
    expect(remembered(kept, 'b', () => (runs += 1) * 10)).toBe(20);
    expect(runs).toBe(2);
  });

  it('keeps by object in a WeakMap', () => {
    const kept = new WeakMap<object, string[]>();
    const owner = {};
    const first = remembered(kept, owner, () => ['worked out']);
    expect(remembered(kept, owner, () => ['again'])).toBe(first);
    expect(remembered(kept, {}, () => ['other'])).toEqual(['other']);
  });
});
