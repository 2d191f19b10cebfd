import { countryList } from '../../src/report/countryLists';

describe('countryList', () => {
  it('lists each usage location once, sorted, without the unknown one', () => {
    expect(countryList('US', [{ country: 'DE' }, { country: '' }, { country: 'US' }, { country: 'AT' }])).toEqual(['AT', 'DE', 'US']);
    expect(countryList('', [{ country: '' }])).toEqual([]);
    expect(countryList('', [{ country: 'FR' }])).toEqual(['FR']);
  });

  it('shares one frozen list among everyone with the same single location', () => {
    const list = countryList('GB');
    expect(countryList('GB', [{ country: 'GB' }])).toBe(list);
    expect(Object.isFrozen(list)).toBe(true);
  });
});
