// Runs in: everywhere. The clarity check of the programme text (tydlighet, P15; "krångla inte till
// det", I32): long sentences and words from a list of officialese with plainer alternatives. Pure,
// so the editor marks text as it is typed and the core counts the same marks for the overview.

/** Sentences with more words than this are marked: a reader loses the thread after about 25. */
export const LONG_SENTENCE_WORDS = 25;

export interface JargonEntry {
  /** The word as it is shown in the hint. */
  term: string;
  /** Lower-case beginnings that catch the word and its inflections and compounds. */
  stems: readonly string[];
  /** Plainer words to use instead. */
  plain: string;
}

/**
 * Words that make a municipal text heavy to read, with plain Swedish instead. Our own list,
 * kept short on purpose: each entry should be worth the officer's attention.
 */
export const jargonList: readonly JargonEntry[] = [
  { term: 'implementera', stems: ['implementer'], plain: 'genomföra, införa' },
  {
    term: 'kompetensförsörjningsinsatser',
    stems: ['kompetensförsörjningsinsats'],
    plain: 'insatser för att hitta och utbilda personal',
  },
  { term: 'tillväxtskapande', stems: ['tillväxtskapand'], plain: 'som får företagen att växa' },
  { term: 'tillgängliggöra', stems: ['tillgängliggör'], plain: 'göra tillgänglig, visa, dela' },
  { term: 'synergieffekter', stems: ['synergi'], plain: 'vinster av att samarbeta' },
  { term: 'initiera', stems: ['initier'], plain: 'starta, ta initiativ till' },
  { term: 'i syfte att', stems: [], plain: 'för att' },
  { term: 'i dagsläget', stems: ['dagsläget'], plain: 'nu, i dag' },
  { term: 'avseende', stems: ['avseende'], plain: 'om, när det gäller' },
  { term: 'erforderlig', stems: ['erforderlig'], plain: 'nödvändig, som behövs' },
  { term: 'företrädesvis', stems: ['företrädesvis'], plain: 'helst, främst' },
  {
    term: 'innovationsfrämjande',
    stems: ['innovationsfrämjand'],
    plain: 'som hjälper nya idéer fram',
  },
  {
    term: 'strategisk samverkansplattform',
    stems: ['samverkansplattform'],
    plain: 'ett sätt att arbeta tillsammans',
  },
  {
    term: 'verksamhetsutveckla',
    stems: ['verksamhetsutveckla'],
    plain: 'utveckla arbetet, förbättra',
  },
  { term: 'kravställa', stems: ['kravställ'], plain: 'ställa krav' },
  { term: 'målgruppsanpassa', stems: ['målgruppsanpass'], plain: 'anpassa till dem det gäller' },
  { term: 'ändamålsenlig', stems: ['ändamålsenlig'], plain: 'lämplig, som fungerar' },
  { term: 'resursoptimera', stems: ['resursoptimer'], plain: 'använda pengar och tid väl' },
  {
    term: 'attraktivitetshöjande',
    stems: ['attraktivitetshöjand'],
    plain: 'som gör kommunen mer lockande',
  },
  { term: 'förankringsprocess', stems: ['förankringsprocess'], plain: 'samtal för att få stöd' },
  { term: 'helhetsgrepp', stems: ['helhetsgrepp'], plain: 'se till alla delar' },
  { term: 'nyttja', stems: ['nyttj'], plain: 'använda' },
  { term: 'tillse', stems: ['tillse'], plain: 'se till' },
  { term: 'densamma', stems: ['densamma', 'detsamma', 'desamma'], plain: 'den, det, de' },
];

/** Phrases of several words: found in the running text, not word by word. */
const phrases = jargonList.filter((j) => j.term.includes(' ') && j.stems.length === 0);

export type ClarityIssue =
  | { kind: 'long-sentence'; start: number; end: number; words: number; excerpt: string }
  | { kind: 'jargon'; start: number; end: number; word: string; term: string; plain: string };

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Sentences as [start, end) offsets: ended by . ! ? followed by space, or by a line break. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const end = /[.!?]+(?=\s|$)|\n/g;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = end.exec(text)) !== null) {
    const to = m.index + m[0].length;
    const lead = text.slice(from, to).search(/\S/);
    if (lead >= 0) spans.push([from + lead, to]);
    from = to;
  }
  const lead = text.slice(from).search(/\S/);
  if (lead >= 0) spans.push([from + lead, text.length]);
  return spans;
}

export const wordCount = (text: string): number => text.match(WORD)?.length ?? 0;

function excerptOf(sentence: string): string {
  const flat = sentence.trim().replace(/\s+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}

/** Every mark in `text`, in reading order. */
export function clarityIssues(text: string): ClarityIssue[] {
  const issues: ClarityIssue[] = [];
  for (const [start, end] of sentenceSpans(text)) {
    const sentence = text.slice(start, end);
    const words = wordCount(sentence);
    if (words > LONG_SENTENCE_WORDS) {
      issues.push({ kind: 'long-sentence', start, end, words, excerpt: excerptOf(sentence) });
    }
  }
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLocaleLowerCase('sv');
    const entry = jargonList.find((j) => j.stems.some((s) => lower.startsWith(s)));
    if (entry) {
      const start = m.index;
      issues.push({
        kind: 'jargon',
        start,
        end: start + m[0].length,
        word: m[0],
        term: entry.term,
        plain: entry.plain,
      });
    }
  }
  const lowerText = text.toLocaleLowerCase('sv');
  for (const entry of phrases) {
    let at = lowerText.indexOf(entry.term);
    while (at >= 0) {
      const end = at + entry.term.length;
      const letter = /\p{L}/u;
      const whole = !letter.test(lowerText.charAt(at - 1)) && !letter.test(lowerText.charAt(end));
      if (whole)
        issues.push({
          kind: 'jargon',
          start: at,
          end,
          word: text.slice(at, end),
          term: entry.term,
          plain: entry.plain,
        });
      at = lowerText.indexOf(entry.term, end);
    }
  }
  return issues.sort((a, b) => a.start - b.start || a.end - b.end);
}
