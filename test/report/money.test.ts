import { addMicros, toMicros } from '../../src/report/money';

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

  it.each([['abc'], ['1.2.3'], [''], ['1e3'], [Number.NaN], [Infinity], [null], [true], [{}], ['0.1234567'], [0.1234567]])(
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
