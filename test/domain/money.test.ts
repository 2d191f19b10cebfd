import fc from 'fast-check';
import { addCharge, addMicros, chargeText, readAmount, setCharge, toMicros, type Charge } from '../../src/domain/money';

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

describe('readAmount: exact decimals of any scale', () => {
  it.each([
    ['0.1234567', { units: 1_234_567n, scale: 7 }],
    [0.1234567, { units: 1_234_567n, scale: 7 }],
    ['12.830000000', 12_830_000],
    [1e-7, { units: 1n, scale: 7 }],
    ['-0.00000005', { units: -5n, scale: 8 }],
  ])('reads %p as %p', (value, amount) => {
    expect(readAmount(value)).toEqual(amount);
  });

  it.each([['abc'], ['1e3'], [''], ['1.'], ['.5'], [null], [Number.NaN], ['١٢']])('refuses %p', (value) => {
    expect(readAmount(value)).toBeUndefined();
  });

  it('sums amounts with more than six decimals exactly, and plain micro-units stay plain numbers', () => {
    const total: Charge = { chargeMicros: 0 };
    addCharge(total, { chargeMicros: 1_500_000 });
    expect(total).toEqual({ chargeMicros: 1_500_000 });
    const tenth: Charge = { chargeMicros: 0 };
    setCharge(tenth, readAmount('0.0000001') as never);
    for (let i = 0; i < 3; i += 1) addCharge(total, tenth);
    expect(chargeText(total)).toBe('1.5000003');
    expect(total.chargeMicros).toBe(1_500_000);
    addCharge(total, { chargeMicros: 0, chargeRest: { units: 7n, scale: 7 } });
    expect(chargeText(total)).toBe('1.500001');
    expect(total).toEqual({ chargeMicros: 1_500_001, chargeRest: undefined });
  });

  it('splits a long charge into whole micro-units and the exact rest', () => {
    const charge: Charge = { chargeMicros: 0 };
    setCharge(charge, readAmount('-12.3456789') as never);
    expect(charge).toEqual({ chargeMicros: -12_345_678, chargeRest: { units: -9n, scale: 7 } });
    expect(chargeText(charge)).toBe('-12.3456789');
  });

  it('subtracts exactly', () => {
    const total: Charge = { chargeMicros: 2_000_000, chargeRest: { units: 1n, scale: 10 } };
    addCharge(total, { chargeMicros: 0, chargeRest: { units: 1n, scale: 10 } }, -1);
    expect(total).toEqual({ chargeMicros: 2_000_000, chargeRest: undefined });
  });

  it('refuses amounts past exact micro-unit sums, as before', () => {
    expect(readAmount('1234567890123')).toBeUndefined();
    expect(() => addCharge({ chargeMicros: Number.MAX_SAFE_INTEGER }, { chargeMicros: 1 })).toThrow(RangeError);
  });

  it('sums any decimal strings exactly (checked against BigInt sums of the digits)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.stringMatching(/^\d{1,12}$/)), { minLength: 1, maxLength: 30 }), (parts) => {
        const total: Charge = { chargeMicros: 0 };
        let expected = 0n;
        for (const [units, fraction] of parts) {
          const amount = readAmount(`${units}.${fraction}`);
          if (amount === undefined) throw new Error('unread');
          const charge: Charge = { chargeMicros: 0 };
          setCharge(charge, amount);
          addCharge(total, charge);
          expected += BigInt(`${units}${fraction.padEnd(12, '0')}`);
        }
        const text = chargeText(total);
        const [whole, fraction = ''] = text.split('.');
        expect(BigInt(`${whole}${fraction.padEnd(12, '0')}`)).toBe(expected);
      }),
    );
  });
});
