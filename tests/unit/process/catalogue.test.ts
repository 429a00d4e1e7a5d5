// Runs in: vitest (Node). The process catalogue's structure and texts: valid, bilingual, and the
// guidance written in our own words rather than copied from the seed.
import { describe, expect, it } from 'vitest';
import {
  editors,
  phaseIds,
  phases,
  processCatalogue,
  processSteps,
  seedGroups,
  seedIds,
  sentences,
  stepById,
  stepStatusIds,
  stepStatusLabels,
  validateCatalogue,
  type Catalogue,
  type ProcessStep,
} from '../../../shared/process';

/** Every {sv, en} object reachable from value, with its path. */
function localizedTexts(
  value: unknown,
  path = '',
): { path: string; text: Record<string, unknown> }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  if ('sv' in obj || 'en' in obj) return [{ path, text: obj }];
  return Object.entries(obj).flatMap(([k, v]) => localizedTexts(v, `${path}.${k}`));
}

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-zåäöé0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('process catalogue', () => {
  it('validates without problems', () => {
    expect(validateCatalogue()).toEqual([]);
  });

  it('has the six phases in order, each with steps that name their phase', () => {
    expect(phaseIds).toEqual([
      'mandate',
      'analysis',
      'dialogue',
      'programme',
      'decision',
      'follow-up',
    ]);
    expect(phases.map((p) => p.title.sv)).toEqual([
      'Uppdrag och förankring',
      'Nulägesanalys',
      'Dialog och prioritering',
      'Programmet',
      'Beslut',
      'Genomförande och uppföljning',
    ]);
    for (const phase of phases) {
      expect(phase.steps.length, phase.id).toBeGreaterThan(0);
      for (const step of phase.steps) expect(step.phase).toBe(phase.id);
    }
    expect(processSteps).toHaveLength(phases.reduce((n, p) => n + p.steps.length, 0));
  });

  it('has sv and en on every text', () => {
    const texts = localizedTexts({
      processCatalogue,
      seedIds,
      seedGroups,
      editors,
      stepStatusLabels,
    });
    // Sanity: the walk really reaches the step texts (4 per step at least).
    expect(texts.length).toBeGreaterThan(processSteps.length * 4 + seedIds.length);
    const broken = texts
      .filter(
        ({ text }) =>
          typeof text.sv !== 'string' ||
          typeof text.en !== 'string' ||
          !text.sv.trim() ||
          !text.en.trim(),
      )
      .map(({ path }) => path);
    expect(broken).toEqual([]);
  });

  it('writes the Swedish and English texts differently (no untranslated copies)', () => {
    const untranslated = processSteps
      .flatMap((s) => [s.guidance, s.completion, ...s.checklist.map((i) => i.text)])
      .filter((t) => t.sv === t.en)
      .map((t) => t.sv);
    expect(untranslated).toEqual([]);
  });

  it('gives 2–5 sentences of guidance per step in both languages', () => {
    for (const step of processSteps) {
      for (const lang of ['sv', 'en'] as const) {
        const n = sentences(step.guidance[lang]).length;
        expect(n, `${step.id} ${lang}`).toBeGreaterThanOrEqual(2);
        expect(n, `${step.id} ${lang}`).toBeLessThanOrEqual(5);
      }
    }
  });

  it('does not copy the seed into guidance, checklists or completion criteria', () => {
    const seedLines = seedIds.map((s) => ({ id: s.id, line: normalise(s.seedLine) }));
    const copies: string[] = [];
    for (const step of processSteps) {
      const own = [
        ...sentences(step.guidance.sv),
        step.completion.sv,
        ...step.checklist.map((i) => i.text.sv),
      ].map(normalise);
      for (const { id, line } of seedLines) {
        if (own.includes(line)) copies.push(`${step.id} equals ${id}`);
      }
      // Guidance is prose of our own: no seed line of four words or more inside it.
      const guidance = normalise(step.guidance.sv);
      for (const { id, line } of seedLines) {
        if (line.split(' ').length >= 4 && guidance.includes(line)) {
          copies.push(`${step.id} guidance contains ${id}`);
        }
      }
    }
    expect(copies).toEqual([]);
  });

  it('finds steps by id', () => {
    expect(stepById('swot')?.seedRefs).toContain('S01');
    expect(stepById('decision-track')?.phase).toBe('decision');
    expect(stepById('no-such-step')).toBeUndefined();
  });

  it('labels the four step statuses in Swedish', () => {
    expect(stepStatusIds.map((s) => stepStatusLabels[s].sv)).toEqual([
      'Ej påbörjad',
      'Pågår',
      'Klar',
      'Ej aktuell',
    ]);
  });

  it('keeps document sections in the order of DOCUMENTS.md §2', () => {
    const top = processCatalogue.documentSections.filter((s) => !s.parent).map((s) => s.id);
    expect(top).toEqual([
      'background',
      'why',
      'vision-and-steering',
      'current-state',
      'shared-goal-picture',
      'focus-areas',
      'roles',
      'timeline',
      'long-term',
      'regional',
      'brand',
      'communication-plan',
      'follow-up',
    ]);
  });
});

describe('validateCatalogue on a broken catalogue', () => {
  const base = processSteps[0];
  const broken = (step: Partial<ProcessStep> & { id: string }): ProcessStep => ({
    ...base,
    ...step,
  });

  it('reports each kind of problem', () => {
    const catalogue = {
      phases: [
        {
          id: 'mandate',
          title: { sv: 'Fas', en: '' },
          intro: { sv: 'Intro', en: 'Intro' },
          steps: [
            base,
            broken({ id: base.id }),
            broken({ id: 'Bad_Id' }),
            broken({ id: 'no-checklist', checklist: [] }),
            broken({ id: 'empty-guidance', guidance: { sv: ' ', en: 'One. Two.' } }),
            broken({ id: 'long-guidance', guidance: { sv: 'A. B. C. D. E. F.', en: 'A. B.' } }),
            broken({ id: 'unknown-ref', seedRefs: ['Z99'] as never }),
            broken({ id: 'no-refs', seedRefs: [] }),
            broken({ id: 'wrong-phase', phase: 'decision' }),
            broken({ id: 'unknown-editor', editors: ['nowhere'] as never }),
            broken({
              id: 'dup-items',
              checklist: [base.checklist[0], { ...base.checklist[0], seedRefs: ['X1'] as never }],
            }),
          ],
        },
      ],
      documentSections: [
        { id: 'orphan', title: { sv: 'A', en: 'A' }, parent: 'missing', seedRefs: ['P01'] },
      ],
      healthChecks: [
        { id: 'dangling', title: { sv: 'A', en: 'A' }, stepId: 'missing', seedRefs: ['I01'] },
      ],
      fieldRefs: { 'goal.nothing': [] },
    } as unknown as Catalogue;

    const problems = validateCatalogue(catalogue);
    const has = (code: string, where: string) =>
      problems.some((p) => p.code === code && p.where.includes(where));

    expect(has('empty-text', 'phase mandate / title')).toBe(true);
    expect(has('duplicate-id', `step ${base.id}`)).toBe(true);
    expect(has('bad-id', 'step Bad_Id')).toBe(true);
    expect(has('no-checklist', 'step no-checklist')).toBe(true);
    expect(has('empty-text', 'step empty-guidance / guidance')).toBe(true);
    expect(has('guidance-length', 'step long-guidance')).toBe(true);
    expect(has('unknown-seed-ref', 'step unknown-ref')).toBe(true);
    expect(has('no-seed-refs', 'step no-refs')).toBe(true);
    expect(has('phase-mismatch', 'step wrong-phase')).toBe(true);
    expect(has('unknown-editor', 'step unknown-editor')).toBe(true);
    expect(has('duplicate-id', 'step dup-items / checklist')).toBe(true);
    expect(has('unknown-seed-ref', 'step dup-items / checklist')).toBe(true);
    expect(has('unknown-parent', 'document section orphan')).toBe(true);
    expect(has('unknown-step', 'health check dangling')).toBe(true);
    expect(has('no-seed-refs', 'field goal.nothing')).toBe(true);
  });
});
