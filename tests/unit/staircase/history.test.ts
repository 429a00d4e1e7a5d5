// Runs in: vitest (Node). A relation's dated history, the distribution at a date, who moved
// between two dates, the key actors without a level, and the GDPR erase of a stakeholder.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  keyActorsWithoutLevel,
  staircaseDistribution,
} from '../../../electron/core/staircase/stats';
import { purgeFromTrash } from '../../../electron/core/trash/purge';
import { twelveMonthsBefore } from '../../../shared/domain/staircase';
import { makeClimateHarness, type ClimateHarness } from './fixtures';

let h: ClimateHarness;
let level: string[];
beforeEach(async () => {
  h = makeClimateHarness();
  level = (await h.call('staircase:levels', {})).map((l) => l.id);
});
afterEach(() => h.ctx.cleanup());

const assess = (stakeholderId: string, position: number, date: string, note = '') =>
  h.call('staircase:assess', {
    stakeholderId,
    levelId: level[position - 1]!,
    date,
    note,
    judgedBy: 'Karin Lindqvist',
  });

describe('staircase history', () => {
  it('orders the history newest date first, whatever order it was entered in', async () => {
    await assess('st-anna', 2, '2025-06-01', 'Samsyn efter mötet');
    await assess('st-anna', 1, '2024-03-01', 'Första kontakten');
    const after = await assess('st-anna', 3, '2025-11-20', 'Gemensam ansökan');
    expect(after.history.map((a) => a.date)).toEqual(['2025-11-20', '2025-06-01', '2024-03-01']);
    expect(after.current?.levelName).toBe('Samarbete');
    expect(after.current?.judgedBy).toBe('Karin Lindqvist');
    // Two on the same day: the later entry wins.
    const same = await assess('st-anna', 4, '2025-11-20');
    expect(same.current?.levelName).toBe('Samverkan');
    const undone = await h.call('staircase:deleteAssessment', { id: same.current!.id });
    expect(undone.current?.levelName).toBe('Samarbete');
  });

  it('refuses an unknown level, a deleted stakeholder and an impossible date in Swedish', async () => {
    const noLevel = await h.fail('staircase:assess', {
      stakeholderId: 'st-anna',
      levelId: 'nope',
      date: '2026-01-01',
    });
    expect(noLevel.fields?.levelId).toBe('Trappsteget finns inte längre. Välj ett annat.');
    h.run("UPDATE stakeholders SET deleted_at = '2026-01-02' WHERE id = 'st-bo'");
    const gone = await h.fail('staircase:assess', {
      stakeholderId: 'st-bo',
      levelId: level[0]!,
      date: '2026-01-01',
    });
    expect(gone.fields?.stakeholderId).toBe('Aktören finns inte i aktörsregistret.');
    const badDate = await h.fail('staircase:assess', {
      stakeholderId: 'st-anna',
      levelId: level[0]!,
      date: '2026-02-30',
    });
    expect(badDate.fields?.date).toBe('Datumet finns inte');
  });

  it('counts each relation once, at its level on the date', async () => {
    await assess('st-anna', 1, '2024-03-01');
    await assess('st-anna', 3, '2025-09-01');
    await assess('st-bo', 2, '2025-01-15');
    await assess('st-cecilia', 4, '2025-12-01');
    const db = h.ctx.db!;
    const at = (date: string) =>
      staircaseDistribution(db, date).counts.map((c) => [c.name, c.count]);
    expect(at('2024-12-31')).toEqual([
      ['Samtal', 1],
      ['Samsyn', 0],
      ['Samarbete', 0],
      ['Samverkan', 0],
    ]);
    expect(at('2025-12-01')).toEqual([
      ['Samtal', 0],
      ['Samsyn', 1],
      ['Samarbete', 1],
      ['Samverkan', 1],
    ]);
    expect(staircaseDistribution(db, '2025-12-01').total).toBe(3);
    expect(staircaseDistribution(db, '2020-01-01').total).toBe(0);
  });

  it('lists who moved up, down or got a first level, and the key actors still unset', async () => {
    await assess('st-anna', 1, '2024-12-01');
    await assess('st-anna', 3, '2025-10-01');
    await assess('st-bo', 3, '2024-11-01');
    await assess('st-bo', 2, '2025-08-01');
    await assess('st-cecilia', 2, '2025-05-01');
    const overview = await h.call('staircase:overview', { date: '2025-12-01' });
    expect(overview.before.date).toBe('2024-12-01');
    expect(overview.before.total).toBe(2);
    expect(overview.now.total).toBe(3);
    expect(
      overview.movements.map((m) => [m.name, m.direction, m.fromLevel, m.toLevel, m.steps]),
    ).toEqual([
      ['Anna Öberg', 'up', 'Samtal', 'Samarbete', 2],
      ['Bo Ek', 'down', 'Samarbete', 'Samsyn', -1],
      ['Cecilia Ahl', 'new', null, 'Samsyn', 0],
    ]);
    expect(overview.unsetKeyActors.map((a) => a.name)).toEqual(['Dan Berg']);
    expect(keyActorsWithoutLevel(h.ctx.db!).map((a) => a.id)).toEqual(['st-dan']);
    const chosen = await h.call('staircase:overview', {
      date: '2025-12-01',
      compareTo: '2025-09-01',
    });
    expect(chosen.movements.map((m) => m.name)).toEqual(['Anna Öberg']);
  });

  it('lists relations key actors first with their current level', async () => {
    await assess('st-cecilia', 2, '2025-05-01');
    await assess('st-bo', 4, '2025-05-01');
    const rows = await h.call('staircase:relations', {});
    expect(rows.map((r) => [r.name, r.levelName])).toEqual([
      ['Anna Öberg', null],
      ['Bo Ek', 'Samverkan'],
      ['Dan Berg', null],
      ['Cecilia Ahl', 'Samsyn'],
    ]);
    const keyOnly = await h.call('staircase:relations', { keyActorsOnly: true, query: 'ek' });
    expect(keyOnly.map((r) => r.name)).toEqual(['Bo Ek']);
  });

  it('counts twelve months back, also from a leap day', () => {
    expect(twelveMonthsBefore('2026-03-15')).toBe('2025-03-15');
    expect(twelveMonthsBefore('2024-02-29')).toBe('2023-02-28');
  });

  it('erases a stakeholder’s whole staircase history with the GDPR erase', async () => {
    await assess('st-anna', 1, '2024-12-01');
    await assess('st-anna', 2, '2025-10-01');
    await assess('st-bo', 2, '2025-10-01');
    const db = h.ctx.db!;
    h.run("UPDATE stakeholders SET deleted_at = '2026-01-02T00:00:00.000Z' WHERE id = 'st-anna'");
    purgeFromTrash(db, 'stakeholder', 'st-anna');
    const left = db.prepare('SELECT stakeholder_id AS id FROM staircase_assessments').pluck().all();
    expect(left).toEqual(['st-bo']);
  });
});
