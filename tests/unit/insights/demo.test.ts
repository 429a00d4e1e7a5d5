// Runs in: vitest (Node). The example municipality's interviews and insights: deterministic, built
// on the demo visits, and a SWOT board with every box filled.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../electron/core/demo';
import { generateInsightsDemo } from '../../../electron/core/insights/demo';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { makeCaller } from './fixtures';

let ctx: TestContext;
beforeEach(() => {
  ctx = makeTestContext();
});
afterEach(() => ctx.cleanup());

const TODAY = '2026-05-04';

function snapshot(ctx: TestContext) {
  const db = ctx.db!;
  return [
    'interview_guides',
    'interview_questions',
    'interviews',
    'interview_answers',
    'insights',
    'insight_sources',
  ].map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY id`).all());
}

describe('insights demo', () => {
  it('writes a guide, interviews and insights citing demo visits, the same every time', async () => {
    // The example municipality's generator runs the insights demo after the visits.
    generateDemo(ctx.db!, { size: 'demo', today: TODAY });
    const n = (table: string) =>
      (ctx.db!.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const counts = {
      guides: n('interview_guides'),
      interviews: n('interviews'),
      answers: n('interview_answers'),
      insights: n('insights'),
    };
    expect(counts).toMatchObject({ guides: 1, interviews: 12, answers: 72 });
    expect(counts.insights).toBeGreaterThanOrEqual(25);
    expect(counts.insights).toBeLessThanOrEqual(40);

    const api = makeCaller(ctx);
    const guide = (await api.call('interviewGuides:list', {})).rows[0]!;
    expect(guide.questionCount).toBe(6);
    expect(guide.interviewCount).toBe(12);
    const interviews = await api.call('interviews:list', {});
    expect(interviews.total).toBe(12);
    expect(interviews.rows.every((r) => r.date < TODAY && r.themes.length > 0)).toBe(true);

    const swot = await api.call('swot:get', {});
    for (const box of ['strength', 'weakness', 'opportunity', 'threat'] as const) {
      expect(swot[box].total).toBeGreaterThanOrEqual(3);
    }
    const obstacles = swot.obstacle.items;
    expect(obstacles.length).toBeGreaterThanOrEqual(7);
    expect(new Set(obstacles.map((o) => o.obstacleStatus))).toEqual(
      new Set(['open', 'in_progress', 'removed']),
    );
    // The most frequent visit obstacle cites several visits, each resolved to a live visit.
    const top = [...obstacles].sort((a, b) => b.counts.visits - a.counts.visits)[0]!;
    expect(top.counts.visits).toBeGreaterThanOrEqual(3);
    expect(top.sources.every((s) => s.live && s.title !== '')).toBe(true);
    expect(swot.strength.items.some((i) => i.counts.interviews > 0)).toBe(true);
    expect(swot.weakness.items.some((i) => i.counts.statistics > 0)).toBe(true);

    const again = makeTestContext();
    try {
      generateDemo(again.db!, { size: 'demo', today: TODAY });
      expect(snapshot(again)).toEqual(snapshot(ctx));
    } finally {
      again.cleanup();
    }
  });

  it('leaves a database that already has analysis alone', () => {
    generateInsightsDemo(ctx.db!, TODAY);
    const second = generateInsightsDemo(ctx.db!, TODAY);
    expect(second).toEqual({ guides: 0, interviews: 0, answers: 0, insights: 0, sources: 0 });
    expect(ctx.db!.prepare('SELECT count(*) FROM interviews').pluck().get()).toBe(12);
  });
});
