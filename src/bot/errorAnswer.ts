/** Turns any failure while answering into the error card the user sees (never a stack trace). */
import { errorCard } from '../cards/errorCard';
import { isGraphRequestError } from '../graph/graphErrors';

/** The error card for `error`; `reference` (the activity id) lets an admin find the log line. */
export function errorAnswer(error: unknown, reference: string | undefined): object {
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
