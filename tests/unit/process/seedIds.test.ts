// Runs in: vitest (Node). The seed register: exactly the 126 IDs of SEED-MAP.md, grouped right.
import { describe, expect, it } from 'vitest';
import { isSeedId, seedEntry, seedGroups, seedIds } from '../../../shared/process';

describe('seed IDs', () => {
  it('holds 126 unique IDs', () => {
    const ids = seedIds.map((s) => s.id);
    expect(ids).toHaveLength(126);
    expect(new Set(ids).size).toBe(126);
  });

  it('has the right count per group, numbered 01..n without gaps', () => {
    const expected = { A: 16, S: 26, P: 19, I: 38, F: 27 } as const;
    for (const [group, count] of Object.entries(expected)) {
      const ids = seedIds.filter((s) => s.group === group).map((s) => s.id);
      const numbered = Array.from(
        { length: count },
        (_, i) => `${group}${String(i + 1).padStart(2, '0')}`,
      );
      expect(ids, `group ${group}`).toEqual(numbered);
    }
    expect(Object.fromEntries(seedGroups.map((g) => [g.id, g.count]))).toEqual(expected);
  });

  it('gives every ID its group by prefix, a seed line and an app feature in both languages', () => {
    for (const s of seedIds) {
      expect(s.id.startsWith(s.group), s.id).toBe(true);
      expect(s.seedLine.trim(), s.id).not.toBe('');
      expect(s.appFeature.sv.trim(), s.id).not.toBe('');
      expect(s.appFeature.en.trim(), s.id).not.toBe('');
      // The app feature is our description, not the seed line repeated.
      expect(s.appFeature.sv, s.id).not.toBe(s.seedLine);
    }
  });

  it('keeps the seed lines verbatim where the wording is distinctive', () => {
    expect(seedEntry('A15').seedLine).toBe('Fånga nyckelaktörer och de som "brinner" för frågorna');
    expect(seedEntry('S26').seedLine).toBe(
      'Nästa steg (workshop, nya möten, remiss (KSAU-KS-KF), fastställande)',
    );
    expect(seedEntry('F11').seedLine).toBe('Mål (grönt-gult-rött)');
  });

  it('recognises known IDs only', () => {
    expect(isSeedId('I38')).toBe(true);
    expect(isSeedId('I39')).toBe(false);
    expect(isSeedId('a01')).toBe(false);
  });
});
