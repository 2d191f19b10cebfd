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

  constructor(private readonly seed: number) {
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
    return `${mailPart(first)}.${mailPart(last)}${suffix}@${DEMO_DOMAIN}`;
  }

  /** A version-4-shaped GUID, unique per index because the first word is a bijection of it. */
  userId(userIndex: number): string {
    const key = mix32(this.seed ^ 0x68e31da4);
    const words = [0, 1, 2, 3].map((k) => hash2(key + k, userIndex));
    const hex = words.map((word) => word.toString(16).padStart(8, '0')).join('');
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
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
