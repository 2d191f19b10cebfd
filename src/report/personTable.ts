/** The people of one read, numbered: every window of the read refers to a person by number, not by a copy of their strings. */
import { IdIndex } from './idIndex';

/** A person's strings as a report keeps them. */
export interface PersonNames {
  userId: string;
  userPrincipalName: string;
  userDisplayName: string;
}

/** People by number: a read's PersonTable, or the list a stored window or a report was made from. */
export interface People {
  person(number: number): PersonNames;
}

/**
 * People by number, in the order first seen, and by user id. A person whose names changed between
 * windows gets a second number for the names as later given (their id still finds the first), so
 * each window keeps the names its own rows gave.
 * @example const people = new PersonTable(); const n = people.add(row); people.numberOf(row.userId) === n // true
 */
export class PersonTable implements People {
  private readonly people: PersonNames[] = [];
  private readonly byId = new IdIndex((number: number) => this.person(number).userId);

  get size(): number {
    return this.people.length;
  }

  person(number: number): PersonNames {
    return this.people[number] as PersonNames;
  }

  /** The number of the first person seen with this id. */
  numberOf(userId: string): number | undefined {
    return this.byId.find(userId);
  }

  /** A new person: the row's id and names (in an object of their own: the row is reused). */
  add(names: Readonly<PersonNames>): number {
    const number = this.people.push({ userId: names.userId, userPrincipalName: names.userPrincipalName, userDisplayName: names.userDisplayName }) - 1;
    if (this.byId.find(names.userId) === undefined) this.byId.add(number);
    return number;
  }

  /** Person `number`, or a new number for their id with the names as `names` gives them when those changed. */
  withNames(number: number, names: Readonly<PersonNames>): number {
    const known = this.person(number);
    if (known.userPrincipalName === names.userPrincipalName && known.userDisplayName === names.userDisplayName) return number;
    return this.add(names);
  }
}

/** People numbered in the order listed, kept as given: a stored window's, or a report's spenders. */
export class PersonList implements People {
  private readonly people: PersonNames[] = [];

  get size(): number {
    return this.people.length;
  }

  person(number: number): PersonNames {
    return this.people[number] as PersonNames;
  }

  add(names: PersonNames): number {
    return this.people.push(names) - 1;
  }
}
