import type { Spender } from '../../src/report/report';
import { IdIndex } from '../../src/report/idIndex';

function spender(userId: string): Spender {
  return { userId, userPrincipalName: `${userId}@contoso.com`, userDisplayName: userId, countries: [], firstCountry: '', firstDestination: 'Domestic', otherSlices: undefined, calls: 0, seconds: 0, chargeMicros: 0 };
}

describe('IdIndex', () => {
  it('finds each added person by the whole id, and nobody else', () => {
    const index = new IdIndex((person: Spender) => person.userId);
    const ruwini = spender('03de33bb-51df-40de-889a-61949faae24f');
    index.add(ruwini);
    expect(index.find('03de33bb-51df-40de-889a-61949faae24f')).toBe(ruwini);
    expect(index.find('03de33bb-0000-40de-889a-61949faae24f')).toBeUndefined();
    expect(index.find('13de33bb-51df-40de-889a-61949faae24f')).toBeUndefined();
  });

  it('keeps ids apart that share their first seven hex digits, and upper-case twins', () => {
    const index = new IdIndex((person: Spender) => person.userId);
    const ids = ['abcdef01-1111-4000-8000-000000000001', 'abcdef01-2222-4000-8000-000000000002', 'ABCDEF01-1111-4000-8000-000000000001', 'abcdef0'];
    const people = ids.map(spender);
    for (const person of people) {
      expect(index.find(person.userId)).toBeUndefined();
      index.add(person);
    }
    ids.forEach((id, i) => expect(index.find(id)).toBe(people[i]));
    expect(index.all()).toHaveLength(4);
  });

  it('takes ids that are not GUIDs: short, non-hex, non-ASCII', () => {
    const index = new IdIndex((person: Spender) => person.userId);
    const ids = ['u1', 'user-42', 'zzzzzzzzz', 'ünïcode-id', '1234567'];
    const people = ids.map(spender);
    people.forEach((person) => index.add(person));
    ids.forEach((id, i) => expect(index.find(id)).toBe(people[i]));
    expect(new Set(index.all())).toEqual(new Set(people));
  });
});
