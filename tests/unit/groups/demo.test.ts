// Runs in: vitest (Node). The example municipality's groups and meetings: a kick-off eight months
// ago with twelve participants, three workshops, two reference group meetings, a working group of
// six lacking the business owners, a planned follow-up, insights from outcomes; the same on a
// second run with the same day. Also: the migration keeps the insight sources it rebuilds.
import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../../electron/core/db/migrate';
import { migrations } from '../../../electron/core/db/migrations';
import { generateDemo } from '../../../electron/core/demo/generate';
import { currentProgrammeId } from '../../../electron/core/programmes/queries';
import { makeTestContext, type TestContext } from '../helpers/testContext';

let contexts: TestContext[] = [];
afterEach(() => {
  contexts.forEach((c) => c.cleanup());
  contexts = [];
});

function demoDb(today: string) {
  const ctx = makeTestContext();
  contexts.push(ctx);
  const db = ctx.db!;
  generateDemo(db, { size: 'demo', today });
  return db;
}

describe('groups demo', () => {
  it('writes believable groups and meetings around today', () => {
    const db = demoDb('2026-03-15');
    const programmeId = currentProgrammeId(db)!;
    const all = <T>(sql: string, ...p: unknown[]) => db.prepare(sql).all(...p) as T[];
    const meetings = all<{ kind: string; status: string; date: string; n: number; id: string }>(
      `SELECT m.id, m.kind, m.status, m.date,
              (SELECT count(*) FROM process_meeting_participants p WHERE p.meeting_id = m.id) AS n
       FROM process_meetings m WHERE m.programme_id = ? ORDER BY m.date`,
      programmeId,
    );
    const kinds = meetings.map((m) => m.kind);
    expect(kinds.filter((k) => k === 'kickoff')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'workshop')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'reference_group')).toHaveLength(2);
    const kickoff = meetings.find((m) => m.kind === 'kickoff')!;
    expect(kickoff.n).toBe(12);
    expect(kickoff.status).toBe('held');
    // About eight months before today, moved to a working day.
    expect(kickoff.date >= '2025-07-16' && kickoff.date <= '2025-07-20').toBe(true);
    for (const m of meetings) expect([0, 6]).not.toContain(new Date(m.date).getUTCDay());
    const planned = meetings.filter((m) => m.status === 'planned');
    // One planned meeting ahead (the follow-up), one whose day passed without being marked held.
    expect(planned).toMatchObject([{ kind: 'working_group' }, { kind: 'follow_up' }]);
    expect(planned[0]!.date < '2026-03-15').toBe(true);
    expect(planned[1]!.date > '2026-03-15').toBe(true);

    const groups = all<{ kind: string; n: number; id: string }>(
      `SELECT g.id, g.kind, (SELECT count(*) FROM work_group_members m WHERE m.group_id = g.id) AS n
       FROM work_groups g WHERE g.programme_id = ? ORDER BY g.kind, g.name`,
      programmeId,
    );
    expect(groups.map((g) => g.kind)).toEqual(['reference', 'reference', 'working']);
    const working = groups.find((g) => g.kind === 'working')!;
    expect(working.n).toBe(6);
    const categories = all<{ category: string }>(
      `SELECT DISTINCT c.category FROM work_group_members m
       JOIN stakeholder_categories c ON c.stakeholder_id = m.stakeholder_id WHERE m.group_id = ?`,
      working.id,
    ).map((r) => r.category);
    expect(categories.length).toBeGreaterThanOrEqual(5);
    expect(categories).not.toContain('sme');

    const insights = all<{ type: string }>(
      `SELECT i.type FROM insights i JOIN insight_sources s ON s.insight_id = i.id
       WHERE s.kind = 'meeting' AND i.deleted_at IS NULL`,
    );
    expect(insights.length).toBeGreaterThanOrEqual(5);
    expect(new Set(insights.map((i) => i.type))).toEqual(
      new Set(['strength', 'weakness', 'opportunity', 'threat']),
    );
  });

  it('is the same on a second run for the same day', () => {
    const snapshot = (db: ReturnType<typeof demoDb>) =>
      JSON.stringify([
        db.prepare('SELECT * FROM process_meetings ORDER BY id').all(),
        db.prepare('SELECT * FROM work_groups ORDER BY id').all(),
        db.prepare('SELECT * FROM process_meeting_items ORDER BY id').all(),
        db.prepare('SELECT * FROM process_meeting_participants ORDER BY id').all(),
        db.prepare('SELECT * FROM work_group_members ORDER BY id').all(),
        db.prepare("SELECT * FROM insight_sources WHERE kind = 'meeting' ORDER BY id").all(),
      ]);
    expect(snapshot(demoDb('2026-03-15'))).toBe(snapshot(demoDb('2026-03-15')));
  });
});

describe('migration 009', () => {
  it('rebuilds insight_sources on an upgraded database with its rows intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pv-mig9-'));
    const db = new BetterSqlite3(join(dir, 'old.sqlite'));
    try {
      db.pragma('foreign_keys = ON');
      migrate(
        db,
        migrations.filter((m) => m.version < 9),
      );
      const now = '2026-01-01T00:00:00.000Z';
      db.prepare(
        `INSERT INTO insights (id, type, text, created_at, updated_at)
         VALUES ('ins', 'strength', 'Stark sammanhållning', ?, ?)`,
      ).run(now, now);
      db.prepare(
        `INSERT INTO insight_sources (id, insight_id, kind, note, created_at, updated_at)
         VALUES ('src', 'ins', 'workshop', 'Workshop i mars', ?, ?)`,
      ).run(now, now);
      expect(() =>
        db
          .prepare(
            `INSERT INTO insight_sources (id, insight_id, kind, created_at, updated_at)
             VALUES ('bad', 'ins', 'meeting', ?, ?)`,
          )
          .run(now, now),
      ).toThrow(/CHECK/);
      expect(
        migrate(
          db,
          migrations.filter((m) => m.version <= 9),
        ),
      ).toEqual([9]);
      expect(db.prepare('SELECT id, kind, note FROM insight_sources').all()).toEqual([
        { id: 'src', kind: 'workshop', note: 'Workshop i mars' },
      ]);
      db.prepare(
        `INSERT INTO insight_sources (id, insight_id, kind, created_at, updated_at)
         VALUES ('meet', 'ins', 'meeting', ?, ?)`,
      ).run(now, now);
      const indexes = db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'insight_sources'",
        )
        .pluck()
        .all();
      expect(indexes).toEqual(
        expect.arrayContaining([
          'insight_sources_insight',
          'insight_sources_ref',
          'insight_sources_parent',
        ]),
      );
      expect(db.pragma('foreign_key_check')).toEqual([]);
      // The cascade from insights still works on the rebuilt table.
      db.prepare("DELETE FROM insights WHERE id = 'ins'").run();
      expect(db.prepare('SELECT count(*) AS n FROM insight_sources').get()).toEqual({ n: 0 });
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
