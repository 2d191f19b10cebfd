/** The one name fallback of every card: display name, else UPN (where no UPN column shows it), else "(no name)". */
import { personName } from '../../src/cards/personName';

describe('personName', () => {
  it.each([
    ['Ada Lovelace', 'ada@contoso.com', false, 40, 'Ada Lovelace'],
    ['  Ada \n Lovelace ', 'ada@contoso.com', false, 40, 'Ada Lovelace'],
    [' ', 'ada@contoso.com', false, 40, 'ada@contoso.com'],
    ['', '', false, 40, '(no name)'],
    ['', 'ada@contoso.com', true, 40, '(no name)'],
    ['Ada Lovelace', 'ada@contoso.com', true, 40, 'Ada Lovelace'],
    ['Alexandria Ocasio-Rodriguez', '', false, 10, 'Alexandri…'],
    ['', 'alexandria.ocasio@contoso.com', false, 10, 'alexandri…'],
  ])('shows %j / %j (UPN shown beside: %s) in %d characters as %j', (userDisplayName, userPrincipalName, upnShownBeside, maxChars, expected) => {
    expect(personName({ userDisplayName, userPrincipalName }, maxChars, { upnShownBeside })).toBe(expected);
  });
});
