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

/** A UPN under a name in a list fits a phone's narrow column (320 px); the person card shows it whole. */
const LISTED_UPN_CHARS = 22;

/**
 * The UPN as a list of people shows it: clipped with an ellipsis past LISTED_UPN_CHARS.
 * @example listedUpn('bartholomew.christodoulopoulos@contoso.com') // 'bartholomew.christodo…'
 */
export function listedUpn(upn: string): string {
  return clip(upn, LISTED_UPN_CHARS);
}
