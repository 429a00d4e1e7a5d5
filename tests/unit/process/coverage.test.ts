// Runs in: vitest (Node). SEED-MAP.md: every seed line must be met somewhere in the app. This test
// fails, naming the IDs, when one of the 126 is referenced nowhere in the process catalogue.
import { describe, expect, it } from 'vitest';
import {
  allSeedRefs,
  documentSections,
  fieldRefs,
  healthChecks,
  processCatalogue,
  seedIds,
  uncoveredSeedIds,
  type Catalogue,
} from '../../../shared/process';

describe('seed coverage', () => {
  it('references every one of the 126 seed IDs somewhere', () => {
    const missing = uncoveredSeedIds();
    expect(missing, `Seed IDs covered nowhere: ${missing.join(', ')}`).toEqual([]);
    expect(allSeedRefs()).toHaveLength(seedIds.length);
  });

  it('places every actor category in the actors step and every F line in the follow-up phase or goals', () => {
    const actors = processCatalogue.phases[0].steps.find((s) => s.id === 'actors');
    const aIds = seedIds.filter((s) => s.group === 'A').map((s) => s.id);
    expect(actors?.seedRefs).toEqual(aIds);

    const refsOf = (phaseIds: string[]) =>
      new Set(
        processCatalogue.phases
          .filter((p) => phaseIds.includes(p.id))
          .flatMap((p) => p.steps)
          .flatMap((s) => [...s.seedRefs, ...s.checklist.flatMap((i) => i.seedRefs)]),
      );
    const followUp = refsOf(['follow-up']);
    const programme = refsOf(['programme']);
    const fMissing = seedIds
      .filter((s) => s.group === 'F' && !followUp.has(s.id) && !programme.has(s.id))
      .map((s) => s.id);
    expect(fMissing).toEqual([]);
  });

  it('puts the programme contents (P) in the document sections, Tydlighet as a check', () => {
    const inSections = new Set(documentSections.flatMap((s) => s.seedRefs));
    const notInSections = seedIds
      .filter((s) => s.group === 'P' && !inSections.has(s.id))
      .map((s) => s.id);
    expect(notInSections).toEqual(['P15']);
    expect(healthChecks.some((c) => c.seedRefs.includes('P15'))).toBe(true);
  });

  it('carries the field-level seed lines named in SEED-MAP', () => {
    expect(fieldRefs['stakeholder.keyActor']).toEqual(['A15']);
    expect(fieldRefs['stakeholder.locality']).toEqual(['A16']);
    expect(fieldRefs['visit.satisfaction']).toEqual(['F17']);
    expect(fieldRefs['goal.horizon']).toEqual(['S22', 'P04']);
  });

  it('reports the IDs that a smaller catalogue no longer covers', () => {
    const withoutFollowUp: Catalogue = {
      phases: processCatalogue.phases.filter((p) => p.id !== 'follow-up'),
      documentSections: [],
      healthChecks: [],
      fieldRefs: {},
    };
    const missing = uncoveredSeedIds(withoutFollowUp);
    // Only the follow-up phase cites these.
    expect(missing).toEqual(expect.arrayContaining(['F01', 'F21', 'F24', 'F25', 'I16', 'I29']));
    expect(missing).not.toContain('S15');
    const empty: Catalogue = { phases: [], documentSections: [], healthChecks: [], fieldRefs: {} };
    expect(uncoveredSeedIds(empty)).toHaveLength(126);
  });
});
