/** Reads BUDGETS_FILE (the tenant's monthly budgets, see README "Budget watch") from disk at start-up. */
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../configValues';

/** The file's text; an unreadable file stops start-up naming BUDGETS_FILE. */
export function readBudgetsFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as { code?: unknown }).code;
    throw new ConfigurationError('BUDGETS_FILE', `a readable CSV file${typeof reason === 'string' ? ` (${reason})` : ''}`, path);
  }
}
