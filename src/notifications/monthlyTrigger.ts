/** The authenticated trigger for external schedulers: POST /api/notifications/monthly with a bearer key. */
import { createHash, timingSafeEqual } from 'node:crypto';
import { log } from '../log';
import type { MonthlyRunResult, MonthlySummaryJob } from './monthlySummaryJob';
import { isMonth, summarisedMonth } from './summaryMonth';

/** An HTTP answer, independent of the server library. */
export interface TriggerAnswer {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * Checks the key and runs the month (default: the last whole month in the schedule's time zone).
 * @example await trigger.handle('Bearer …', { month: '2026-10' }) // { status: 200, body: { month: '2026-10', posted: 2, … } }
 */
export class MonthlyTrigger {
  private readonly keyDigest: Buffer;

  constructor(
    apiKey: string,
    private readonly job: Pick<MonthlySummaryJob, 'run'>,
    private readonly timeZone: string,
    private readonly clock: () => Date,
  ) {
    this.keyDigest = digest(apiKey);
  }

  /** Compares digests of equal length, so the time taken says nothing about the key. */
  private authorized(authorization: string | undefined): boolean {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    return timingSafeEqual(digest(match?.[1] ?? ''), this.keyDigest) && match !== null;
  }

  async handle(authorization: string | undefined, body: unknown): Promise<TriggerAnswer> {
    if (!this.authorized(authorization)) {
      return { status: 401, body: { error: 'unauthorized', message: 'Send Authorization: Bearer <NOTIFY_API_KEY>.' }, headers: { 'WWW-Authenticate': 'Bearer' } };
    }
    const latest = summarisedMonth(this.clock(), this.timeZone);
    const month = this.requestedMonth(body, latest);
    if (month === undefined) {
      return { status: 400, body: { error: 'badRequest', message: `Send no body, or {"month":"YYYY-MM"} for a finished month (${latest} or earlier).` } };
    }
    let result: MonthlyRunResult;
    try {
      result = await this.job.run(month);
    } catch (error) {
      log.error('monthly summary trigger failed', { month, error });
      return { status: 500, body: { error: 'failed', message: 'The run could not be done (see the bot log). Try again later.' } };
    }
    if (result.error === 'reportUnavailable') {
      return { status: 503, body: { ...result, message: 'The report could not be read; nothing was posted. Try again later.' }, headers: { 'Retry-After': '300' } };
    }
    return { status: 200, body: { ...result } };
  }

  private requestedMonth(body: unknown, latest: string): string | undefined {
    if (body === undefined || body === null || body === '') return latest;
    if (typeof body !== 'object' || Array.isArray(body)) return undefined;
    const fields = body as Record<string, unknown>;
    if (Object.keys(fields).some((key) => key !== 'month')) return undefined;
    if (fields.month === undefined) return latest;
    return isMonth(fields.month) && fields.month <= latest ? fields.month : undefined;
  }
}
