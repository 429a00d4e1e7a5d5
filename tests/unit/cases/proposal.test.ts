// Runs in: vitest (Node). "Förslag till beslut" worded for each stage of the decision track.
import { describe, expect, it } from 'vitest';
import { proposalSentences, type ProposalInput } from '../../../electron/core/cases/proposal';

const base: ProposalInput = {
  stage: 'ksau',
  kind: 'adoption',
  subject: 'Näringslivsprogram 2027–2030',
  remissTo: [],
  remissDeadline: null,
  extra: '',
};

describe('proposal wording per stage', () => {
  it('words the KSAU, KS and KF proposals as self-standing sentences', () => {
    expect(proposalSentences(base).sentences).toEqual([
      'Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen att föreslå kommunfullmäktige att anta Näringslivsprogram 2027–2030.',
    ]);
    expect(proposalSentences({ ...base, stage: 'ks' }).sentences).toEqual([
      'Kommunstyrelsen föreslår kommunfullmäktige att anta Näringslivsprogram 2027–2030.',
    ]);
    expect(proposalSentences({ ...base, stage: 'kf' }).sentences).toEqual([
      'Kommunfullmäktige antar Näringslivsprogram 2027–2030.',
    ]);
    for (const stage of ['ksau', 'ks', 'kf'] as const) {
      const [sentence] = proposalSentences({ ...base, stage }).sentences;
      expect(sentence, stage).not.toMatch(/^att /i);
      expect(sentence).toMatch(/^[A-ZÅÄÖ].*\.$/);
    }
  });

  it('names the remiss instances and the reply deadline', () => {
    const { sentences, missing } = proposalSentences({
      ...base,
      stage: 'remiss',
      remissTo: ['Samhällsbyggnadsnämnden', 'Företagarna Exeby', 'Centerpartiet'],
      remissDeadline: '2027-03-11',
    });
    expect(sentences).toEqual([
      'Förslaget till Näringslivsprogram 2027–2030 sänds på remiss till Samhällsbyggnadsnämnden, Företagarna Exeby och Centerpartiet med svar senast 11 mars 2027.',
    ]);
    expect(missing).toEqual([]);
  });

  it('points to the distribution list when there are many instances, and says what is missing', () => {
    const many = proposalSentences({
      ...base,
      stage: 'remiss',
      remissTo: Array.from({ length: 12 }, (_, i) => `Instans ${i + 1}`),
      remissDeadline: '2027-03-11',
    });
    expect(many.sentences[0]).toContain('till de 12 remissinstanser som anges i sändlistan');
    const none = proposalSentences({ ...base, stage: 'remiss' });
    expect(none.missing).toEqual(['remissinstanser', 'sista svarsdag för remissen']);
  });

  it('adapts the decision to revisions and follow-ups', () => {
    expect(proposalSentences({ ...base, kind: 'revision', stage: 'kf' }).sentences[0]).toBe(
      'Kommunfullmäktige antar reviderat Näringslivsprogram 2027–2030.',
    );
    expect(proposalSentences({ ...base, kind: 'follow_up', stage: 'ks' }).sentences[0]).toBe(
      'Kommunstyrelsen föreslår kommunfullmäktige att godkänna uppföljningen av Näringslivsprogram 2027–2030.',
    );
  });

  it('numbers the officer’s extra points as their own sentences', () => {
    const { sentences } = proposalSentences({
      ...base,
      stage: 'kf',
      extra:
        '1. Näringslivsprogram 2023–2026 upphör att gälla\n\nkommunstyrelsen får i uppdrag att följa upp programmet årligen.',
    });
    expect(sentences).toEqual([
      'Kommunfullmäktige antar Näringslivsprogram 2027–2030.',
      'Näringslivsprogram 2023–2026 upphör att gälla.',
      'Kommunstyrelsen får i uppdrag att följa upp programmet årligen.',
    ]);
  });
});
