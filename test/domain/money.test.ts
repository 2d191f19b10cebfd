import fc from 'fast-check';
import { addMicros, toMicros } from '../../src/domain/money';

describe('toMicros', () => {
  it.each([
    [12.83, 12_830_000],
    ['12.83', 12_830_000],
    [0.1, 100_000],
    ['0.1', 100_000],
    [3, 3_000_000],
    ['3', 3_000_000],
    [12.8345, 12_834_500],
    ['0.000001', 1],
    [-1.5, -1_500_000],
    ['-1.5', -1_500_000],
  ])('reads %p as %p micro-units', (value, micros) => {
    expect(toMicros(value)).toBe(micros);
  });

  it.each([
    [' 12.83 ', 12_830_000],
    ['-0.000001', -1],
    ['007', 7_000_000],
  ])('reads %p (padded, tiny, leading zeros) as %p', (value, micros) => {
    expect(toMicros(value)).toBe(micros);
  });

  it('reads every plain decimal string exactly', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 0, max: 999_999_999 }), fc.stringMatching(/^\d{1,6}$/), (negative, units, fraction) => {
        const micros = units * 1_000_000 + Number(fraction.padEnd(6, '0'));
        expect(toMicros(`${negative ? '-' : ''}${units}.${fraction}`)).toBe(negative ? -micros : micros);
        expect(toMicros(`${units}`)).toBe(units * 1_000_000);
      }),
    );
  });

  it.each([['abc'], ['1.2.3'], [''], ['1e3'], [Number.NaN], [Infinity], [null], [true], [{}], ['0.1234567'], [0.1234567], ['1.'], ['.5'], ['-'], ['+1'], ['1 000'], ['1234567890123'], ['١٢']])(
    'refuses %p rather than guessing',
    (value) => {
      expect(toMicros(value)).toBeUndefined();
    },
  );
});

describe('exact sums', () => {
  it('adds 0.1 ten thousand times to exactly 1000', () => {
    let sum = 0;
    for (let i = 0; i < 10_000; i += 1) sum = addMicros(sum, toMicros(0.1) as number);
    expect(sum).toBe(1_000_000_000);
    let float = 0;
    for (let i = 0; i < 10_000; i += 1) float += 0.1;
    expect(float).not.toBe(1000); // the drift the micro-units avoid
  });

  it('refuses a sum that would lose exactness', () => {
    expect(() => addMicros(Number.MAX_SAFE_INTEGER, 1)).toThrow(RangeError);
  });
});
