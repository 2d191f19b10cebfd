import type { DemoTenant, ReportFault, TokenFault } from '../../src/demoTenant/demoTenant';
import { cardsIn, cardText, message, post } from '../helpers/botConversation';
import { TEST_RETRY } from '../helpers/graphSource';
import { octoberAmounts, REQUEST_TIMEOUT_MS, startFaultyTenantApp } from './faultyTenantApp';

/** What a scenario must end in: the fault-free card exactly, or an error card that says what failed. */
/** `requestId`: the card quotes the id Graph or Entra gave the failed request (none when nothing answered). */
/** `sameTotals`: a row Graph left incomplete moves to an unknown line; every total stays as without the fault. */
type Outcome = { kind: 'exact' } | { kind: 'sameTotals' } | { kind: 'error'; says: RegExp; requestId: boolean };

interface Scenario {
  name: string;
  inject(tenant: DemoTenant): void;
  outcome: Outcome;
}

const EXACT: Outcome = { kind: 'exact' };
const QUESTION = 'what did dial-out cost last month?';

/** The same report fault on `times` requests in a row, from the second page on (mid-paging). */
function onPages(fault: ReportFault, times = 1): (tenant: DemoTenant) => void {
  return (tenant) => {
    for (let i = 0; i < times; i += 1) tenant.faults.next(fault, { onRequest: 2 });
  };
}

/** The same token fault on `times` token requests in a row, from the first one. */
function onTokens(fault: TokenFault, times = 1): (tenant: DemoTenant) => void {
  return (tenant) => {
    for (let i = 0; i < times; i += 1) tenant.faults.nextToken(fault);
  };
}

const status = (code: number, retryAfterSeconds?: number): ReportFault => ({ kind: 'status', status: code, retryAfterSeconds });

const SCENARIOS: Scenario[] = [
  { name: 'Graph 429 with Retry-After', inject: onPages(status(429, 1)), outcome: EXACT },
  { name: 'Graph 429 without Retry-After', inject: onPages(status(429)), outcome: EXACT },
  { name: 'Graph 500', inject: onPages(status(500)), outcome: EXACT },
  { name: 'Graph 502', inject: onPages(status(502)), outcome: EXACT },
  { name: 'Graph 503', inject: onPages(status(503)), outcome: EXACT },
  { name: 'Graph 504', inject: onPages(status(504)), outcome: EXACT },
  { name: 'connection reset mid-body', inject: onPages({ kind: 'resetMidBody' }), outcome: EXACT },
  { name: 'truncated JSON page', inject: onPages({ kind: 'truncatedBody' }), outcome: EXACT },
  { name: 'a page that never finishes', inject: onPages({ kind: 'hang' }), outcome: EXACT },
  {
    name: 'an empty first page with a nextLink',
    inject: (tenant) => tenant.faults.next({ kind: 'emptyPageWithNextLink' }),
    outcome: EXACT,
  },
  {
    // The demo tenant's empty page mid-paging links to the very URL just read: indistinguishable from a loop.
    name: 'an empty page whose nextLink is its own URL',
    inject: onPages({ kind: 'emptyPageWithNextLink' }),
    outcome: { kind: 'error', says: /paging went in a circle/i, requestId: true },
  },
  {
    name: 'a row with a non-numeric totalCalls',
    inject: onPages({ kind: 'malformedRow', problem: 'totalCallsNotNumber' }),
    outcome: { kind: 'error', says: /cannot read/i, requestId: true },
  },
  {
    name: 'a row with a negative totalCalls',
    inject: onPages({ kind: 'malformedRow', problem: 'negativeTotalCalls' }),
    outcome: { kind: 'error', says: /cannot read/i, requestId: true },
  },
  {
    name: 'a row without userId (every property is nullable)',
    inject: onPages({ kind: 'malformedRow', problem: 'missingUserId' }),
    outcome: { kind: 'sameTotals' },
  },
  {
    name: 'a nextLink that repeats',
    inject: onPages({ kind: 'repeatNextLink' }),
    outcome: { kind: 'error', says: /paging went in a circle/i, requestId: true },
  },
  {
    // A 406 to a window's first request is Graph finding the range too long: the window is read in halves.
    name: 'Graph 406 to the window (range too long)',
    inject: (tenant) => tenant.faults.next(status(406)),
    outcome: EXACT,
  },
  {
    name: 'Graph 400 then 406 to the window and its first half',
    inject: (tenant) => {
      tenant.faults.next(status(400));
      tenant.faults.next(status(406));
    },
    outcome: EXACT,
  },
  {
    name: 'Graph 406 to the window and to both halvings',
    inject: (tenant) => {
      for (let i = 0; i < 3; i += 1) tenant.faults.next(status(406));
    },
    outcome: { kind: 'error', says: /refused the period/i, requestId: true },
  },
  {
    name: 'Graph 406 mid-paging',
    inject: onPages(status(406)),
    outcome: { kind: 'error', says: /not acceptable/i, requestId: true },
  },
  { name: '401 mid-paging (one token refresh)', inject: onPages(status(401)), outcome: EXACT },
  {
    name: '401 twice in a row mid-paging',
    inject: onPages(status(401), 2),
    outcome: { kind: 'error', says: /did not accept the bot's sign-in/i, requestId: true },
  },
  {
    name: '403',
    inject: onPages(status(403)),
    outcome: { kind: 'error', says: /CallRecords\.Read\.All/, requestId: true },
  },
  {
    name: '503 on every attempt',
    inject: onPages(status(503), TEST_RETRY.maxAttempts),
    outcome: { kind: 'error', says: /not available right now/i, requestId: true },
  },
  {
    name: 'a page that hangs on every attempt',
    inject: onPages({ kind: 'hang' }, TEST_RETRY.maxAttempts),
    outcome: { kind: 'error', says: /took too long/i, requestId: false },
  },
  {
    name: '429 asking to wait longer than the retry budget',
    inject: onPages(status(429, 3600)),
    outcome: { kind: 'error', says: /throttling/i, requestId: true },
  },
  { name: 'token endpoint 500', inject: onTokens({ kind: 'status', status: 500 }), outcome: EXACT },
  { name: 'token endpoint 503 with Retry-After', inject: onTokens({ kind: 'status', status: 503, retryAfterSeconds: 1 }), outcome: EXACT },
  { name: 'token endpoint 429', inject: onTokens({ kind: 'status', status: 429 }), outcome: EXACT },
  { name: 'token endpoint hangs', inject: onTokens({ kind: 'hang' }), outcome: EXACT },
  { name: 'token endpoint resets mid-body', inject: onTokens({ kind: 'resetMidBody' }), outcome: EXACT },
  { name: 'token endpoint truncates its JSON', inject: onTokens({ kind: 'truncatedBody' }), outcome: EXACT },
  { name: 'an already expired token', inject: onTokens({ kind: 'expiredToken' }), outcome: EXACT },
  {
    name: 'token endpoint 500 on every attempt',
    inject: onTokens({ kind: 'status', status: 500 }, TEST_RETRY.maxAttempts),
    outcome: { kind: 'error', says: /Microsoft Entra ID did not answer/i, requestId: true },
  },
  {
    name: 'token endpoint refusing the credential (401)',
    inject: onTokens({ kind: 'status', status: 401 }),
    outcome: { kind: 'error', says: /could not sign in/i, requestId: true },
  },
];

/** Longest any scenario may take: every attempt timing out, plus every wait of the retry policy, plus slack. */
const WORST_CASE_MS = TEST_RETRY.maxAttempts * REQUEST_TIMEOUT_MS * 2 + TEST_RETRY.maxWaitMs + 2_000;

describe('Graph faults, asked end to end through the bot: exact totals or a clear error, never other totals', () => {
  let faultFreeCard: unknown;

  beforeAll(async () => {
    const { app, tenant } = await startFaultyTenantApp();
    try {
      const [card] = cardsIn((await post(app.url, message(QUESTION))).body);
      for (const amount of octoberAmounts(tenant)) expect(cardText(card)).toContain(amount);
      expect(tenant.stats.pagesServed).toBeGreaterThanOrEqual(3);
      faultFreeCard = card;
    } finally {
      await app.close();
    }
  });

  it.each(SCENARIOS)('$name', async ({ inject, outcome }) => {
    const { app, tenant } = await startFaultyTenantApp();
    try {
      inject(tenant);
      const started = Date.now();
      const { status: httpStatus, body } = await post(app.url, message(QUESTION));
      const elapsed = Date.now() - started;
      expect(httpStatus).toBe(200);
      const cards = cardsIn(body);
      expect(cards).toHaveLength(1);
      const [card] = cards;
      if (outcome.kind === 'exact') {
        expect(card).toEqual(faultFreeCard);
      } else if (outcome.kind === 'sameTotals') {
        const text = cardText(card);
        for (const amount of octoberAmounts(tenant)) expect(text).toContain(amount);
        expect(text).not.toContain('What to try');
      } else {
        const text = cardText(card);
        expect(text).toMatch(outcome.says);
        expect(text).toContain('What to try');
        for (const amount of octoberAmounts(tenant)) expect(text).not.toContain(amount);
        if (outcome.requestId) expect(text).toMatch(/Request id: [0-9a-f-]{36}/);
        else expect(text).not.toMatch(/Request id/);
      }
      expect(tenant.faults.pending).toBe(0);
      expect(elapsed).toBeLessThan(WORST_CASE_MS);
    } finally {
      await app.close();
    }
  });

  it('bounds the attempts per request: a page failing every time is asked for exactly maxAttempts times', async () => {
    const { app, tenant } = await startFaultyTenantApp();
    try {
      onPages(status(503), TEST_RETRY.maxAttempts + 5)(tenant);
      await post(app.url, message(QUESTION));
      // One good first page, then the failing page's attempts, then nothing more.
      expect(tenant.stats.reportRequests).toBe(1 + TEST_RETRY.maxAttempts);
      tenant.faults.clear();
    } finally {
      await app.close();
    }
  });

  it('shares one token request among questions that arrive together', async () => {
    const { app, tenant } = await startFaultyTenantApp();
    try {
      const months = ['January', 'February', 'March', 'April', 'May'];
      await Promise.all(months.map((month) => post(app.url, message(`cost in ${month} 2026`))));
      expect(tenant.stats.tokenRequests).toBe(1);
    } finally {
      await app.close();
    }
  });

  it('bounds the total wait: a Retry-After beyond the budget fails at once instead of sleeping', async () => {
    const { app, tenant } = await startFaultyTenantApp();
    try {
      onPages(status(429, 600))(tenant);
      const started = Date.now();
      await post(app.url, message(QUESTION));
      expect(Date.now() - started).toBeLessThan(TEST_RETRY.maxWaitMs);
      expect(tenant.stats.reportRequests).toBe(2);
    } finally {
      await app.close();
    }
  });
});
