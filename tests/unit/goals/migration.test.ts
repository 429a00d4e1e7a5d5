// Runs in: vitest (Node). Migration 5: the goal tables exist and their rules hold in the database
// itself (override needs a comment, a revision needs a reason, scales stay within 1–5).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeGoalsHarness, type GoalsHarness } from './fixtures';

let h: GoalsHarness;
beforeEach(() => {
  h = makeGoalsHarness();
});
afterEach(() => h.ctx.cleanup());

const now = '2026-01-01T00:00:00.000Z';

describe('migration 005_goals', () => {
  it('creates the four tables', () => {
    const tables = h.ctx
      .db!.prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table'
         AND name IN ('focus_areas', 'goals', 'goal_measurements', 'goal_revisions') ORDER BY name`,
      )
      .pluck()
      .all();
    expect(tables).toEqual(['focus_areas', 'goal_measurements', 'goal_revisions', 'goals']);
  });

  it('refuses an override without a comment, an empty reason and an impact of 6', () => {
    const db = h.ctx.db!;
    const goal = (id: string, override: string | null, comment: string) =>
      db
        .prepare(
          `INSERT INTO goals (id, programme_id, text, status_override, status_override_comment,
             created_at, updated_at) VALUES (?, ?, 'Mål', ?, ?, ?, ?)`,
        )
        .run(id, h.programmeId, override, comment, now, now);
    expect(() => goal('g1', 'red', '')).toThrow(/CHECK/);
    goal('g2', 'red', 'Ny mätmetod');
    expect(() =>
      db
        .prepare(
          `INSERT INTO goal_revisions (id, goal_id, changed_at, reason, created_at, updated_at)
           VALUES ('r1', 'g2', ?, '', ?, ?)`,
        )
        .run(now, now, now),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO focus_areas (id, programme_id, name, impact, created_at, updated_at)
           VALUES ('a1', ?, 'X', 6, ?, ?)`,
        )
        .run(h.programmeId, now, now),
    ).toThrow(/CHECK/);
    expect(() => goal('g3', null, '')).not.toThrow();
  });
});
