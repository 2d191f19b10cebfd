/** Turns any failure while answering into the error card the user sees (never a stack trace). */
import { errorCard } from '../cards/errorCard';
import { isGraphRequestError } from '../graph/graphErrors';
import { QuestionLimitError } from './questionRateLimiter';

/** The error card for `error`; `reference` (the activity id) lets an admin find the log line. */
export function errorAnswer(error: unknown, reference: string | undefined): object {
  if (error instanceof QuestionLimitError) {
    return errorCard({
      title: 'That is a lot of questions in one minute',
      detail: 'Each new question reads the report from Microsoft Graph, so the bot limits how many one person can ask per minute.',
      whatToTry: `Ask again in ${error.retryAfterSeconds} seconds. Paging through an answer you already have does not count.`,
    });
  }
  if (isGraphRequestError(error)) {
    const { title, detail, whatToTry } = error.explanation;
    return errorCard({ title, detail, whatToTry, code: error.code, requestId: error.requestId });
  }
  return errorCard({
    title: 'Something went wrong on the bot\'s side',
    detail: 'The answer could not be prepared.',
    whatToTry: `Ask again; if it keeps happening, give your bot admin this reference: ${reference ?? 'none'}.`,
  });
}
