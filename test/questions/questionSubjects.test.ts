/** The reader's table: subjects × periods × phrasings × noise words, and the words that look like one thing and are another. */
import { readQuestion } from '../../src/questions/readQuestion';
import { NOW, contextAt } from './askAt';
import { NEGATIVES, TABLE, short } from './questionTable';

function read(text: string): string {
  return short(readQuestion(text, contextAt(NOW)));
}

describe('readQuestion: subjects × periods × phrasings × noise words', () => {
  it('holds at least 200 questions', () => {
    expect(TABLE.length + NEGATIVES.length).toBeGreaterThanOrEqual(200);
  });

  it.each(TABLE)('“%s” → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe('readQuestion: words that look like one thing and are another', () => {
  it.each(NEGATIVES)('“%s” → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe('readQuestion: what the problems say', () => {
  it('names the word the report does not hold and what it has instead', () => {
    const question = readQuestion('cost by business unit last quarter', contextAt(NOW));
    const message = question.kind === 'notUnderstood' ? question.problem.message : '';
    expect(message).toContain('“business unit”');
    expect(message).toContain('usage location');
  });

  it('lists what was understood and what was not', () => {
    const question = readQuestion('top 5 spenders by calls last month frobnicate', contextAt(NOW));
    expect(question.kind === 'notUnderstood' && question.problem.message).toBe(
      "I didn't understand “frobnicate”. I understood: last month · by calls · top 5. Ask again without those words, or rephrase them.",
    );
  });

  it('answers another language in English, with two examples', () => {
    const question = readQuestion('Wie viel haben wir letzten Monat ausgegeben?', contextAt(NOW));
    expect(question.kind === 'notUnderstood' && question.problem.message).toBe(
      'I understand questions in English only. Try “What did dial-out cost last month?” or “Top 5 spenders by calls this quarter”.',
    );
  });
});
