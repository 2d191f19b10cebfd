import { parseDateTimeOffset } from '../../src/demoTenant/isoDateTime';

describe('parseDateTimeOffset', () => {
  it.each([
    ['2022-11-01', '2022-11-01T00:00:00.000Z', false],
    ['2022-11-01T00:00:00Z', '2022-11-01T00:00:00.000Z', false],
    ['2022-11-01T00:00Z', '2022-11-01T00:00:00.000Z', false],
    ['2022-11-01t10:20:30.5z', '2022-11-01T10:20:30.500Z', false],
    ['2022-11-01T10:20:30.1234567Z', '2022-11-01T10:20:30.123Z', true],
    ['2022-11-01T00:00:00+05:30', '2022-10-31T18:30:00.000Z', false],
    ['2022-11-01T00:00:00-0800', '2022-11-01T08:00:00.000Z', false],
    ['2024-02-29T23:59:59Z', '2024-02-29T23:59:59.000Z', false],
  ])('reads %s as %s', (text, iso, belowMs) => {
    expect(parseDateTimeOffset(text)).toEqual({ ms: Date.parse(iso), belowMs });
  });

  it.each([
    '2022-11-01T00:00:00', // no zone: ambiguous
    '2023-02-29',
    '2022-13-01',
    '2022-11-01T24:00:00Z',
    '2022-11-01T00:00:00+15:00',
    '2022-11-01T00:00:00.12345678Z',
    '22-11-01',
    '2022-11-01 00:00:00Z',
    '',
  ])('refuses %p', (text) => {
    expect(parseDateTimeOffset(text)).toBeNull();
  });
});
