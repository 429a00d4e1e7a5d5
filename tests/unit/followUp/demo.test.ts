// Runs in: vitest (Node). The example municipality's follow-up: quarterly, six closed follow-ups
// with judgements and lessons (some starting actions), a draft for the current quarter, the same
// rows on every run for the same day, and an encouraging opening in each.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../electron/core/demo/generate';
import { generateFollowUpDemo } from '../../../electron/core/followUp/demo';
import { followUpOverview, getFollowUp } from '../../../electron/core/followUp/service';
import { currentProgrammeId } from '../../../electron/core/programmes/queries';
import { redThreadBreaks } from '../../../electron/core/redThread/breaks';
import { makeTestContext, type TestContext } from '../helpers/testContext';

const today = '2026-03-15';
let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

const dump = (c: TestContext) =>
  JSON.stringify(
    [
      'SELECT * FROM follow_ups ORDER BY id',
      'SELECT * FROM follow_up_lessons ORDER BY id',
      'SELECT * FROM follow_up_goal_judgements ORDER BY follow_up_id, goal_id',
      'SELECT * FROM follow_up_participants ORDER BY id',
    ].map((sql) => c.db!.prepare(sql).all()),
  );

describe('follow-up demo', () => {
  it('writes six closed quarters and a draft for the current one', () => {
    const db = ctx.db!;
    generateDemo(db, { size: 'demo', today });
    const programmeId = currentProgrammeId(db)!;
    const overview = followUpOverview(db, programmeId, today);
    expect(overview.settings).toMatchObject({ cadence: 'quarterly', isDefault: false });
    expect(overview.records.map((r) => [r.periodKey, r.status])).toEqual([
      ['2026-K1', 'draft'],
      ['2025-K4', 'closed'],
      ['2025-K3', 'closed'],
      ['2025-K2', 'closed'],
      ['2025-K1', 'closed'],
      ['2024-K4', 'closed'],
      ['2024-K3', 'closed'],
    ]);
    expect(overview.next).toMatchObject({ key: '2026-K1', state: 'draft' });
    const latest = getFollowUp(db, overview.records[1]!.id);
    expect(latest.goals.length).toBeGreaterThan(3);
    expect(latest.goals.every((g) => g.comment !== '')).toBe(true);
    expect(latest.actions.length).toBeGreaterThan(5);
    expect(latest.checkins.every((c) => c.answer !== null)).toBe(true);
    expect(latest.participants.length).toBeGreaterThanOrEqual(3);
    expect(latest.summary).not.toBe('');
    for (const r of overview.records) {
      const record = getFollowUp(db, r.id);
      expect(record.highlights.length).toBeGreaterThan(0);
      expect(record.heldOn! <= today).toBe(true);
    }
    // The oldest follow-up predates the action plan: no actions judged yet.
    expect(getFollowUp(db, overview.records.at(-1)!.id).actions).toEqual([]);

    const lessons = db
      .prepare(
        `SELECT l.outcome, l.result_action_id AS action, f.held_on AS held, a.created_at AS created
         FROM follow_up_lessons l JOIN follow_ups f ON f.id = l.follow_up_id
         LEFT JOIN actions a ON a.id = l.result_action_id`,
      )
      .all() as { outcome: string; action: string | null; held: string; created: string | null }[];
    expect(lessons.length).toBe(13);
    const started = lessons.filter((l) => l.outcome === 'new_action');
    expect(started.length).toBe(2);
    // The action came after the follow-up that learned the lesson, and names it as its origin.
    for (const l of started) expect(l.created! > l.held).toBe(true);
    const origins = db
      .prepare(
        "SELECT count(*) AS n FROM action_origins WHERE kind = 'other' AND note LIKE 'Lärdom%'",
      )
      .get() as { n: number };
    expect(origins.n).toBe(2);
    // The demo's red thread has breaks to show.
    expect(redThreadBreaks(db, programmeId).length).toBeGreaterThan(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('is the same on every run for the same day, and leaves an existing follow-up alone', () => {
    generateDemo(ctx.db!, { size: 'demo', today });
    const other = makeTestContext();
    try {
      generateDemo(other.db!, { size: 'demo', today });
      expect(dump(other)).toBe(dump(ctx));
    } finally {
      other.cleanup();
    }
    const programmeId = currentProgrammeId(ctx.db!)!;
    expect(generateFollowUpDemo(ctx.db!, programmeId, today)).toEqual({
      records: 0,
      closed: 0,
      lessons: 0,
      actionsFromLessons: 0,
    });
  });
});
