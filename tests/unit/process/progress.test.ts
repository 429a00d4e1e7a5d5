// Runs in: vitest (Node). Progress per phase, including which not-started steps were skipped.
import { describe, expect, it } from 'vitest';
import {
  phaseProgress,
  processSteps,
  stepStateProblem,
  type Catalogue,
  type ProcessStep,
  type StepStatus,
} from '../../../shared/process';

const template = processSteps[0];
const step = (id: string, phase: ProcessStep['phase']): ProcessStep => ({ ...template, id, phase });

// Two small phases: a1 a2 a3 | b1 b2.
const small: Catalogue = {
  phases: [
    {
      id: 'mandate',
      title: { sv: 'A', en: 'A' },
      intro: { sv: 'A', en: 'A' },
      steps: [step('a1', 'mandate'), step('a2', 'mandate'), step('a3', 'mandate')],
    },
    {
      id: 'analysis',
      title: { sv: 'B', en: 'B' },
      intro: { sv: 'B', en: 'B' },
      steps: [step('b1', 'analysis'), step('b2', 'analysis')],
    },
  ],
  documentSections: [],
  healthChecks: [],
  fieldRefs: {},
};

const run = (statuses: Record<string, StepStatus>) => phaseProgress(statuses, small);

describe('phaseProgress', () => {
  it('counts everything as not started when nothing is saved', () => {
    const [a, b] = run({});
    expect(a).toEqual({
      phase: 'mandate',
      total: 3,
      done: 0,
      inProgress: 0,
      notStarted: 3,
      notRelevant: 0,
      skipped: 0,
      skippedStepIds: [],
    });
    expect(b.notStarted).toBe(2);
  });

  it('counts each status', () => {
    const [a, b] = run({ a1: 'done', a2: 'in_progress', a3: 'not_relevant', b1: 'done' });
    expect(a).toMatchObject({ done: 1, inProgress: 1, notRelevant: 1, notStarted: 0, skipped: 0 });
    expect(b).toMatchObject({ done: 1, notStarted: 1, skipped: 0 });
  });

  it('marks earlier not-started steps of the same phase as skipped', () => {
    const [a, b] = run({ a3: 'in_progress' });
    expect(a.skippedStepIds).toEqual(['a1', 'a2']);
    expect(a.skipped).toBe(2);
    expect(b.skipped).toBe(0);
  });

  it('marks not-started steps of earlier phases as skipped when a later phase has work', () => {
    const [a, b] = run({ a1: 'done', b2: 'done' });
    expect(a.skippedStepIds).toEqual(['a2', 'a3']);
    expect(b.skippedStepIds).toEqual(['b1']);
  });

  it('never counts a step after the furthest worked step as skipped', () => {
    const [a, b] = run({ a2: 'done' });
    expect(a.skippedStepIds).toEqual(['a1']);
    expect(a.notStarted).toBe(2);
    expect(b.skipped).toBe(0);
  });

  it('treats not relevant as a decision: never skipped, and moves nothing past', () => {
    const [a] = run({ a2: 'not_relevant', a3: 'done' });
    expect(a.skippedStepIds).toEqual(['a1']);
    const [onlyNotRelevant] = run({ a3: 'not_relevant' });
    expect(onlyNotRelevant.skipped).toBe(0);
  });

  it('ignores ids that are not in the catalogue', () => {
    const [a, b] = run({ 'removed-step': 'done' });
    expect(a.skipped + b.skipped).toBe(0);
    expect(a.total + b.total).toBe(5);
  });

  it('covers every step of the real catalogue', () => {
    const all = phaseProgress({});
    expect(all).toHaveLength(6);
    expect(all.reduce((n, p) => n + p.total, 0)).toBe(processSteps.length);
    const last = processSteps[processSteps.length - 1];
    const skippedAll = phaseProgress({ [last.id]: 'in_progress' });
    expect(skippedAll.reduce((n, p) => n + p.skipped, 0)).toBe(processSteps.length - 1);
  });
});

describe('stepStateProblem', () => {
  it('asks for a reason when a step is not relevant', () => {
    expect(stepStateProblem({ status: 'not_relevant', reason: '  ' })?.sv).toMatch(/varför/);
    expect(stepStateProblem({ status: 'not_relevant', reason: 'Görs av regionen' })).toBeNull();
    expect(stepStateProblem({ status: 'done', reason: null })).toBeNull();
  });
});
