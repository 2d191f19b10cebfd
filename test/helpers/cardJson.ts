/** Walks rendered Adaptive Card JSON for tests: strings, texts, elements by type, table rows, buttons. */

type Json = unknown;
type JsonObject = Record<string, unknown>;

function isObject(value: Json): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Every string anywhere in the card (keys excluded). */
export function allStrings(node: Json): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(allStrings);
  if (isObject(node)) return Object.values(node).flatMap(allStrings);
  return [];
}

/** The `text` of every TextBlock and TextRun, in document order. */
export function texts(node: Json): string[] {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (!isObject(node)) return [];
  const own = (node.type === 'TextBlock' || node.type === 'TextRun') && typeof node.text === 'string' ? [node.text] : [];
  return [...own, ...Object.values(node).flatMap(texts)];
}

/** What a reader sees, roughly: texts, fact titles and values, button titles, one per line. */
export function visibleText(card: Json): string {
  const facts = elementsOf(card, (e) => e.type === 'FactSet').flatMap((set) =>
    (set.facts as JsonObject[]).map((fact) => `${String(fact.title)}: ${String(fact.value)}`),
  );
  const buttons = elementsOf(card, (e) => typeof e.type === 'string' && e.type.startsWith('Action.')).map((a) => String(a.title));
  return [...texts(card), ...facts, ...buttons].join('\n');
}

/** Every object matching `test`, in document order, outside action data. */
export function elementsOf(node: Json, test: (element: JsonObject) => boolean): JsonObject[] {
  if (Array.isArray(node)) return node.flatMap((child) => elementsOf(child, test));
  if (!isObject(node)) return [];
  const here = test(node) ? [node] : [];
  const children = Object.entries(node).filter(([key]) => key !== 'data' && key !== 'msteams');
  return [...here, ...children.flatMap(([, child]) => elementsOf(child, test))];
}

/** Every element or action `type` used in the card (action data excluded). */
export function typesUsed(card: Json): Set<string> {
  return new Set(elementsOf(card, (e) => typeof e.type === 'string').map((e) => e.type as string));
}

/** Every Table that a host with chart support shows: tables that are only a chart's fallback are left out. */
function shownTables(node: Json): JsonObject[] {
  if (Array.isArray(node)) return node.flatMap(shownTables);
  if (!isObject(node)) return [];
  const here = node.type === 'Table' ? [node] : [];
  const chart = typeof node.type === 'string' && node.type.startsWith('Chart.');
  const children = Object.entries(node).filter(([key]) => key !== 'data' && key !== 'msteams' && !(chart && key === 'fallback'));
  return [...here, ...children.flatMap(([, child]) => shownTables(child))];
}

/** The body rows of the first Table (header excluded; charts' fallback tables skipped), each cell as its texts joined by a space. */
export function tableRows(card: Json): string[][] {
  const table = shownTables(card)[0];
  if (!table) return [];
  const rows = (table.rows as JsonObject[]).slice(1);
  return rows.map((row) => (row.cells as Json[]).map((cell) => texts(cell).join(' ')));
}

/** The card-level buttons (the card's `actions`). */
export function cardActions(card: Json): JsonObject[] {
  return isObject(card) && Array.isArray(card.actions) ? (card.actions as JsonObject[]) : [];
}

/** Buttons anywhere in the body (ActionSets), e.g. currency switches and examples. */
export function bodyActions(card: Json): JsonObject[] {
  return elementsOf(isObject(card) ? card.body : [], (e) => e.type === 'ActionSet').flatMap((set) => set.actions as JsonObject[]);
}

/** The body rows of the first Table like tableRows, each cell as the list of its texts (a name, its UPN, its details line). */
export function tableCells(card: Json): string[][][] {
  const table = shownTables(card)[0];
  if (!table) return [];
  return (table.rows as JsonObject[]).slice(1).map((row) => (row.cells as Json[]).map((cell) => texts(cell)));
}

/** A person as a list shows them: the name, then the UPN cut to 22 characters with an ellipsis (the person card shows it whole). */
export function listedPerson(name: string, upn: string): string {
  return `${name} ${upn.length <= 22 ? upn : `${upn.slice(0, 21)}…`}`;
}
