/** The one paging model of lists on cards (spenders, calls, countries, a country's people). */
import { pageWindow } from '../../src/cards/pagination';

const CALLS = { one: 'call', many: 'calls' };

describe('pageWindow', () => {
  it.each([
    // count, requested page, size → page, start, end, previous, next, next count, showing
    [30, 0, 12, 0, 0, 12, false, true, 12, 'Calls 1–12 of 30'],
    [30, 1, 12, 1, 12, 24, true, true, 6, 'Calls 13–24 of 30'],
    [30, 2, 12, 2, 24, 30, true, false, 0, 'Calls 25–30 of 30'],
    [30, 99, 12, 2, 24, 30, true, false, 0, 'Calls 25–30 of 30'],
    [25, 2, 12, 2, 24, 25, true, false, 0, 'Call 25 of 25'],
    [1, 0, 12, 0, 0, 1, false, false, 0, 'Call 1 of 1'],
    [0, 3, 12, 0, 0, 0, false, false, 0, 'Calls 1–0 of 0'],
    [30, -1, 12, 0, 0, 12, false, true, 12, 'Calls 1–12 of 30'],
    [30, 1.5, 12, 1, 12, 24, true, true, 6, 'Calls 13–24 of 30'],
    [30, Number.NaN, 12, 0, 0, 12, false, true, 12, 'Calls 1–12 of 30'],
    [5000, 0, 12, 0, 0, 12, false, true, 12, 'Calls 1–12 of 5,000'],
  ])('shows %d calls at page %d, %d a page, as page %d: [%d, %d)', (count, page, size, shown, start, end, hasPrevious, hasNext, nextCount, showing) => {
    expect(pageWindow(count, page, size, CALLS, 'en-US')).toEqual({ page: shown, start, end, hasPrevious, hasNext, nextCount, showing });
  });
});
