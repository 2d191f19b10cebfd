/** One copy of each person's id and names across the windows of one read (each page's JSON.parse makes new ones). */

/** A person's strings as a report keeps them. */
export interface PersonNames {
  userId: string;
  userPrincipalName: string;
  userDisplayName: string;
}

/**
 * The strings of the people seen so far: a window's spenders take them rather than their own page's
 * copies, so the windows held at once share one copy per person. Names that changed between
 * windows are kept as given.
 * @example const names = new SharedNames(); names.of(row).userId === names.of(sameUserLater).userId // one string
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
    return {
      userId: seen.userId,
      userPrincipalName: seen.userPrincipalName === person.userPrincipalName ? seen.userPrincipalName : person.userPrincipalName,
      userDisplayName: seen.userDisplayName === person.userDisplayName ? seen.userDisplayName : person.userDisplayName,
    };
  }
}
