/** CSV files waiting for the user's consent, kept in memory by a random id (the file never travels in a card). */
import { randomUUID } from 'node:crypto';

/** A file prepared for one user. */
export interface PreparedExport {
  name: string;
  bytes: Buffer;
  /** Who asked for it: only they may accept it. */
  owner: string;
}

export interface CsvExportsOptions {
  /** How long a file waits for the user's answer. */
  ttlMs: number;
  /** Files kept at most; the oldest go first. */
  maxEntries: number;
  clock?: () => number;
}

/**
 * The files offered through file consent cards. The card's accept context carries only the id; a
 * restart (or another instance) loses the file, and the user is asked to export again.
 */
export class CsvExports {
  private readonly entries = new Map<string, PreparedExport & { expiresAt: number }>();
  private readonly clock: () => number;

  constructor(private readonly options: CsvExportsOptions) {
    this.clock = options.clock ?? Date.now;
  }

  /** Keeps the file and returns its id (a random UUID). */
  put(prepared: PreparedExport): string {
    const id = randomUUID();
    this.entries.set(id, { ...prepared, expiresAt: this.clock() + this.options.ttlMs });
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return id;
  }

  /** The file with this id when `owner` asked for it and it has not expired. */
  get(id: string, owner: string): PreparedExport | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.owner !== owner) return undefined;
    if (entry.expiresAt <= this.clock()) {
      this.entries.delete(id);
      return undefined;
    }
    return entry;
  }

  /** Forgets the file (uploaded or declined). */
  drop(id: string): void {
    this.entries.delete(id);
  }
}
