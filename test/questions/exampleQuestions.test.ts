import fc from 'fast-check';
import { EXAMPLE_QUESTIONS } from '../../src/questions/exampleQuestions';
import { readQuestion } from '../../src/questions/readQuestion';
import { contextAt } from './askAt';

describe('EXAMPLE_QUESTIONS', () => {
  it('offers four to six examples', () => {
    expect(EXAMPLE_QUESTIONS.length).toBeGreaterThanOrEqual(4);
    expect(EXAMPLE_QUESTIONS.length).toBeLessThanOrEqual(6);
  });

  it('are all read as cost questions on any day, in any zone, with any fiscal year', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2001-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom('UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati'),
        fc.integer({ min: 1, max: 12 }),
        (now, timeZone, fiscalYearStartMonth) => {
          for (const example of EXAMPLE_QUESTIONS) {
            const context = { ...contextAt(now.toISOString(), timeZone), fiscalYearStartMonth, maxRangeDays: 366 };
            expect(readQuestion(example, context).kind).toBe('view');
          }
        },
      ),
    );
  });
});
