import { NameBook } from '../../src/demoTenant/names';

describe('NameBook', () => {
  const names = new NameBook(1);

  it('gives "First Last" display names with lower-case ASCII UPNs made of them', () => {
    for (let user = 0; user < 200; user += 1) {
      expect(names.displayName(user)).toMatch(/^\S+ \S+$/);
      expect(names.userPrincipalName(user)).toMatch(/^[a-z0-9]+\.[a-z0-9]+@contoso\.com$/);
    }
    const sofia = Array.from({ length: 3600 }, (_, user) => user).find((user) => names.displayName(user) === 'Sofía García');
    expect(names.userPrincipalName(sofia ?? -1)).toBe('sofia.garcia@contoso.com');
  });

  it('keeps UPNs and user ids unique across 20,000 users, numbering repeated names', () => {
    const upns = new Set<string>();
    const ids = new Set<string>();
    for (let user = 0; user < 20_000; user += 1) {
      upns.add(names.userPrincipalName(user));
      ids.add(names.userId(user));
    }
    expect(upns.size).toBe(20_000);
    expect(ids.size).toBe(20_000);
    expect([...upns].some((upn) => /\d@/.test(upn))).toBe(true);
  });

  it('makes version-4-shaped GUIDs that depend on the seed', () => {
    expect(names.userId(0)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new NameBook(2).userId(0)).not.toBe(names.userId(0));
    expect(new NameBook(1).displayName(42)).toBe(names.displayName(42));
  });
});
