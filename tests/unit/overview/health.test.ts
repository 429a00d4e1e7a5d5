// Runs in: vitest (Node). 'overview:get' on the example municipality: the current programme's
// health checks (attention first, each with its step) and the cards that lead with what went well.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localToday } from '../../../electron/core/actions/today';
import { generateDemo } from '../../../electron/core/demo/generate';
import { CHECK_FAILED } from '../../../electron/core/health/report';
import { screens } from '../../../electron/core/health/routes';
import { editorRoutes } from '../../../renderer/src/features/process/editorRoutes';
import { healthChecks, processCatalogue } from '../../../shared/process';
import { makeTestContext, type TestContext } from '../helpers/testContext';
import { makeCaller } from '../visits/fixtures';

let ctx: TestContext;
let api: ReturnType<typeof makeCaller>;
const stepIds = new Set(processCatalogue.phases.flatMap((p) => p.steps.map((s) => s.id)));

beforeEach(() => {
  ctx = makeTestContext();
  api = makeCaller(ctx);
});
afterEach(() => ctx.cleanup());

describe('overview:get health', () => {
  it('is null while there is no programme', async () => {
    const overview = await api.call('overview:get', {});
    expect(overview.health).toBeNull();
  });

  it('lists every check of the demo programme with steps, items and cards', async () => {
    const today = localToday();
    generateDemo(ctx.db!, { size: 'demo', today });
    const overview = await api.call('overview:get', {});
    const health = overview.health!;
    expect(health).not.toBeNull();
    const { report, cards } = health;
    expect(report.today).toBe(today);
    expect(report.checks.map((c) => c.id).sort()).toEqual(healthChecks.map((c) => c.id).sort());
    expect(report.attention).toBeGreaterThan(0);
    expect(report.ok).toBeGreaterThan(0);
    expect(report.checks[0]!.status).toBe('attention');
    for (const check of report.checks) {
      expect(check.detail, check.id).not.toEqual(CHECK_FAILED);
      expect(stepIds.has(check.stepId), check.id).toBe(true);
      for (const item of check.items) expect(item.route.length, check.id).toBeGreaterThan(0);
    }
    // The demo has stalled actions: the check and the card agree.
    const stalled = report.checks.find((c) => c.id === 'stalled-actions')!;
    expect(stalled.status).toBe('attention');
    expect(cards.stalledActions.count).toBe(stalled.count);
    expect(cards.stalledActions.items.length).toBeLessThanOrEqual(8);

    expect(cards.programmeName).not.toBe('');
    expect(cards.year).toBe(overview.year);
    expect(cards.wins.goalsTotal).toBeGreaterThan(0);
    expect(cards.wins.goalsGreen).toBeLessThanOrEqual(cards.wins.goalsTotal);
    expect(cards.meetingsVsResults.meetingsHeld).not.toBeNull();
    expect(cards.overdueFollowUps).not.toBeNull();
    expect(cards.briefings).not.toBeNull();
    expect(cards.channelSpread).not.toBeNull();
    for (const goal of cards.redGoals) expect(goal.reason.sv).not.toBe('');
  });

  it('turns a check ok when its gap is fixed', async () => {
    generateDemo(ctx.db!, { size: 'demo', today: localToday() });
    const db = ctx.db!;
    db.prepare("UPDATE focus_areas SET responsible_name = '' WHERE candidate = 0").run();
    const before = (await api.call('overview:get', {})).health!.report;
    const check = (r: typeof before) => r.checks.find((c) => c.id === 'focus-area-incomplete')!;
    expect(check(before).status).toBe('attention');
    db.prepare("UPDATE focus_areas SET responsible_name = 'Lena Ek' WHERE candidate = 0").run();
    db.prepare(
      `INSERT INTO goals (id, programme_id, focus_area_id, text, created_at, updated_at)
       SELECT 'g-' || id, programme_id, id, 'Ett mål', 'x', 'x' FROM focus_areas fa
       WHERE candidate = 0 AND deleted_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM goals g WHERE g.focus_area_id = fa.id)`,
    ).run();
    const after = (await api.call('overview:get', {})).health!.report;
    expect(check(after).status).toBe('ok');
  });
});

describe('overview:stepHealth', () => {
  it('gives the checks of one step, and a Swedish message for a programme that is gone', async () => {
    generateDemo(ctx.db!, { size: 'demo', today: localToday() });
    const programme = ctx.db!.prepare('SELECT id FROM programmes WHERE is_current = 1').get() as {
      id: string;
    };
    const checks = await api.call('overview:stepHealth', {
      programmeId: programme.id,
      stepId: 'focus-areas',
    });
    expect(checks.map((c) => c.id).sort()).toEqual([
      'focus-area-incomplete',
      'focus-area-no-downturn-note',
      'focus-area-no-strength',
    ]);
    expect(checks.every((c) => c.stepId === 'focus-areas')).toBe(true);
    const none = await api.call('overview:stepHealth', {
      programmeId: programme.id,
      stepId: 'no-such-step',
    });
    expect(none).toEqual([]);
    const error = await api.fail('overview:stepHealth', { programmeId: 'gone', stepId: 'goals' });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(/Programmet finns inte längre/);
  });
});

describe('health item addresses', () => {
  it('open screens the renderer knows', async () => {
    generateDemo(ctx.db!, { size: 'demo', today: localToday() });
    const { report } = (await api.call('overview:get', {})).health!;
    const sections = new Set(Object.values(editorRoutes).map((r) => r[0]));
    const routes = [
      ...report.checks.flatMap((c) => c.items.map((i) => i.route)),
      ...Object.values(screens).map((s) => (typeof s === 'function' ? s('id') : s)),
    ];
    expect(routes.length).toBeGreaterThan(20);
    for (const route of routes) expect(sections, route.join('/')).toContain(route[0]);
  });
});
