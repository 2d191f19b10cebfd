/** How answers quote the user's own words back to them. */

/**
 * `words` in typographic quotes, cut to `limit` characters with an ellipsis.
 * @example quoted('Narnia') // '“Narnia”'
 */
export function quoted(words: string, limit = 60): string {
  return `“${words.length > limit ? `${words.slice(0, limit - 1).trimEnd()}…` : words}”`;
}
