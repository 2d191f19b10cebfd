/** Per-user limit on questions that reach Graph: a sliding window of one minute. */

/** The asker has used up this minute's questions; the answer says when to ask again. */
export class QuestionLimitError extends Error {
  override readonly name = 'QuestionLimitError';
  constructor(readonly retryAfterSeconds: number) {
    super('question limit reached');
  }
}

export class QuestionRateLimiter {
  private readonly asked = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Books a question for `userKey`; false when the user has used up this minute's questions. */
  tryTake(userKey: string): boolean {
    const now = this.clock().getTime();
    const recent = (this.asked.get(userKey) ?? []).filter((at) => at > now - 60_000);
    if (recent.length >= this.perMinute) {
      this.asked.set(userKey, recent);
      return false;
    }
    recent.push(now);
    this.asked.set(userKey, recent);
    return true;
  }

  /** Books a question, or throws QuestionLimitError saying when the next one fits. */
  admit(userKey: string): void {
    if (!this.tryTake(userKey)) throw new QuestionLimitError(this.secondsUntilFree(userKey));
  }

  /** Seconds until `userKey` may ask again (0 when now). */
  secondsUntilFree(userKey: string): number {
    const oldest = this.asked.get(userKey)?.[0];
    if (oldest === undefined) return 0;
    return Math.max(0, Math.ceil((oldest + 60_000 - this.clock().getTime()) / 1000));
  }
}
