// Runs in: vitest (Node). The demo focus areas and goals: every status appears, a revision exists,
// the same `today` gives the same rows, and a second run changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateGoalsDemo } from '../../../electron/core/goals/demo';
import { makeGoalsHarness, type GoalsHarness } from './fixtures';

let h: GoalsHarness;
beforeEach(() => {
  h = makeGoalsHarness();
});
afterEach(() => h.ctx.cleanup());

describe('goals demo', () => {
  it('writes 5 chosen areas, 2 candidates and 12 goals with every status', async () => {
    const counts = generateGoalsDemo(h.ctx.db!, h.programmeId, '2026-03-15');
    expect(counts).toMatchObject({ focusAreas: 7, goals: 12, revisions: 1 });
    expect(counts.measurements).toBeGreaterThan(25);
    const areas = await h.call('focusAreas:list', { programmeId: h.programmeId });
    expect(areas.filter((a) => !a.candidate).map((a) => a.priority)).toEqual([1, 2, 3, 4, 5]);
    const list = await h.call('goals:list', { programmeId: h.programmeId });
    const statuses = list.groups.flatMap((g) => g.goals.map((x) => x.status.status));
    expect(statuses).toHaveLength(12);
    for (const s of ['green', 'yellow', 'red', 'unknown']) expect(statuses).toContain(s);
    const measurements = list.groups.flatMap((g) =>
      g.goals.flatMap((x) => (x.latestDate ? [x.latestDate] : [])),
    );
    expect(measurements.every((d) => d >= '2024-03-15' && d < '2026-03-15')).toBe(true);
    const warnings = await h.call('goals:warnings', { programmeId: h.programmeId });
    expect(warnings.warnings.map((w) => w.kind)).toEqual(
      expect.arrayContaining(['not_influenceable', 'focus_area_no_responsible', 'missing_why']),
    );
  });

  it('is deterministic and does nothing the second time', () => {
    const db = h.ctx.db!;
    generateGoalsDemo(db, h.programmeId, '2026-03-15');
    const snapshot = () => db.prepare('SELECT id, text, created_at FROM goals ORDER BY id').all();
    const first = snapshot();
    expect(generateGoalsDemo(db, h.programmeId, '2026-03-15').goals).toBe(0);
    expect(snapshot()).toEqual(first);
  });
});
