/** One-shot failures that tests queue for upcoming report or token requests. */
import type { Reply } from './reply';

/** Answer with this status and the endpoint's error body (Graph's or Entra's). */
export interface StatusFault {
  kind: 'status';
  status: number;
  /** Sent as the `Retry-After` header when given. */
  retryAfterSeconds?: number;
  /** Sent as the `Retry-After` header in its other form, an HTTP date, when given. */
  retryAfterDate?: Date;
  /** Overrides the error code the status normally carries (e.g. 'Forbidden'). */
  code?: string;
}

/** Failures of the connection or the body, which either endpoint can suffer. */
export type TransportFault =
  | StatusFault
  /** Sends the headers and half the body, then destroys the socket. */
  | { kind: 'resetMidBody' }
  /** Sends a complete HTTP response whose JSON body is cut in half. */
  | { kind: 'truncatedBody' }
  /** Never answers; the request ends only when the client gives up or the tenant closes. */
  | { kind: 'hang' }
  /** Answers normally after an extra delay. */
  | { kind: 'slow'; delayMs: number };

/** A fault of one report page. */
export type ReportFault =
  | TransportFault
  /** The page's first row breaks the schema (missingUserId only bends it: every property is nullable). */
  | { kind: 'malformedRow'; problem: 'totalCallsNotNumber' | 'negativeTotalCalls' | 'missingUserId' }
  /** No rows, but a nextLink to the rows that should have been there. */
  | { kind: 'emptyPageWithNextLink' }
  /** The page is right but its nextLink is the URL just requested. */
  | { kind: 'repeatNextLink' };

/** A fault of one token request. */
export type TokenFault =
  | TransportFault
  /** Issues a token the report endpoint already considers expired (its expires_in looks normal). */
  | { kind: 'expiredToken' };

/** Which upcoming request a fault hits. */
export interface FaultTiming {
  /** 1 = the next request of that endpoint (default), 2 = the one after, … */
  onRequest?: number;
}

interface Pending<F> {
  fault: F;
  /** The endpoint's request number the fault waits for. */
  target: number;
}

/** Faults waiting for one endpoint's requests, counted from the moment they are queued. */
class FaultLane<F> {
  private seen = 0;
  private pending: Pending<F>[] = [];

  add(fault: F, timing: FaultTiming): void {
    const onRequest = timing.onRequest ?? 1;
    if (!Number.isInteger(onRequest) || onRequest < 1)
      throw new RangeError(`onRequest must be 1 or more: ${onRequest}`);
    this.pending.push({ fault, target: this.seen + onRequest });
  }

  /** Counts a request and returns the earliest queued fault that is due, if any. */
  take(): F | undefined {
    this.seen += 1;
    const due = this.pending.findIndex((entry) => entry.target <= this.seen);
    if (due < 0) return undefined;
    const [entry] = this.pending.splice(due, 1);
    return entry?.fault;
  }

  get size(): number {
    return this.pending.length;
  }

  clear(): void {
    this.pending = [];
  }
}

/**
 * The demo tenant's fault queue. Each fault applies once; faults due on the same request
 * apply in the order queued, one per request.
 * @example
 * tenant.faults.next({ kind: 'status', status: 429, retryAfterSeconds: 1 });
 * tenant.faults.next({ kind: 'repeatNextLink' }, { onRequest: 2 });
 * tenant.faults.nextToken({ kind: 'status', status: 500 });
 */
export class FaultQueue {
  private readonly report = new FaultLane<ReportFault>();
  private readonly token = new FaultLane<TokenFault>();

  /** Queues a fault for an upcoming report request. */
  next(fault: ReportFault, timing: FaultTiming = {}): void {
    this.report.add(fault, timing);
  }

  /** Queues a fault for an upcoming token request. */
  nextToken(fault: TokenFault, timing: FaultTiming = {}): void {
    this.token.add(fault, timing);
  }

  /** Faults not yet applied. */
  get pending(): number {
    return this.report.size + this.token.size;
  }

  /** Drops every queued fault. */
  clear(): void {
    this.report.clear();
    this.token.clear();
  }

  /** For the server: counts a report request and returns its fault. */
  takeForReport(): ReportFault | undefined {
    return this.report.take();
  }

  /** For the server: counts a token request and returns its fault. */
  takeForToken(): TokenFault | undefined {
    return this.token.take();
  }
}

/** Applies a fault's delivery (delay, cut body, reset, hang) to whatever reply the request earned. */
export function deliverWithFault(reply: Reply, fault: ReportFault | TokenFault | undefined): Reply {
  if (fault?.kind === 'slow') return { ...reply, delayMs: reply.delayMs + fault.delayMs };
  if (fault?.kind === 'hang' || fault?.kind === 'resetMidBody' || fault?.kind === 'truncatedBody') {
    return { ...reply, delivery: fault.kind };
  }
  return reply;
}
