/** What a scenario hands back: tables to print and targets to judge, and how both are printed. */

/** One table of figures, printed as Markdown so it can be pasted into docs/performance.md. */
export interface Table {
  title: string;
  columns: string[];
  rows: string[][];
  /** Printed under the table: what was measured and how. */
  notes?: string[];
}

/** A target from the issue and whether this run met it. */
export interface Target {
  scenario: string;
  target: string;
  measured: string;
  holds: boolean;
}

export interface ScenarioResult {
  tables: Table[];
  targets: Target[];
}

/** The table as Markdown, columns padded for reading in a terminal too. */
export function formatTable(table: Table): string {
  const widths = table.columns.map((column, i) => Math.max(column.length, ...table.rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((cell, i) => cell.padEnd(widths[i] as number)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  const notes = (table.notes ?? []).map((note) => `> ${note}`);
  return [`### ${table.title}`, '', line(table.columns), rule, ...table.rows.map(line), ...(notes.length ? ['', ...notes] : [])].join('\n');
}

/** The closing summary: every target, held or not. */
export function targetsTable(targets: Target[]): Table {
  return {
    title: 'Targets',
    columns: ['Scenario', 'Target', 'Measured', 'Holds'],
    rows: targets.map((t) => [t.scenario, t.target, t.measured, t.holds ? 'yes' : 'NO']),
  };
}
