/** Whose answer the work in progress is: carried along the answer's async path, so its reads run in the asker's lane and a wait can be told to them. */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Asker } from '../report/readLanes';

/** One answer's asker: their lane, and whether a read of this answer had to wait behind their earlier ones. */
export class AnswerAsker implements Asker {
  /** Settles when the first read of this answer is queued; never, when none is. */
  readonly whenQueued: Promise<void>;
  private markQueued!: () => void;

  constructor(readonly lane: string) {
    this.whenQueued = new Promise((resolve) => (this.markQueued = resolve));
  }

  queued(): void {
    this.markQueued();
  }
}

const scope = new AsyncLocalStorage<AnswerAsker>();

/**
 * Runs `answer` (and everything it starts) as one answer for the person whose lane is `lane`.
 * @example await answerFor(userKey, () => answers.reply(context, costAnswer()));
 */
export function answerFor<T>(lane: string, answer: () => T): T {
  return scope.run(new AnswerAsker(lane), answer);
}

/** The asker of the answer in progress; undefined outside any answer (the monthly summary). */
export function currentAsker(): AnswerAsker | undefined {
  return scope.getStore();
}
