// Runs in: vitest (Node). The clarity check (P15, I32): long sentences, officialese with plain
// alternatives, sentence splitting, and the count the 'unclear-text' health check reads.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unclearTextCount } from '../../../electron/core/programmeText/clarity';
import {
  clarityIssues,
  jargonList,
  LONG_SENTENCE_WORDS,
  sentenceSpans,
} from '../../../shared/domain/programmeTextClarity';
import { makeProgrammeTextHarness, type ProgrammeTextHarness } from './fixtures';

const words = (n: number) => Array.from({ length: n }, (_, i) => `ord${i}`).join(' ');

describe('clarity check', () => {
  it('marks a sentence longer than the limit and leaves shorter ones alone', () => {
    const long = `${words(LONG_SENTENCE_WORDS + 1)}.`;
    const short = `${words(LONG_SENTENCE_WORDS)}.`;
    expect(clarityIssues(short)).toEqual([]);
    const issues = clarityIssues(`Kort mening. ${long} Kort igen.`);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ kind: 'long-sentence', words: LONG_SENTENCE_WORDS + 1 });
    expect(issues[0]!.start).toBe('Kort mening. '.length);
  });

  it('ends sentences at . ! ? and at line breaks, not inside numbers or dates', () => {
    const text = 'Mål 2,5 procent till 2027-12-31. Vad gör vi!\nEn lista utan punkt\nSista';
    expect(sentenceSpans(text).map(([a, b]) => text.slice(a, b).trim())).toEqual([
      'Mål 2,5 procent till 2027-12-31.',
      'Vad gör vi!',
      'En lista utan punkt',
      'Sista',
    ]);
  });

  it('finds officialese in any inflection or case and suggests plain words', () => {
    const issues = clarityIssues('Vi ska Implementera planen. Den implementeras i år.');
    expect(issues.map((i) => (i.kind === 'jargon' ? i.word : ''))).toEqual([
      'Implementera',
      'implementeras',
    ]);
    const first = issues[0]!;
    expect(first.kind === 'jargon' && first.plain).toBe('genomföra, införa');
  });

  it('finds a phrase of several words only as whole words', () => {
    expect(clarityIssues('Vi träffas i syfte att lära.').map((i) => i.kind)).toEqual(['jargon']);
    expect(clarityIssues('Pappi syfte attraktiv')).toEqual([]);
  });

  it('gives every jargon entry a plain alternative and no clean word a mark', () => {
    for (const entry of jargonList) expect(entry.plain.trim()).not.toBe('');
    expect(clarityIssues('Företagen får snabba besked och hjälp att hitta personal.')).toEqual([]);
  });

  it('returns marks in reading order with offsets into the text', () => {
    const text = `Vi nyttjar lokalerna. ${words(30)}.`;
    const issues = clarityIssues(text);
    expect(issues.map((i) => i.kind)).toEqual(['jargon', 'long-sentence']);
    expect(text.slice(issues[0]!.start, issues[0]!.end)).toBe('nyttjar');
  });
});

describe('unclearTextCount', () => {
  let h: ProgrammeTextHarness;
  beforeEach(() => {
    h = makeProgrammeTextHarness();
  });
  afterEach(() => h.ctx.cleanup());

  it('counts the marks of the saved texts and the why, not of left-out sections', async () => {
    const db = h.ctx.db!;
    expect(unclearTextCount(db, h.programmeId)).toBe(0);
    await h.call('programmeText:save', {
      programmeId: h.programmeId,
      sectionId: 'background',
      text: 'Vi ska implementera och nyttja allt.',
    });
    await h.call('programmeText:save', {
      programmeId: h.programmeId,
      sectionId: 'why',
      text: 'I dagsläget saknas lokaler.',
    });
    expect(unclearTextCount(db, h.programmeId)).toBe(3);
    await h.call('programmeText:leaveOut', {
      programmeId: h.programmeId,
      sectionId: 'background',
      leftOut: true,
      reason: 'Står i ärendet.',
    });
    expect(unclearTextCount(db, h.programmeId)).toBe(1);
    expect(unclearTextCount(db, 'no-such-programme')).toBe(0);
  });
});
