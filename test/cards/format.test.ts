/** Exact, locale-aware formatting of money, minutes, counts, shares and days. */
import {
  formatCount,
  formatDay,
  formatMinutes,
  formatMinutesShort,
  formatMoney,
  formatPermille,
  resolveLocale,
  sharePermille,
} from '../../src/cards/format';

const NBSP = '\u00a0'; // Intl keeps amount and symbol together with a no-break space

describe('formatMoney', () => {
  it.each([
    [12_830_000, 'USD', 'en-US', '$12.83'],
    [12_830_000, 'EUR', 'de-DE', `12,83${NBSP}€`],
    [12_830_000, 'EUR', 'en-US', '€12.83'],
    [1_234_500_000, 'USD', 'en-US', '$1,234.50'],
    [0, 'USD', 'en-US', '$0.00'],
    [5_000, 'USD', 'en-US', '$0.01'],
    [4_999, 'USD', 'en-US', '$0.00'],
    [-5_000, 'USD', 'en-US', '-$0.01'],
    [1_500_000, 'JPY', 'en-US', '¥2'],
    [1_234_500, 'BHD', 'en-US', `BHD${NBSP}1.235`],
    [Number.MAX_SAFE_INTEGER, 'USD', 'en-US', '$9,007,199,254.74'],
  ])('formats %d micros of %s in %s as %s', (micros, currency, locale, expected) => {
    expect(formatMoney(micros, currency, locale)).toBe(expected);
  });

  it('is exact: ten thousand charges of 0.10 sum and format to $1,000.00', () => {
    const micros = Array.from({ length: 10_000 }, () => 100_000).reduce((a, b) => a + b, 0);
    expect(formatMoney(micros, 'USD', 'en-US')).toBe('$1,000.00');
  });

  it('refuses amounts that are not safe integers', () => {
    expect(() => formatMoney(0.5, 'USD', 'en-US')).toThrow(RangeError);
    expect(() => formatMoney(2 ** 53, 'USD', 'en-US')).toThrow(RangeError);
  });

  it('falls back to en-US for a malformed or unknown locale', () => {
    expect(formatMoney(12_830_000, 'USD', 'not a locale!')).toBe('$12.83');
    expect(formatMoney(12_830_000, 'USD', 'zz-ZZ')).toBe('$12.83');
    expect(formatMoney(12_830_000, 'USD', '')).toBe('$12.83');
  });

  it('still shows the exact amount with a malformed currency code', () => {
    expect(formatMoney(12_830_000, 'US', 'en-US')).toBe('12.83 US');
  });
});

describe('resolveLocale', () => {
  it.each([
    ['de-de', 'de-DE'],
    ['en-GB', 'en-GB'],
    ['de', 'de'],
    ['zz-ZZ', 'en-US'],
    ['??', 'en-US'],
  ])('resolves %s to %s', (asked, expected) => {
    expect(resolveLocale(asked)).toBe(expected);
  });
});

describe('formatMinutes', () => {
  it.each([
    [0, 'en-US', '0.0'],
    [90, 'en-US', '1.5'],
    [9, 'en-US', '0.2'], // 0.15 min rounds half up, not down as a float would
    [5_430, 'de-DE', '90,5'],
    [3_600_000, 'en-US', '60,000.0'],
  ])('shows %d seconds in %s as %s minutes', (seconds, locale, expected) => {
    expect(formatMinutes(seconds, locale)).toBe(expected);
  });
});

describe('formatMinutesShort', () => {
  it.each([
    [5_430, 'en-US', '90.5'],
    [599_994, 'en-US', '9,999.9'], // the last exact figure
    [600_000, 'en-US', '10K'],
    [1_302_000, 'en-US', '21.7K'], // 21,700 minutes
    [7_654_321, 'en-US', '127.6K'],
    [74_074_074, 'de-DE', `1,2${NBSP}Mio.`], // 1,234,567.9 minutes
  ])('shows %d seconds in %s as %s', (seconds, locale, expected) => {
    expect(formatMinutesShort(seconds, locale)).toBe(expected);
  });
});

describe('formatCount', () => {
  it('groups digits in the locale', () => {
    expect(formatCount(100_000, 'en-US')).toBe('100,000');
    expect(formatCount(100_000, 'de-DE')).toBe('100.000');
  });
});

describe('sharePermille and formatPermille', () => {
  it.each([
    [1, 3, 333, '33.3%'],
    [2, 3, 667, '66.7%'],
    [1, 2_000, 1, '0.1%'],
    [5, 5, 1000, '100%'],
  ])('%d of %d is %d‰, shown as %s', (part, whole, permille, shown) => {
    expect(sharePermille(part, whole)).toBe(permille);
    expect(formatPermille(permille, 'en-US')).toBe(shown);
  });

  it('has no share of nothing, shown as a dash', () => {
    expect(sharePermille(0, 0)).toBeNull();
    expect(formatPermille(null, 'en-US')).toBe('–');
  });

  it('formats in the locale', () => {
    expect(formatPermille(334, 'de-DE')).toBe(`33,4${NBSP}%`);
  });
});

describe('formatDay', () => {
  it.each([
    ['2026-10-01', 'en-GB', '1 Oct 2026'],
    ['2026-10-01', 'en-US', 'Oct 1, 2026'],
    ['2026-12-31', 'de-DE', '31. Dez. 2026'],
  ])('shows %s in %s as %s', (date, locale, expected) => {
    expect(formatDay(date, locale)).toBe(expected);
  });

  it('refuses a day that does not exist', () => {
    expect(() => formatDay('2026-02-30', 'en-US')).toThrow(RangeError);
  });
});
