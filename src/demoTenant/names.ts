/** Realistic, unique display names, user principal names and object ids for synthetic users. */
import { hash2, mix32 } from './hash';

const FIRST_NAMES = [
  'Ruwini', 'Aiko', 'Mateo', 'Priya', 'Lukas', 'Amara', 'Jonas', 'Sofía', 'Wei', 'Fatima',
  'Noah', 'Chloé', 'Arjun', 'Ingrid', 'Kwame', 'Yuki', 'Liam', 'Ananya', 'Emma', 'Diego',
  'Hannah', 'Omar', 'Mei', 'Lars', 'Zoë', 'Rafael', 'Nadia', 'Hiroshi', 'Olivia', 'Tomás',
  'Aisha', 'Finn', 'Lucía', 'Ravi', 'Freya', 'Kenji', 'Isabela', 'Sven', 'Leila', 'Daniel',
  'Camille', 'Vikram', 'Elif', 'Jack', 'Thandiwe', 'Matteo', 'Sakura', 'Pedro', 'Greta', 'Samuel',
  'Ngozi', 'Hugo', 'Min-jun', 'Clara', 'Ahmed', 'Maya', 'Erik', 'Beatriz', 'Chen', 'Aoife',
];

const LAST_NAMES = [
  'Perera', 'Tanaka', 'García', 'Sharma', 'Müller', 'Okafor', 'Schmidt', 'Rossi', 'Zhang', 'Khan',
  'Smith', 'Dubois', 'Patel', 'Johansson', 'Mensah', 'Suzuki', 'Brown', 'Iyer', 'Martin', 'Fernández',
  'Wagner', 'Haddad', 'Li', 'Nielsen', 'Moreau', 'Silva', 'Novak', 'Watanabe', 'Taylor', 'Costa',
  'Ali', "O'Brien", 'López', 'Reddy', 'Larsen', 'Kobayashi', 'Santos', 'Berg', 'Rahman', 'Cohen',
  'Lefèvre', 'Nair', 'Yılmaz', 'Wilson', 'Dlamini', 'Bianchi', 'Sato', 'Oliveira', 'Fischer', 'Adeyemi',
  'Eze', 'Bernard', 'Kim', 'Hoffmann', 'Hassan', 'Levi', 'Lindqvist', 'Almeida', 'Wang', 'Murphy',
];

const COMBINATIONS = FIRST_NAMES.length * LAST_NAMES.length;

/** Two hex digits per byte value: ids are built from table look-ups, not number formatting (pages need thousands). */
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex32(word: number): string {
  return (
    (HEX_BYTES[word >>> 24] as string) +
    (HEX_BYTES[(word >>> 16) & 0xff] as string) +
    (HEX_BYTES[(word >>> 8) & 0xff] as string) +
    (HEX_BYTES[word & 0xff] as string)
  );
}

/** The mail domain of the demo tenant. */
const DEMO_DOMAIN = 'contoso.com';

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}

/**
 * Names users by stepping through all first × last combinations in a seed-shuffled order:
 * a step coprime with the number of combinations visits each one once per round, so a
 * name repeats only after every combination is taken, and the round number dedupes the UPN.
 */
export class NameBook {
  private readonly step: number;
  private readonly offset: number;
  private readonly idKey: number;

  constructor(seed: number) {
    this.idKey = mix32(seed ^ 0x68e31da4);
    let step = 1 + (mix32(seed ^ 0x51ed270b) % (COMBINATIONS - 1));
    while (greatestCommonDivisor(step, COMBINATIONS) !== 1) step += 1;
    this.step = step;
    this.offset = mix32(seed ^ 0x2545f491) % COMBINATIONS;
  }

  /** "Ruwini Perera" */
  displayName(userIndex: number): string {
    const { first, last } = this.parts(userIndex);
    return `${first} ${last}`;
  }

  /** "ruwini.perera@contoso.com", or "ruwini.perera2@contoso.com" for the second person of that name. */
  userPrincipalName(userIndex: number): string {
    const { first, last } = this.parts(userIndex);
    const round = Math.floor(userIndex / COMBINATIONS);
    const suffix = round === 0 ? '' : String(round + 1);
    return `${mailPartOf(first)}.${mailPartOf(last)}${suffix}@${DEMO_DOMAIN}`;
  }

  /** A version-4-shaped GUID, unique per index because the first word is a bijection of it. */
  userId(userIndex: number): string {
    const key = this.idKey;
    const [a, b, c, d] = [hash2(key, userIndex), hash2(key + 1, userIndex), hash2(key + 2, userIndex), hash2(key + 3, userIndex)];
    const second = hex32(b);
    const third = hex32(c);
    const variant = (((c >>> 28) & 0x3) | 0x8).toString(16);
    return `${hex32(a)}-${second.slice(0, 4)}-4${second.slice(5)}-${variant}${third.slice(1, 4)}-${third.slice(4)}${hex32(d)}`;
  }

  private parts(userIndex: number): { first: string; last: string } {
    const combination = (this.offset + (userIndex % COMBINATIONS) * this.step) % COMBINATIONS;
    return {
      first: FIRST_NAMES[Math.floor(combination / LAST_NAMES.length)],
      last: LAST_NAMES[combination % LAST_NAMES.length],
    };
  }
}

/** Mailbox text: lower case ASCII letters and digits ("Sofía" → "sofia", "O'Brien" → "obrien"). */
function mailPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Mail parts of the few names there are, computed once: a page names a thousand people. */
const MAIL_PARTS = new Map<string, string>();

function mailPartOf(name: string): string {
  let part = MAIL_PARTS.get(name);
  if (part === undefined) {
    part = mailPart(name);
    MAIL_PARTS.set(name, part);
  }
  return part;
}
