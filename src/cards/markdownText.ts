/**
 * Card text made inert: TextBlocks and facts render a Markdown subset (links, emphasis, lists), so a
 * display name such as `[Verify your account](https://evil.example)` would become a link. Every card
 * passes through `inertCardText` (see renderCard.ts); templates therefore never use Markdown themselves.
 */

/** Characters with inline meaning: link brackets, emphasis, code, autolinks and tags, strikethrough, client date functions. */
const INLINE = /[\\`*_[\]<>~{}]/g;

/** Block markers at the start of a line: lists ("- ", "+ ", "1. ", "1) ") and headings ("# "). */
const LINE_START = /(^|[\r\n])([ \t]*)([-+]|#+|\d{1,9}[.)])(?=[ \t]|$)/g;

/**
 * `text` with every Markdown sign escaped by a backslash (CommonMark escapes), so it shows as written.
 * @example markdownText('[Verify](https://evil.example)') // '\\[Verify\\](https://evil.example)'
 */
export function markdownText(text: string): string {
  return text
    .replace(INLINE, (sign) => `\\${sign}`)
    .replace(LINE_START, (_line, before: string, indent: string, marker: string) =>
      /^\d/.test(marker) ? `${before}${indent}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${before}${indent}\\${marker}`,
    );
}

type Json = unknown;

function isObject(node: Json): node is Record<string, Json> {
  return typeof node === 'object' && node !== null && !Array.isArray(node);
}

function inertFact(fact: Json): Json {
  if (!isObject(fact)) return fact;
  return {
    ...fact,
    ...(typeof fact.title === 'string' ? { title: markdownText(fact.title) } : {}),
    ...(typeof fact.value === 'string' ? { value: markdownText(fact.value) } : {}),
  };
}

/**
 * A rendered card whose Markdown-rendering texts (TextBlock text, fact titles and values) are
 * escaped; plain-text places (TextRun, button and choice titles, chart labels) and action data are left as they are.
 * @example inertCardText({ type: 'TextBlock', text: '**x**' }) // { type: 'TextBlock', text: '\\*\\*x\\*\\*' }
 */
export function inertCardText<Node extends Json>(node: Node): Node {
  if (Array.isArray(node)) return node.map((child: Json) => inertCardText(child)) as Node;
  if (!isObject(node)) return node;
  const result: Record<string, Json> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'data') result[key] = value;
    else if (key === 'text' && node.type === 'TextBlock' && typeof value === 'string') result[key] = markdownText(value);
    else if (key === 'facts' && node.type === 'FactSet' && Array.isArray(value)) result[key] = value.map(inertFact);
    else result[key] = inertCardText(value);
  }
  return result as Node;
}
