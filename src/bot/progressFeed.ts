/** Progress of slow work, shown in place of the pressed card until the answer replaces it. */

/** Something that can say how far a slow answer has got. */
export interface ProgressFeed {
  /** The progress line now, e.g. "Fetching calls… 3 of 5 windows". */
  text(): string;
  /** The card that shows `text`. */
  card(text: string): object;
}

/** Teams allows a bot about one message update a second per conversation; a second is also what a reader notices. */
export const PROGRESS_EVERY_MS = 1_000;

/**
 * Sends the feed's card whenever its text has changed, checking every `everyMs`, until `done` settles.
 * Resolves after the last update it started has finished, so the answer that follows is never overwritten.
 * @example await showProgressUntil(prepared, feed, (card) => updateCard(card));
 */
export async function showProgressUntil(
  done: Promise<unknown>,
  feed: ProgressFeed,
  send: (card: object) => Promise<void>,
  everyMs = PROGRESS_EVERY_MS,
): Promise<void> {
  let finished = false;
  const over = done.then(
    () => (finished = true),
    () => (finished = true),
  );
  let shown: string | undefined;
  while (!finished) {
    const text = feed.text();
    if (text !== shown) {
      shown = text;
      await send(feed.card(text));
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([over, new Promise((resolve) => (timer = setTimeout(resolve, everyMs)))]);
    clearTimeout(timer);
  }
}
