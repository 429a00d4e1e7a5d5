// Runs in: main process / Node. User text made safe for Word XML, and Swedish number wording.

// Characters XML 1.0 forbids (Word reports the file as damaged if one slips into a text run).
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text without characters that would make the document unreadable; tabs become spaces. */
export function cleanText(text: string): string {
  return text.replace(FORBIDDEN, '').replace(LONE_SURROGATE, '\uFFFD').replace(/\t/g, ' ');
}

/**
 * User text as blocks of lines: a blank line starts a new paragraph, a single line break stays
 * a line break inside the paragraph. Trailing spaces and empty edges are dropped.
 */
export function textBlocks(text: string): string[][] {
  const lines = cleanText(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''));
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

const swedishNumber = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
const swedishInteger = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

/** 4,2 and 1 234 the Swedish way (decimal comma, space as thousands separator). */
export const decimal = (n: number): string => swedishNumber.format(n);
export const integer = (n: number): string => swedishInteger.format(n);

/** '12 %' of a share, rounded to whole per cent. */
export const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${swedishInteger.format((100 * part) / whole)}\u00a0%`;

/** 'a, b och c' */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

/** The number in words for small counts, as Swedish prose prefers ('tre besök', '12 besök'). */
export function countWord(n: number, neuter = true): string {
  const words = [
    'inga',
    neuter ? 'ett' : 'en',
    'två',
    'tre',
    'fyra',
    'fem',
    'sex',
    'sju',
    'åtta',
    'nio',
    'tio',
    'elva',
    'tolv',
  ];
  return n >= 0 && n < words.length ? words[n]! : integer(n);
}
