/** The name a card shows for a person, and what it shows when Graph gave none. */
import { clip } from './cardSize';

/** The names a report row carries for a person (Spender, Mover). */
export interface PersonNames {
  userDisplayName: string;
  userPrincipalName: string;
}

/**
 * The display name, else the UPN (unless the card shows the UPN beside it anyway), clipped to
 * `maxChars`; "(no name)" when Graph gave neither.
 * @example personName({ userDisplayName: ' ', userPrincipalName: 'ada@contoso.com' }, 40) // 'ada@contoso.com'
 * @example personName({ userDisplayName: '', userPrincipalName: 'ada@contoso.com' }, 40, { upnShownBeside: true }) // '(no name)'
 */
export function personName(person: PersonNames, maxChars: number, { upnShownBeside = false } = {}): string {
  return clip(person.userDisplayName, maxChars) || (upnShownBeside ? '' : clip(person.userPrincipalName, maxChars)) || '(no name)';
}
