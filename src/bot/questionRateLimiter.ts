/** Per-user limit on questions that reach Graph: a sliding window of one minute. */

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

  /** Seconds until `userKey` may ask again (0 when now). */
  secondsUntilFree(userKey: string): number {
    const oldest = this.asked.get(userKey)?.[0];
    if (oldest === undefined) return 0;
    return Math.max(0, Math.ceil((oldest + 60_000 - this.clock().getTime()) / 1000));
  }
}
