/** Retries the bot's replies and card updates when the Bot Connector is throttling, failing or silent; then gives up with a log line. */
import type { Activity, CloudAdapter, Middleware, ResourceResponse, TurnContext } from 'botbuilder';
import { retryDelay, type RetryPolicy } from '../domain/retryPolicy';
import { log } from '../log';
import { classifyFailure } from './connectorFailures';

/**
 * How hard to try one reply or card update. `maxWaitMs` bounds the whole reply, attempts and waits:
 * an attempt may hang until its timeout.
 */
export interface ConnectorRetryPolicy extends RetryPolicy {
  /** An attempt still unanswered after this counts as failed (the connector may be hanging). */
  attemptTimeoutMs: number;
}

/**
 * Teams' rate limits (7 messages / s per conversation) make short waits worth it; a reply that
 * needs more than half a minute is better given up, so the turn ends.
 */
export const DEFAULT_CONNECTOR_RETRY: ConnectorRetryPolicy = {
  maxAttempts: 4,
  attemptTimeoutMs: 10_000,
  maxWaitMs: 30_000,
  baseDelayMs: 500,
  maxDelayMs: 4_000,
};

/** The Bot Connector did not take a reply or update after every retry; already logged. */
export class ConnectorGaveUp extends Error {
  override readonly name = 'ConnectorGaveUp';
  constructor(
    readonly operation: 'send' | 'update',
    readonly status: number | undefined,
    cause: unknown,
  ) {
    super(`the Bot Connector did not accept the ${operation}`, { cause });
  }
}

/** Type guard: the reply channel itself is down, so telling the user about it is pointless. */
export function isConnectorGaveUp(error: unknown): error is ConnectorGaveUp {
  return error instanceof ConnectorGaveUp;
}

class AttemptTimedOut extends Error {
  override readonly name = 'AttemptTimedOut';
}

/** The parts of @azure/core-rest-pipeline's Pipeline used here (the connector client's HTTP pipeline). */
interface HttpPipeline {
  getOrderedPolicies(): Array<{ name: string }>;
  removePolicy(options: { name: string }): unknown;
  addPolicy(policy: { name: string; sendRequest(request: { timeout: number }, next: (request: { timeout: number }) => Promise<unknown>): Promise<unknown> }): void;
}

const TIMEOUT_POLICY = 'dialoutConnectorAttemptTimeout';
let pipelineMissingLogged = false;

/**
 * Makes this middleware the only retry layer of the turn's connector client: botbuilder's client
 * retries 5xx and Retry-After 429s on its own, unbounded in time and without a timeout, and an
 * attempt abandoned here would then be retried underneath, delivering the reply twice. The client
 * is created per turn; its pipeline is not public API, so a missing one is logged, not fatal.
 */
function takeOverRetries(context: TurnContext, attemptTimeoutMs: number): void {
  const key = (context.adapter as { ConnectorClientKey?: CloudAdapter['ConnectorClientKey'] }).ConnectorClientKey;
  const connector = key === undefined ? undefined : context.turnState.get(key);
  if (connector === undefined) return; // expectReplies and invoke turns send nothing through it
  const pipeline = (connector as { client?: { pipeline?: HttpPipeline } }).client?.pipeline;
  if (!pipeline || typeof pipeline.removePolicy !== 'function') {
    if (!pipelineMissingLogged) log.warn('bot connector client has no visible pipeline: its own retries stay on');
    pipelineMissingLogged = true;
    return;
  }
  if (pipeline.getOrderedPolicies().some((policy) => policy.name === TIMEOUT_POLICY)) return;
  pipeline.removePolicy({ name: 'defaultRetryPolicy' });
  pipeline.addPolicy({
    name: TIMEOUT_POLICY,
    sendRequest: (request, next) => {
      request.timeout = attemptTimeoutMs; // aborts the HTTP request itself, not just our wait for it
      return next(request);
    },
  });
}

/** Runs one attempt, or fails it once the connector has been silent for `timeoutMs`. */
async function attemptWithin<T>(attempt: () => Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const running = attempt();
  const silent = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new AttemptTimedOut(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([running, silent]);
  } finally {
    clearTimeout(timer);
    running.catch(() => undefined); // an abandoned attempt may still fail later; it is already counted
  }
}

/**
 * Middleware that wraps every send and update of every turn, proactive ones included. Only
 * single-activity sends are retried: resending a batch could repeat the activities that went through.
 * @example adapter.use(new ConnectorRetry(DEFAULT_CONNECTOR_RETRY));
 */
export class ConnectorRetry implements Middleware {
  constructor(private readonly policy: ConnectorRetryPolicy) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    takeOverRetries(context, this.policy.attemptTimeoutMs);
    context.onSendActivities((turn, activities, send) =>
      activities.length === 1 ? this.withRetry('send', turn, activities[0] as Partial<Activity>, send) : send(),
    );
    context.onUpdateActivity((turn, activity, update) => this.withRetry('update', turn, activity, update));
    await next();
  }

  private async withRetry<T extends ResourceResponse[] | void>(
    operation: 'send' | 'update',
    context: TurnContext,
    activity: Partial<Activity>,
    run: () => Promise<T>,
  ): Promise<T> {
    const { policy } = this;
    const started = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      const remaining = policy.maxWaitMs - (Date.now() - started);
      try {
        return await attemptWithin(run, Math.max(1, Math.min(policy.attemptTimeoutMs, remaining)));
      } catch (error) {
        const { kind, status, retryAfterMs } = classifyFailure(error);
        const elapsed = Date.now() - started;
        const wait = kind === 'retry' ? retryDelay(policy, attempt, elapsed, retryAfterMs) : undefined;
        if (wait === undefined) {
          log.error('bot connector gave up', {
            operation,
            conversationId: context.activity.conversation?.id,
            activityId: activity.id ?? activity.replyToId,
            activityType: activity.type,
            status,
            attempts: attempt,
            elapsedMs: elapsed,
            error,
          });
          throw new ConnectorGaveUp(operation, status, error);
        }
        log.warn('bot connector failed, retrying', { operation, status, attempt, waitMs: Math.round(wait) });
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }
}
