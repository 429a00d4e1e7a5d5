// Runs in: vitest (Node). Goals through the dispatcher: CRUD, links between the two levels,
// measurements, target revisions with their history (F08) and the manual status.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeGoalsHarness, insertProgramme, type GoalsHarness } from './fixtures';

let h: GoalsHarness;
beforeEach(() => {
  h = makeGoalsHarness();
});
afterEach(() => h.ctx.cleanup());

const measured = {
  indicatorName: 'Handläggningstid bygglov',
  indicatorUnit: 'median, dagar',
  direction: 'lower' as const,
  indicatorSource: 'lead_time' as const,
  baselineValue: 60,
  baselineDate: '2024-01-01',
  targetValue: 30,
  targetDate: '2026-01-01',
};

async function setup() {
  const area = await h.call('focusAreas:create', { programmeId: h.programmeId, name: 'Service' });
  const goal = await h.call('goals:create', {
    programmeId: h.programmeId,
    focusAreaId: area.id,
    text: 'Snabbare bygglov',
    why: 'Företagen väntar för länge',
    type: 'result',
    measureLevel: 'operational',
    horizon: 'short',
    quality: { clear: true, measurable: true },
    agenda2030: [9, 8],
    ...measured,
  });
  return { area, goal };
}

describe('goals', () => {
  it('creates a goal with every field and reads it back with status unknown', async () => {
    const { area, goal } = await setup();
    expect(goal).toMatchObject({
      focusAreaId: area.id,
      focusAreaName: 'Service',
      levelKind: 'programme',
      text: 'Snabbare bygglov',
      type: 'result',
      measureLevel: 'operational',
      horizon: 'short',
      influenceable: true,
      quality: { clear: true, measurable: true, sustainable: false, anchored: false },
      agenda2030: [8, 9],
      direction: 'lower',
      indicatorSource: 'lead_time',
      baselineValue: 60,
      targetValue: 30,
      measurements: [],
      revisions: [],
      children: [],
    });
    expect(goal.status).toMatchObject({ status: 'unknown', icon: '?' });
    expect(goal.status.label.sv).toBe('Saknar mätvärde');
  });

  it('changes the status label as measurements are added, edited, deleted and restored', async () => {
    const { goal } = await setup();
    let g = await h.call('goals:measure', {
      action: 'add',
      goalId: goal.id,
      date: '2025-01-01',
      value: 58,
    });
    expect(g.status.status).toBe('red');
    g = await h.call('goals:measure', {
      action: 'add',
      goalId: goal.id,
      date: '2025-03-01',
      value: 48,
      comment: 'Ny rutin för kompletteringar',
      source: 'Ärendesystemet',
    });
    expect(g.status.status).toBe('yellow');
    g = await h.call('goals:measure', {
      action: 'add',
      goalId: goal.id,
      date: '2025-06-01',
      value: 38,
    });
    expect(g.status.status).toBe('green');
    expect(g.measurements.map((m) => m.value)).toEqual([58, 48, 38]);
    expect(g.measurements[1]).toMatchObject({
      comment: 'Ny rutin för kompletteringar',
      source: 'Ärendesystemet',
    });
    expect(g).toMatchObject({ latestValue: 38, latestDate: '2025-06-01', measurementCount: 3 });

    const last = g.measurements[2]!;
    g = await h.call('goals:measure', {
      action: 'edit',
      id: last.id,
      date: '2025-06-01',
      value: 59,
    });
    expect(g.status.status).toBe('red');
    g = await h.call('goals:measure', { action: 'delete', id: last.id });
    expect(g.measurements).toHaveLength(2);
    expect(g.status.status).toBe('yellow');
    g = await h.call('goals:measure', { action: 'restore', id: last.id });
    expect(g.measurements).toHaveLength(3);
    expect((await h.fail('goals:measure', { action: 'restore', id: last.id })).code).toBe(
      'NOT_FOUND',
    );
    const bad = await h.fail('goals:measure', {
      action: 'add',
      goalId: goal.id,
      date: '2025-02-30',
      value: 1,
    });
    expect(bad.fields?.date).toBe('Datumet finns inte');
  });

  it('requires a reason to change a set target and keeps the history (F08)', async () => {
    const { goal } = await setup();
    const { id: _id, status: _s, ...rest } = goal;
    const update = {
      id: goal.id,
      focusAreaId: rest.focusAreaId,
      text: rest.text,
      ...measured,
      targetValue: 25,
    };
    const error = await h.fail('goals:update', update);
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.revisionReason).toContain('varför');
    expect((await h.call('goals:get', { id: goal.id })).targetValue).toBe(30);

    const first = await h.call('goals:update', {
      ...update,
      revisionReason: 'Nytt e-tjänstsystem',
    });
    expect(first.targetValue).toBe(25);
    expect(first.revisions).toHaveLength(1);
    expect(first.revisions[0]).toMatchObject({
      oldTargetValue: 30,
      newTargetValue: 25,
      oldTargetDate: '2026-01-01',
      newTargetDate: '2026-01-01',
      reason: 'Nytt e-tjänstsystem',
    });

    const second = await h.call('goals:revise', {
      id: goal.id,
      targetValue: 25,
      targetDate: '2027-01-01',
      reason: 'Förseningar i införandet',
    });
    expect(second.targetDate).toBe('2027-01-01');
    expect(second.revisions.map((r) => r.reason)).toEqual([
      'Förseningar i införandet',
      'Nytt e-tjänstsystem',
    ]);

    const noReason = await h.fail('goals:revise', {
      id: goal.id,
      targetValue: 20,
      targetDate: null,
      reason: '',
    });
    expect(noReason.fields?.reason).toBe('Skriv varför målet ändras');
    const unchanged = await h.fail('goals:revise', {
      id: goal.id,
      targetValue: 25,
      targetDate: '2027-01-01',
      reason: 'x',
    });
    expect(unchanged.fields?.targetValue).toBeDefined();
    // Other edits without a target change need no reason and write no revision.
    const plain = await h.call('goals:update', {
      ...update,
      targetValue: 25,
      targetDate: '2027-01-01',
      text: 'Ännu snabbare bygglov',
    });
    expect(plain.revisions).toHaveLength(2);
  });

  it('sets a first target without a revision', async () => {
    const g = await h.call('goals:create', { programmeId: h.programmeId, text: 'Fler UF-företag' });
    const updated = await h.call('goals:update', {
      id: g.id,
      text: g.text,
      targetValue: 12,
      targetDate: '2027-06-01',
    });
    expect(updated.revisions).toEqual([]);
    expect(updated.targetValue).toBe(12);
  });

  it('rolls the revision back with the update when the update fails', async () => {
    const { goal } = await setup();
    const error = await h.fail('goals:update', {
      id: goal.id,
      text: goal.text,
      ...measured,
      targetValue: 20,
      focusAreaId: 'gone',
      revisionReason: 'Skäl',
    });
    expect(error.fields?.focusAreaId).toBeDefined();
    const count = h.ctx.db!.prepare('SELECT count(*) AS n FROM goal_revisions').get() as {
      n: number;
    };
    expect(count.n).toBe(0);
  });

  it('overrides the status only with a comment, and hands it back to the rule', async () => {
    const { goal } = await setup();
    const missing = await h.fail('goals:override', { id: goal.id, status: 'green' });
    expect(missing.fields?.comment).toContain('kommentar');
    const set = await h.call('goals:override', {
      id: goal.id,
      status: 'yellow',
      comment: 'Ny mätmetod från i år',
    });
    expect(set.status).toMatchObject({ status: 'yellow', overridden: true, icon: '!' });
    expect(set.statusOverrideComment).toBe('Ny mätmetod från i år');
    const back = await h.call('goals:override', { id: goal.id, status: null });
    expect(back.status).toMatchObject({ status: 'unknown', overridden: false });
    expect(back.statusOverrideComment).toBe('');
  });

  it('links action-plan goals to a programme goal in the same programme (I08)', async () => {
    const { goal } = await setup();
    const child = await h.call('goals:create', {
      programmeId: h.programmeId,
      levelKind: 'action_plan',
      parentGoalId: goal.id,
      focusAreaId: goal.focusAreaId,
      text: 'Digital bygglovsansökan',
    });
    expect(child.parentGoalText).toBe('Snabbare bygglov');
    expect((await h.call('goals:get', { id: goal.id })).children.map((c) => c.text)).toEqual([
      'Digital bygglovsansökan',
    ]);
    // A programme goal carries no parent even if one is sent.
    const top = await h.call('goals:create', {
      programmeId: h.programmeId,
      text: 'Topp',
      parentGoalId: goal.id,
    });
    expect(top.parentGoalId).toBeNull();
    // Parents must be programme goals of the same programme.
    const other = insertProgramme(h.ctx, 'Annat program');
    const wrong = await h.fail('goals:create', {
      programmeId: other,
      levelKind: 'action_plan',
      parentGoalId: goal.id,
      text: 'X',
    });
    expect(wrong.fields?.parentGoalId).toBeDefined();
    const underChild = await h.fail('goals:create', {
      programmeId: h.programmeId,
      levelKind: 'action_plan',
      parentGoalId: child.id,
      text: 'Y',
    });
    expect(underChild.fields?.parentGoalId).toBeDefined();
    // A programme goal with children cannot become an action-plan goal.
    const demote = await h.fail('goals:update', {
      id: goal.id,
      text: goal.text,
      ...measured,
      levelKind: 'action_plan',
    });
    expect(demote.fields?.levelKind).toBeDefined();
  });

  it('refuses a target date before the baseline date', async () => {
    const error = await h.fail('goals:create', {
      programmeId: h.programmeId,
      text: 'X',
      baselineDate: '2025-01-01',
      targetDate: '2024-01-01',
    });
    expect(error.fields?.targetDate).toContain('efter');
  });

  it('lists goals grouped by focus area in priority order, children after parents', async () => {
    const { area, goal } = await setup();
    const second = await h.call('focusAreas:create', {
      programmeId: h.programmeId,
      name: 'Etablering',
    });
    await h.call('focusAreas:reorder', { programmeId: h.programmeId, ids: [second.id, area.id] });
    const child = await h.call('goals:create', {
      programmeId: h.programmeId,
      levelKind: 'action_plan',
      parentGoalId: goal.id,
      focusAreaId: area.id,
      text: 'Barn',
    });
    const other = await h.call('goals:create', {
      programmeId: h.programmeId,
      focusAreaId: area.id,
      text: 'Annat mål',
    });
    const loose = await h.call('goals:create', { programmeId: h.programmeId, text: 'Lös' });
    await h.call('goals:measure', {
      action: 'add',
      goalId: goal.id,
      date: '2025-06-01',
      value: 40,
    });
    const list = await h.call('goals:list', { programmeId: h.programmeId });
    expect(list.groups.map((g) => [g.focusArea?.name ?? null, g.goals.map((x) => x.id)])).toEqual([
      ['Etablering', []],
      ['Service', [goal.id, child.id, other.id]],
      [null, [loose.id]],
    ]);
    const row = list.groups[1]!.goals[0]!;
    expect(row).toMatchObject({ latestValue: 40, measurementCount: 1 });
    expect(row.status.status).toBe('green');

    await h.call('goals:delete', { id: other.id });
    const after = await h.call('goals:list', { programmeId: h.programmeId });
    expect(after.groups[1]!.goals.map((g) => g.id)).toEqual([goal.id, child.id]);
    expect((await h.fail('goals:get', { id: other.id })).code).toBe('NOT_FOUND');
  });

  it('restores a deleted goal (undo), without a focus area that is gone meanwhile', async () => {
    const area = await h.call('focusAreas:create', {
      programmeId: h.programmeId,
      name: 'Tillfälligt',
    });
    const goal = await h.call('goals:create', {
      programmeId: h.programmeId,
      focusAreaId: area.id,
      text: 'Mål',
    });
    await h.call('goals:delete', { id: goal.id });
    expect((await h.fail('goals:restore', { id: 'nope' })).code).toBe('NOT_FOUND');
    await h.call('focusAreas:delete', { id: area.id });
    const back = await h.call('goals:restore', { id: goal.id });
    expect(back).toMatchObject({ id: goal.id, focusAreaId: null });
    expect((await h.fail('goals:restore', { id: goal.id })).code).toBe('NOT_FOUND');
  });
});
