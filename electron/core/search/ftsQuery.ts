// Runs in: main process / Node. Turns what the officer typed into a safe FTS5 MATCH expression.

/** More words than this adds nothing to a search box and only slows the query down. */
const MAX_TERMS = 12;

/**
 * A word as the index's tokenizer sees it (unicode61 with tokenchars '-'): letters, digits,
 * combining marks, private-use characters and the hyphen. Everything else separates words, so
 * quotes and FTS operators typed by the user never reach the MATCH syntax.
 */
const WORD = /[\p{L}\p{N}\p{M}\p{Co}-]+/gu;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Org. numbers typed as 556123-4567, 5561234567, 556123 4567, 556123+4567 or with the century
 * (16556123-4567). Companies are indexed both as NNNNNN-NNNN and NNNNNNNNNN, notes may hold either.
 */
const ORG_NUMBER = /(?<![\p{L}\p{N}-])(?:\d{2})?(\d{6}) ?[-+]? ?(\d{4})(?![\p{L}\p{N}-])/gu;

/** A double-quoted FTS5 string; the word can hold no quote (see WORD), doubling is only a guard. */
const quote = (word: string): string => `"${word.replaceAll('"', '""')}"`;

/** Prefix match from two characters on: the index has prefix tables for 2–4 characters only. */
const term = (word: string): string => ([...word].length > 1 ? `${quote(word)}*` : quote(word));

/**
 * Builds an FTS5 query in which every typed word must match as a prefix ("word"* AND …), or null
 * when nothing searchable was typed. Never throws and never yields invalid FTS5 syntax.
 */
export function buildFtsQuery(text: string): string | null {
  const terms: string[] = [];
  const seen = new Set<string>();
  const add = (key: string, expression: string) => {
    if (terms.length >= MAX_TERMS || seen.has(key)) return;
    seen.add(key);
    terms.push(expression);
  };

  const rest = text.normalize('NFC').replace(ORG_NUMBER, (_match, head: string, tail: string) => {
    add(`${head}-${tail}`, `(${term(`${head}-${tail}`)} OR ${term(`${head}${tail}`)})`);
    return ' ';
  });

  for (const raw of rest.match(WORD) ?? []) {
    const word = raw.replace(/^-+|-+$/g, '');
    if (!HAS_LETTER_OR_DIGIT.test(word)) continue;
    add(word.toLocaleLowerCase('sv'), term(word));
  }
  return terms.length > 0 ? terms.join(' AND ') : null;
}
