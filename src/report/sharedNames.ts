/** One copy of each person's id and names across the windows of one read (each page's JSON.parse makes new ones). */

/** A person's strings as a report keeps them. */
export interface PersonNames {
  userId: string;
  userPrincipalName: string;
  userDisplayName: string;
}

/**
 * The people seen so far: a window's slices refer to them rather than to their own page's copies, so
 * the windows held at once share one object per person. Names that changed between windows are kept
 * as given (the id still shared).
 * @example const names = new SharedNames(); names.of(row) === names.of(sameUserLater) // one object
 */
export class SharedNames {
  private readonly byId = new Map<string, PersonNames>();

  of(person: Readonly<PersonNames>): PersonNames {
    const seen = this.byId.get(person.userId);
    if (seen === undefined) {
      const names = { userId: person.userId, userPrincipalName: person.userPrincipalName, userDisplayName: person.userDisplayName };
      this.byId.set(person.userId, names);
      return names;
    }
    if (seen.userPrincipalName === person.userPrincipalName && seen.userDisplayName === person.userDisplayName) return seen;
    return { userId: seen.userId, userPrincipalName: person.userPrincipalName, userDisplayName: person.userDisplayName };
  }
}
