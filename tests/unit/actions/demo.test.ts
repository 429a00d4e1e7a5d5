// Runs in: vitest (Node). The demo action plan on the example municipality: every status and kind,
// stalled actions, one dropped with a reason, experiments with learning notes, origins in visit
// obstacles, the same rows on a second run; and the GDPR erase of a person from the plan.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateActionsDemo } from '../../../electron/core/actions/demo';
import { eraseStakeholderFromActions } from '../../../electron/core/actions/purge';
import { generateDemo } from '../../../electron/core/demo/generate';
import { currentProgrammeId } from '../../../electron/core/programmes/queries';
import { makeActionsHarness, type ActionsHarness } from './fixtures';

let h: ActionsHarness;
beforeEach(() => {
  h = makeActionsHarness();
});
afterEach(() => h.ctx.cleanup());

describe('actions demo', () => {
  it('writes about 25 actions in every status and kind, with links to the demo data', async () => {
    const db = h.ctx.db!;
    // The fixture rows stand in the way of the demo generator, which wants an empty register.
    db.exec(`DELETE FROM visit_obstacles; DELETE FROM visits; DELETE FROM companies;
             DELETE FROM stakeholders; DELETE FROM goals; DELETE FROM focus_areas;`);
    // The example municipality's generator writes the action plan of its current programme.
    generateDemo(db, { size: 'demo', today: '2026-03-15' });
    const programmeId = currentProgrammeId(db)!;
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const counts = {
      actions: n(`SELECT count(*) AS n FROM actions WHERE programme_id = '${programmeId}'`),
      fromObstacles: n("SELECT count(*) AS n FROM action_origins WHERE kind = 'visit_obstacle'"),
      goalLinks: n('SELECT count(*) AS n FROM action_goals'),
      contributors: n('SELECT count(*) AS n FROM action_contributors'),
    };
    expect(counts.actions).toBe(25);
    expect(counts.fromObstacles).toBeGreaterThanOrEqual(5);
    expect(counts.goalLinks).toBeGreaterThan(5);
    expect(counts.contributors).toBeGreaterThan(0);

    const summary = await h.call('actions:summary', { programmeId: programmeId });
    for (const n of Object.values(summary.byStatus)) expect(n).toBeGreaterThan(0);
    for (const n of Object.values(summary.byKind)) expect(n).toBeGreaterThan(0);
    expect(summary.byStatus.dropped).toBe(1);
    expect(summary.incomplete).toBeGreaterThan(0);
    expect(summary.costTotal.costPlanned).toBeGreaterThan(summary.costTotal.costSpent);
    expect(summary.costs[0]!.focusAreaName).toBe('Kompetensförsörjning');
    // Stalled relative to the real today: the demo is dated, so check the rows by their dates.
    const stalled = db
      .prepare(
        `SELECT count(*) AS n FROM actions WHERE status IN ('planned', 'in_progress')
         AND last_update_at < '2026-01-15'`,
      )
      .get() as { n: number };
    expect(stalled.n).toBeGreaterThanOrEqual(3);

    const dropped = await h.call('actions:list', { programmeId: programmeId, status: 'dropped' });
    const droppedAction = await h.call('actions:get', { id: dropped.rows[0]!.id });
    expect(droppedAction.droppedReason).not.toBe('');
    const experiments = db
      .prepare("SELECT learning_note AS note FROM actions WHERE experiment = 1 AND status = 'done'")
      .all() as { note: string }[];
    expect(experiments.length).toBeGreaterThan(0);
    for (const e of experiments) expect(e.note).not.toBe('');

    const linked = db
      .prepare(
        `SELECT parent_id AS visitId FROM action_origins WHERE kind = 'visit_obstacle' LIMIT 1`,
      )
      .get() as { visitId: string };
    const links = await h.call('actions:byOrigin', { kind: 'visit', refId: linked.visitId });
    expect(links.length).toBeGreaterThan(0);

    // Deterministic and idempotent.
    const snapshot = () => db.prepare('SELECT id, what, created_at FROM actions ORDER BY id').all();
    const first = snapshot();
    expect(generateActionsDemo(db, programmeId, '2026-03-15').actions).toBe(0);
    expect(snapshot()).toEqual(first);
  });

  it('works without focus areas, goals or visits', async () => {
    const db = h.ctx.db!;
    db.exec('DELETE FROM visit_obstacles; DELETE FROM goals; DELETE FROM focus_areas;');
    const counts = generateActionsDemo(db, h.programmeId, '2026-03-15');
    expect(counts).toMatchObject({ actions: 25, fromObstacles: 0, goalLinks: 0 });
    const groups = await h.call('actions:groups', { programmeId: h.programmeId });
    expect(groups).toEqual([{ focusArea: null, count: 25 }]);
  });
});

describe('GDPR erase', () => {
  it('unlinks a person as responsible, partner and contributor and removes the name', async () => {
    const { anna } = h.stakeholders;
    const action = await h.call('actions:create', {
      programmeId: h.programmeId,
      what: 'Företagslots',
      responsibleStakeholderId: anna,
      partners: [{ stakeholderId: anna, name: 'Anna Öberg' }],
      contributors: [{ stakeholderId: anna, name: 'Anna Öberg', role: 'politician' }],
    });
    const db = h.ctx.db!;
    const changed = eraseStakeholderFromActions(db, anna, 'Borttagen person', 'now');
    expect(changed).toBe(3);
    db.prepare('DELETE FROM stakeholders WHERE id = ?').run(anna);
    const got = await h.call('actions:get', { id: action.id });
    expect(got).toMatchObject({
      responsibleStakeholderId: null,
      responsibleName: 'Borttagen person',
      partners: [{ stakeholderId: null, name: 'Borttagen person' }],
      contributors: [{ stakeholderId: null, name: 'Borttagen person', role: 'politician' }],
    });
    const leftovers = db
      .prepare(
        `SELECT (SELECT count(*) FROM actions WHERE responsible_name LIKE '%Anna%')
              + (SELECT count(*) FROM action_partners WHERE name LIKE '%Anna%')
              + (SELECT count(*) FROM action_contributors WHERE name LIKE '%Anna%') AS n`,
      )
      .get() as { n: number };
    expect(leftovers.n).toBe(0);
  });
});
