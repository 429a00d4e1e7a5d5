// Runs in: main process / Node. Turns what the officer types into a safe FTS5 prefix query.

/**
 * Every whitespace-separated word becomes a quoted prefix term ("word"*), so FTS5 operators,
 * quotes and brackets in the input can never break the query. Returns null when nothing
 * searchable is left. An org. number typed with a space ("556016 0680") is joined first,
 * because the index holds it as one token.
 */
export function toFtsPrefixQuery(input: string): string | null {
  const joined = input.trim().replace(/^(\d{6})\s+(\d{1,4})$/, '$1-$2');
  const terms = joined
    .split(/\s+/)
    .map((word) => word.replace(/["*^():{}+]/g, '').replace(/^-+|-+$/g, ''))
    // A term needs a letter or digit; lone punctuation would give FTS5 an empty phrase.
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .map((word) => `"${word}"*`);
  return terms.length > 0 ? terms.join(' ') : null;
}
