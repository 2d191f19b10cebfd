/** The claim rules of monthly posts and the month arithmetic of the summary, as pure functions. */
import { decideClaim, lastSent, markedSent, pausedRecord, releasedClaim, type SubscriptionRecord } from '../../src/notifications/deliveryClaims';
import { addToMonth, isMonth, monthRange, summarisedMonth } from '../../src/notifications/summaryMonth';

const NOW = new Date('2026-11-01T09:00:00Z');
const LEASE = 10 * 60_000;
const claimant = { instanceId: 'b', now: NOW, leaseMs: LEASE };

function record(overrides: Partial<SubscriptionRecord> = {}): SubscriptionRecord {
  return {
    tenantId: 't1',
    conversationId: 'c1',
    active: true,
    subscribedAt: '2026-10-15T12:00:00.000Z',
    subscribedBy: { name: 'Avery Admin' },
    deliveries: {},
    ...overrides,
  };
}

const minutesAgo = (minutes: number): string => new Date(NOW.getTime() - minutes * 60_000).toISOString();

describe('decideClaim', () => {
  it.each([
    ['no subscription', 'notSubscribed', undefined],
    ['an unsubscribed conversation', 'notSubscribed', record({ active: false })],
    ['a month already sent', 'alreadySent', record({ deliveries: { '2026-10': { state: 'sent', by: 'a', at: minutesAgo(60), activityId: 'x' } } })],
    ['a claim under way elsewhere', 'inProgress', record({ deliveries: { '2026-10': { state: 'claimed', by: 'a', at: minutesAgo(2) } } })],
    ['a claim of an instance that died (past the lease)', 'claimed', record({ deliveries: { '2026-10': { state: 'claimed', by: 'a', at: minutesAgo(11) } } })],
    ['a free month', 'claimed', record()],
  ] as const)('for %s: %s', (_, outcome, current) => {
    expect(decideClaim(current, '2026-10', claimant).outcome).toBe(outcome);
  });

  it('writes the claim with the claimant and the time', () => {
    expect(decideClaim(record(), '2026-10', claimant).next?.deliveries['2026-10']).toEqual({ state: 'claimed', by: 'b', at: NOW.toISOString() });
  });

  it('leaves out subscriptions made after the summary was due (catch-up)', () => {
    const dueAt = new Date('2026-11-01T09:00:00Z');
    expect(decideClaim(record({ subscribedAt: '2026-11-03T08:00:00.000Z' }), '2026-10', { ...claimant, subscribedBefore: dueAt }).outcome).toBe('notSubscribed');
    expect(decideClaim(record(), '2026-10', { ...claimant, subscribedBefore: dueAt }).outcome).toBe('claimed');
  });

  it('keeps the last 24 months of deliveries', () => {
    const deliveries = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [addToMonth('2024-01', i), { state: 'sent' as const, by: 'a', at: minutesAgo(1) }]),
    );
    const next = decideClaim(record({ deliveries }), '2026-07', claimant).next;
    expect(Object.keys(next?.deliveries ?? {})).toHaveLength(24);
    expect(next?.deliveries['2026-07']?.state).toBe('claimed');
    expect(next?.deliveries['2024-01']).toBeUndefined();
  });
});

describe('recording and releasing', () => {
  const claimed = record({ deliveries: { '2026-10': { state: 'claimed', by: 'b', at: minutesAgo(1) } } });
  const sent = { state: 'sent' as const, by: 'b', at: NOW.toISOString(), activityId: 'activity-1' };

  it('marks the month sent once, and not for a subscription that is gone', () => {
    expect(markedSent(claimed, '2026-10', sent)?.deliveries['2026-10']).toEqual(sent);
    expect(markedSent(record({ deliveries: { '2026-10': sent } }), '2026-10', sent)).toBeUndefined();
    expect(markedSent(undefined, '2026-10', sent)).toBeUndefined();
    expect(lastSent(record({ deliveries: { '2026-09': sent, '2026-10': sent, '2026-11': { state: 'claimed', by: 'b', at: NOW.toISOString() } } }))?.month).toBe('2026-10');
  });

  it('releases only its own claim', () => {
    expect(releasedClaim(claimed, '2026-10', 'b')?.deliveries).toEqual({});
    expect(releasedClaim(claimed, '2026-10', 'a')).toBeUndefined();
    expect(releasedClaim(record({ deliveries: { '2026-10': sent } }), '2026-10', 'b')).toBeUndefined();
  });

  it('pauses a subscription without its own claim on the month, keeping what was sent; a paused one is never claimed', () => {
    const paused = pausedRecord(record({ deliveries: { '2026-09': sent, '2026-10': { state: 'claimed', by: 'b', at: NOW.toISOString() } } }), '2026-10', 'b', NOW);
    expect(paused).toMatchObject({ active: false, pausedAt: NOW.toISOString(), deliveries: { '2026-09': sent } });
    expect(paused?.deliveries['2026-10']).toBeUndefined();
    expect(decideClaim(paused, '2026-11', claimant).outcome).toBe('notSubscribed');
    expect(pausedRecord(undefined, '2026-10', 'b', NOW)).toBeUndefined();
  });
});

describe('summary months', () => {
  it('names the last whole month in the schedule time zone', () => {
    // 00:30 on 1 November in Berlin is still 31 October in UTC.
    expect(summarisedMonth(new Date('2026-10-31T23:30:00Z'), 'Europe/Berlin')).toBe('2026-10');
    expect(summarisedMonth(new Date('2026-10-31T23:30:00Z'), 'UTC')).toBe('2026-09');
    expect(summarisedMonth(new Date('2027-01-01T09:00:00Z'), 'UTC')).toBe('2026-12');
  });

  it('steps months across years and covers whole months', () => {
    expect(addToMonth('2026-01', -1)).toBe('2025-12');
    expect(addToMonth('2026-12', 1)).toBe('2027-01');
    expect(addToMonth('2026-10', -12)).toBe('2025-10');
    expect(monthRange('2028-02', 'Asia/Tokyo')).toEqual({ first: '2028-02-01', last: '2028-02-29', timeZone: 'Asia/Tokyo' });
    expect(['2026-10', '2026-13', '2026-1', '1999-12', 'x'].map(isMonth)).toEqual([true, false, false, false, false]);
  });
});
