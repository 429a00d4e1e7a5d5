// Runs in: vitest (Node). The example municipality's staircase, self-image and goal picture: the
// sizes the brief asks for, mostly upward movement, believable gaps, the same rows on every run.
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../electron/core/demo/generate';
import { currentProgrammeId } from '../../../electron/core/programmes/queries';
import { selfImageComparison } from '../../../electron/core/selfImage/comparison';
import { staircaseOverview } from '../../../electron/core/staircase/stats';
import { getGoalPicture } from '../../../electron/core/goalPicture/service';
import { makeTestContext, type TestContext } from '../helpers/testContext';

const contexts: TestContext[] = [];
afterEach(() => {
  for (const c of contexts.splice(0)) c.cleanup();
});

function demoDb() {
  const ctx = makeTestContext();
  contexts.push(ctx);
  const db = ctx.db!;
  generateDemo(db, { size: 'demo', today: '2026-03-15' });
  return db;
}

describe('climate demo', () => {
  it('gives about 25 relations two years of history, mostly climbing', () => {
    const db = demoDb();
    const overview = staircaseOverview(db, '2026-03-15');
    expect(overview.now.total).toBe(25);
    const first = db.prepare('SELECT min(date) FROM staircase_assessments').pluck().get() as string;
    expect(first >= '2024-03-15').toBe(true);
    expect(first < '2024-09-01').toBe(true);
    const up = overview.movements.filter((m) => m.direction === 'up').length;
    const down = overview.movements.filter((m) => m.direction === 'down').length;
    expect(up).toBeGreaterThan(down * 2);
    expect(overview.unsetKeyActors.length).toBeGreaterThanOrEqual(1);
    const mean = (d: typeof overview.now) =>
      d.counts.reduce((s, c) => s + c.position * c.count, 0) / Math.max(1, d.total);
    expect(mean(overview.now)).toBeGreaterThan(mean(overview.before));
  });

  it('has about 30 companies and 8 municipal respondents with the municipality kinder to itself', () => {
    const db = demoDb();
    const c = selfImageComparison(db);
    expect(c.respondents).toEqual({ company: 30, municipality: 8 });
    const positive = c.gaps.filter((g) => g.gap! > 0).length;
    expect(positive).toBeGreaterThanOrEqual(5);
    expect(c.gaps[0]!.gap! > 0.8).toBe(true);
    const visits = db
      .prepare("SELECT count(*) FROM self_image_respondents WHERE source = 'visit'")
      .pluck()
      .get();
    expect(visits).toBe(12);
  });

  it('writes the goal picture endorsed at two occasions, the same on every run', () => {
    const a = demoDb();
    const b = demoDb();
    const pa = getGoalPicture(a, currentProgrammeId(a)!);
    expect(pa.text).toContain('Exempelkommun');
    expect(pa.endorsements).toHaveLength(2);
    expect(pa.endorsements.every((e) => e.endorsers.length >= 3)).toBe(true);
    const dump = (db: typeof a) =>
      db
        .prepare(
          `SELECT (SELECT group_concat(id || level_id || date, ',') FROM
             (SELECT * FROM staircase_assessments ORDER BY id)) AS s,
           (SELECT group_concat(respondent_id || statement_id || score, ',') FROM
             (SELECT * FROM self_image_scores ORDER BY respondent_id, statement_id)) AS x,
           (SELECT group_concat(id, ',') FROM
             (SELECT id FROM goal_picture_endorsements ORDER BY id)) AS g`,
        )
        .get();
    expect(dump(a)).toEqual(dump(b));
  });
});
