// Runs in: vitest (Node). Warnings per programme: too many goals (F09), not influenceable (F10),
// incomplete measure (P03), focus area without responsible or goal (I07), missing whys (P08).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { goalWarnings, type WarningGoal } from '../../../electron/core/goals/warnings';
import { makeGoalsHarness, type GoalsHarness } from './fixtures';

const complete: Omit<WarningGoal, 'id' | 'text' | 'focusAreaId'> = {
  parentGoalId: null,
  levelKind: 'programme',
  why: 'För att',
  influenceable: true,
  indicatorName: 'NKI',
  baselineValue: 70,
  baselineDate: '2024-01-01',
  targetValue: 80,
  targetDate: '2027-01-01',
};
const area = {
  id: 'a',
  name: 'Service',
  candidate: false,
  why: 'Viktigt',
  responsibleStakeholderId: null,
  responsibleName: 'Eva',
};

describe('goal warnings (pure)', () => {
  it('gives none for a complete focus area with complete goals', () => {
    const goals = [{ ...complete, id: 'g1', text: 'Mål', focusAreaId: 'a' }];
    expect(goalWarnings([area], goals, 3)).toEqual([]);
  });

  it('warns when a focus area has more programme goals than the limit', () => {
    const goals = [1, 2, 3, 4].map((n) => ({
      ...complete,
      id: `g${n}`,
      text: `Mål ${n}`,
      focusAreaId: 'a',
    }));
    expect(goalWarnings([area], goals.slice(0, 3), 3)).toEqual([]);
    const warnings = goalWarnings([area], goals, 3);
    expect(warnings.map((w) => w.kind)).toEqual(['too_many_goals']);
    expect(warnings[0]).toMatchObject({ focusAreaId: 'a', goalId: null, subject: 'Service' });
    expect(warnings[0]!.message.sv).toContain('4 programmål, fler än 3');
    expect(goalWarnings([area], goals, 4)).toEqual([]);
    // Action-plan goals are the concrete steps and do not count.
    const steps = goals.map((g) => ({
      ...g,
      id: `s${g.id}`,
      levelKind: 'action_plan' as const,
      parentGoalId: 'g1',
    }));
    expect(goalWarnings([area], [...goals.slice(0, 3), ...steps], 3)).toEqual([]);
  });

  it('lists what each goal is missing', () => {
    const goals: WarningGoal[] = [
      { ...complete, id: 'g1', text: 'Påverkas ej', focusAreaId: 'a', influenceable: false },
      {
        ...complete,
        id: 'g2',
        text: 'Utan mått',
        focusAreaId: 'a',
        indicatorName: ' ',
        baselineDate: null,
        targetValue: null,
        targetDate: null,
        why: '',
      },
      { ...complete, id: 'g3', text: 'Utan område', focusAreaId: null },
      {
        ...complete,
        id: 'g4',
        text: 'Föräldralös',
        focusAreaId: 'a',
        levelKind: 'action_plan',
        parentGoalId: 'deleted',
      },
    ];
    const warnings = goalWarnings([area], goals, 3);
    expect(warnings.map((w) => [w.goalId, w.kind])).toEqual([
      ['g1', 'not_influenceable'],
      ['g2', 'incomplete_measure'],
      ['g2', 'missing_why'],
      ['g4', 'goal_no_parent'],
      ['g3', 'goal_no_focus_area'],
    ]);
    expect(warnings[1]!.message.sv).toBe(
      'Målet behöver mätetal, utgångsläge, målvärde och måldatum för att kunna följas upp.',
    );
  });

  it('checks chosen focus areas for a responsible, a goal and a why, not candidates', () => {
    const bare = { ...area, why: '', responsibleName: ' ' };
    expect(goalWarnings([bare], [], 3).map((w) => w.kind)).toEqual([
      'focus_area_no_responsible',
      'focus_area_no_goal',
      'missing_why',
    ]);
    expect(goalWarnings([{ ...bare, candidate: true }], [], 3)).toEqual([]);
    expect(
      goalWarnings([{ ...bare, responsibleStakeholderId: 's1' }], [], 3).map((w) => w.kind),
    ).not.toContain('focus_area_no_responsible');
  });
});

describe('goal warnings (through the contract)', () => {
  let h: GoalsHarness;
  beforeEach(() => {
    h = makeGoalsHarness();
  });
  afterEach(() => h.ctx.cleanup());

  it('uses the stored limit (default 3) and lets it be changed', async () => {
    const a = await h.call('focusAreas:create', {
      programmeId: h.programmeId,
      name: 'Kompetens',
      why: 'x',
      responsibleName: 'Eva',
    });
    for (const n of [1, 2, 3]) {
      await h.call('goals:create', {
        programmeId: h.programmeId,
        focusAreaId: a.id,
        text: `Mål ${n}`,
        ...complete,
      });
    }
    expect(await h.call('goals:warnings', { programmeId: h.programmeId })).toEqual({
      limit: 3,
      warnings: [],
    });
    expect(await h.call('goals:setLimit', { limit: 2 })).toEqual({ limit: 2 });
    const after = await h.call('goals:warnings', { programmeId: h.programmeId });
    expect(after.limit).toBe(2);
    expect(after.warnings.map((w) => w.kind)).toEqual(['too_many_goals']);
    expect((await h.fail('goals:setLimit', { limit: 0 })).code).toBe('VALIDATION');
  });
});
