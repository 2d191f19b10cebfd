import { chargeText } from '../../src/demoTenant/chargeText';

describe('chargeText', () => {
  it.each([
    [128345, '12.8345'],
    [35000, '3.5'],
    [1283000, '128.3'],
    [5, '0.0005'],
    [0, '0'],
    [120000, '12'],
    [98765432109, '9876543.2109'],
  ])('writes %i ten-thousandths as %s', (units, text) => {
    expect(chargeText(units)).toBe(text);
    expect(JSON.stringify(Number(text))).toBe(text);
  });
});
