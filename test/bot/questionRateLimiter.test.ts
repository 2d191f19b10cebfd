import { QuestionRateLimiter } from '../../src/bot/questionRateLimiter';

describe('QuestionRateLimiter', () => {
  it('allows QUESTIONS_PER_MINUTE per user in any minute, then says when to try again', () => {
    let now = Date.parse('2026-11-27T10:00:00Z');
    const limiter = new QuestionRateLimiter(3, () => new Date(now));
    expect([1, 2, 3].map(() => limiter.tryTake('alice'))).toEqual([true, true, true]);
    expect(limiter.tryTake('alice')).toBe(false);
    expect(limiter.tryTake('bob')).toBe(true);
    now += 30_000;
    expect(limiter.secondsUntilFree('alice')).toBe(30);
    expect(limiter.tryTake('alice')).toBe(false);
    now += 30_001;
    expect(limiter.tryTake('alice')).toBe(true);
  });
});
