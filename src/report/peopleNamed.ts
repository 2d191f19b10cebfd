/** Finds the people of a report a question names: by display name, part of it, or UPN, ignoring case, accents and apostrophes. */
import { remembered } from '../domain/remembered';
import type { Report, Spender } from './report';

/** "O’Brien" → "obrien", "Sofía" → "sofia": lower case, accents and apostrophes, dots and hyphens inside words dropped. */
function normalised(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`.-]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function tokens(text: string): string[] {
  return normalised(text).split(' ').filter((token) => token !== '');
}

/** Each person of the report once (their first currency's line), in the report's order: currencies by size, then by cost. */
function everyone(report: Report): Spender[] {
  const seen = new Set<string>();
  const people: Spender[] = [];
  for (const currency of report.currencies) {
    for (const spender of currency.spenders) {
      if (spender.userId === '' || seen.has(spender.userId)) continue;
      seen.add(spender.userId);
      people.push(spender);
    }
  }
  return people;
}

interface NamedPerson {
  person: Spender;
  words: string[];
}

const namesByReport = new WeakMap<Report, NamedPerson[]>();

/** Everyone of the report with the words of their display name, worked out on the first question that names someone and kept as long as the report. */
function namesOf(report: Report): NamedPerson[] {
  return remembered(namesByReport, report, () => everyone(report).map((person) => ({ person, words: tokens(person.userDisplayName) })));
}

/**
 * The people `name` names: a UPN names its owner; other words name everyone whose display name has each
 * of them as a whole word ("Nadia" names every Nadia). When some names are exactly the words asked
 * ("Nadia O'Brien", "nadia obrien"), only those count: a full name is not also a part of a longer one.
 * @example peopleNamed(report, "nadia obrien").map((p) => p.userDisplayName) // ["Nadia O'Brien"]
 */
export function peopleNamed(report: Report, name: string): Spender[] {
  if (name.includes('@')) {
    const upn = name.trim().toLowerCase();
    return everyone(report).filter((person) => person.userPrincipalName.toLowerCase() === upn);
  }
  const asked = tokens(name);
  if (asked.length === 0) return [];
  const matches: Array<{ person: Spender; exact: boolean }> = [];
  for (const { person, words } of namesOf(report)) {
    if (asked.every((token) => words.includes(token))) matches.push({ person, exact: words.length === asked.length });
  }
  const exact = matches.filter((match) => match.exact);
  return (exact.length > 0 ? exact : matches).map((match) => match.person);
}
