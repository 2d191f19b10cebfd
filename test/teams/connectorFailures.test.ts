/** The one list of Bot Connector failures, used by reply retries (ConnectorRetry) and proactive posts alike. */
import { classifyFailure } from '../../src/teams/connectorFailures';

const restError = (statusCode: number, fields: object = {}) => Object.assign(new Error(`answered ${statusCode}`), { statusCode, ...fields });

describe('classifyFailure', () => {
  it('classifies connector errors, also when wrapped as a cause', () => {
    const gone = restError(403, { details: { error: { code: 'BotNotInConversationRoster' } } });
    expect(classifyFailure(new Error('wrapper', { cause: gone }))).toMatchObject({ kind: 'gone', status: 403, code: 'BotNotInConversationRoster' });
    expect(classifyFailure(restError(504)).kind).toBe('retry');
    expect(classifyFailure(new Error('ECONNREFUSED')).kind).toBe('fail');
  });

  it.each([412, 429, 500, 502, 503, 504])('retries status %i', (status) => {
    expect(classifyFailure(restError(status)).kind).toBe('retry');
  });

  it.each([403, 404])('reads status %i as the bot gone from the conversation', (status) => {
    expect(classifyFailure(restError(status)).kind).toBe('gone');
  });

  it.each([400, 401, 413, 501])('does not retry status %i', (status) => {
    expect(classifyFailure(restError(status)).kind).toBe('fail');
  });

  it.each(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'EPIPE'])('retries a connection that failed with %s', (code) => {
    expect(classifyFailure(Object.assign(new Error('request failed'), { code }))).toMatchObject({ kind: 'retry', status: undefined });
  });

  it.each(['AttemptTimedOut', 'AbortError', 'TimeoutError'])('retries an attempt that got no answer in time (%s)', (name) => {
    expect(classifyFailure(Object.assign(new Error('no answer'), { name })).kind).toBe('retry');
  });

  it("reads the server's Retry-After", () => {
    const throttled = restError(429, { response: { headers: { get: (name: string) => (name === 'retry-after' ? '3' : undefined) } } });
    expect(classifyFailure(throttled)).toEqual({ kind: 'retry', status: 429, code: undefined, retryAfterMs: 3_000 });
  });
});
