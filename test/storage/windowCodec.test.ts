import { gzipSync } from 'node:zlib';
import { chargeText } from '../../src/domain/money';
import type { WindowSlice } from '../../src/report/sliceColumns';
import { decodeWindow, encodeWindow } from '../../src/storage/windowCodec';
import { windowOf } from './windowStoreContract';

const RANGE = { first: '2026-10-01', last: '2026-10-31', timeZone: 'Europe/Berlin' };

/** Every slice of every currency, read back one by one. */
function slicesOf(window: Awaited<ReturnType<typeof decodeWindow>>): Array<[string, WindowSlice]> {
  return window.currencies.flatMap(({ currency, slices }) =>
    Array.from({ length: slices.length }, (_, index): [string, WindowSlice] => {
      const slice: WindowSlice = { userId: '', userPrincipalName: '', userDisplayName: '', country: '', destination: 'Unknown', calls: 0, seconds: 0, chargeMicros: 0 };
      slices.read(index, slice);
      return [currency, slice];
    }),
  );
}

describe('the stored form of a report window', () => {
  it('reads an object written by the previous release (countries first, whole text compressed at once)', async () => {
    // Laid out as the earlier encoder wrote it: the key order and a person's slices side by side.
    const earlier = {
      format: 2,
      window: '2026-10-01|2026-10-31|Europe/Berlin',
      rows: 4,
      pages: 1,
      noCurrency: 0,
      fetchedAt: '2026-11-04T07:30:00.000Z',
      countries: ['DE', 'US'],
      currencies: [
        {
          currency: 'EUR',
          noCharge: 1,
          people: ['u1', 'u1@contoso.com', 'Usér 1', 'u2', 'u2@contoso.com', 'User "2"'],
          slices: [0, 0, 0, 3, 600, 1_230_000, 0, 1, 1, 1, 61, 123_456, 1, 0, 0, 2, 120, 4_000_000_000],
          rests: [1, '7', 8],
        },
      ],
    };
    const window = await decodeWindow(gzipSync(JSON.stringify(earlier)), RANGE);
    expect(window.rowCount).toBe(4);
    expect(slicesOf(window).map(([currency, s]) => [currency, s.userId, s.userDisplayName, s.country, s.destination, s.calls, s.seconds, chargeText(s)])).toEqual([
      ['EUR', 'u1', 'Usér 1', 'DE', 'Domestic', 3, 600, '1.230000'],
      ['EUR', 'u1', 'Usér 1', 'US', 'International', 1, 61, '0.12345607'],
      ['EUR', 'u2', 'User "2"', 'DE', 'Domestic', 2, 120, '4000.000000'],
    ]);
  });

  it('gives back what it wrote, in pieces larger than one compressed chunk', async () => {
    const window = windowOf(RANGE.first, RANGE.last, 5_000);
    const bytes = await encodeWindow(window);
    expect(slicesOf(await decodeWindow(bytes, window.range))).toEqual(slicesOf(window));
  });
});
