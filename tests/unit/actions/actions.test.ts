// Runs in: vitest (Node). The action plan through the dispatcher: saving with goals, partners and
// contributors, the status rules, stalled and incomplete actions, cost sums, the workshop's quick
// edit, and the link from a visit obstacle both ways.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localToday } from '../../../electron/core/actions/today';
import { buildFtsQuery } from '../../../electron/core/search/ftsQuery';
import { searchIndex } from '../../../electron/core/search/queries';
import { completeAction, makeActionsHarness, type ActionsHarness } from './fixtures';

let h: ActionsHarness;
beforeEach(() => {
  h = makeActionsHarness();
});
afterEach(() => h.ctx.cleanup());

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

describe('saving actions', () => {
  it('stores an action with goals, partners, contributors and a copied responsible name', async () => {
    const action = await h.call('actions:create', {
      programmeId: h.programmeId,
      focusAreaId: h.areas.competence,
      ...completeAction,
      responsibleName: '',
      responsibleStakeholderId: h.stakeholders.anna,
      responsibleOrgKind: 'municipality',
      goalIds: [h.goals.internships],
      partners: [
        { stakeholderId: h.stakeholders.bo, name: 'Bo Ek' },
        { name: 'Lärcentrum Exeby' },
        { name: 'lärcentrum exeby' },
      ],
      contributors: [{ name: 'Företagarna Exeby', role: 'company' }],
      hoursPlanned: 40,
      costPlanned: 25000,
    });
    expect(action).toMatchObject({
      responsibleName: 'Anna Öberg',
      focusAreaName: 'Kompetensförsörjning',
      status: 'planned',
      missing: [],
      stalled: false,
      goals: [{ id: h.goals.internships }],
      partners: [{ name: 'Bo Ek' }, { name: 'Lärcentrum Exeby' }],
      contributors: [{ name: 'Företagarna Exeby', role: 'company' }],
    });
    const got = await h.call('actions:get', { id: action.id });
    expect(got.partners).toHaveLength(2);
  });

  it('refuses a focus area or goal of another programme and an unknown person', async () => {
    const db = h.ctx.db!;
    db.prepare(
      `INSERT INTO programmes (id, name, period_start, period_end, created_at, updated_at)
       VALUES ('other', 'Gamla programmet', '2020', '2023', 'n', 'n')`,
    ).run();
    db.prepare(
      `INSERT INTO focus_areas (id, programme_id, name, created_at, updated_at)
       VALUES ('fa-old', 'other', 'Gammalt', 'n', 'n')`,
    ).run();
    const error = await h.fail('actions:create', {
      programmeId: h.programmeId,
      what: 'Något',
      focusAreaId: 'fa-old',
      goalIds: ['nope'],
    });
    expect(error.code).toBe('VALIDATION');
    expect(Object.keys(error.fields ?? {})).toEqual(['focusAreaId', 'goalIds.0']);
    const person = await h.fail('actions:create', {
      programmeId: h.programmeId,
      what: 'Något',
      partners: [{ stakeholderId: 'ghost', name: 'Spöke' }],
    });
    expect(person.fields).toHaveProperty(['partners.0.stakeholderId']);
    expect(db.prepare('SELECT count(*) AS n FROM actions').get()).toEqual({ n: 0 });
  });

  it('lists which of who, what, when, how and why an action lacks', async () => {
    await h.call('actions:create', { programmeId: h.programmeId, ...completeAction });
    await h.call('actions:create', { programmeId: h.programmeId, what: 'Energirådgivning' });
    const page = await h.call('actions:list', { programmeId: h.programmeId, incomplete: true });
    expect(page.rows.map((r) => [r.what, r.missing])).toEqual([
      ['Energirådgivning', ['who', 'when', 'how', 'why']],
    ]);
    const completeOnes = await h.call('actions:list', {
      programmeId: h.programmeId,
      incomplete: false,
    });
    expect(completeOnes.rows.map((r) => r.what)).toEqual([completeAction.what]);
  });

  it('is found by the global search until it is deleted', async () => {
    const action = await h.call('actions:create', {
      programmeId: h.programmeId,
      what: 'Företagslots för tillstånd',
      how: 'Ett telefonnummer för alla tillståndsfrågor.',
    });
    const find = (text: string) => searchIndex(h.ctx.db!, buildFtsQuery(text)!, 10);
    expect(find('företagslots')).toEqual([
      expect.objectContaining({ kind: 'action', id: action.id }),
    ]);
    expect(find('telefonnummer')).toHaveLength(1);
    await h.call('actions:patch', { id: action.id, what: 'Näringslivslots' });
    expect(find('företagslots')).toEqual([]);
    expect(find('näringslivslots')).toHaveLength(1);
    await h.call('actions:delete', { id: action.id });
    expect(find('näringslivslots')).toEqual([]);
  });

  it('deletes softly and restores', async () => {
    const action = await h.call('actions:create', {
      programmeId: h.programmeId,
      ...completeAction,
    });
    await h.call('actions:delete', { id: action.id });
    expect((await h.call('actions:list', { programmeId: h.programmeId })).total).toBe(0);
    expect((await h.fail('actions:get', { id: action.id })).code).toBe('NOT_FOUND');
    await h.call('actions:restore', { id: action.id });
    expect((await h.call('actions:list', { programmeId: h.programmeId })).total).toBe(1);
  });
});

describe('status', () => {
  it('needs a reason to drop an action, and keeps it', async () => {
    const action = await h.call('actions:create', {
      programmeId: h.programmeId,
      ...completeAction,
    });
    const error = await h.fail('actions:setStatus', { id: action.id, status: 'dropped' });
    expect(error.fields).toHaveProperty('droppedReason');
    expect((await h.call('actions:get', { id: action.id })).status).toBe('planned');
    const dropped = await h.call('actions:setStatus', {
      id: action.id,
      status: 'dropped',
      droppedReason: 'Ingen efterfrågan från företagen.',
    });
    expect(dropped).toMatchObject({
      status: 'dropped',
      droppedReason: 'Ingen efterfrågan från företagen.',
    });
    const viaForm = await h.fail('actions:create', {
      programmeId: h.programmeId,
      what: 'Något',
      status: 'dropped',
    });
    expect(viaForm.fields).toHaveProperty('droppedReason');
  });

  it('needs a learning note before an experiment is done', async () => {
    const action = await h.call('actions:create', {
      programmeId: h.programmeId,
      ...completeAction,
      experiment: true,
      status: 'in_progress',
    });
    const error = await h.fail('actions:setStatus', { id: action.id, status: 'done' });
    expect(error.fields).toHaveProperty('learningNote');
    const done = await h.call('actions:setStatus', {
      id: action.id,
      status: 'done',
      learningNote: 'Morgonturen fylldes, kvällsturen inte.',
    });
    expect(done).toMatchObject({ status: 'done', learningNote: expect.stringContaining('Morgon') });
    // An ordinary action is done without a note.
    const plain = await h.call('actions:create', { programmeId: h.programmeId, ...completeAction });
    expect((await h.call('actions:setStatus', { id: plain.id, status: 'done' })).status).toBe(
      'done',
    );
  });
});

describe('stalled actions', () => {
  it('flags active actions without an update for the set number of days', async () => {
    const db = h.ctx.db!;
    const old = await h.call('actions:create', { programmeId: h.programmeId, ...completeAction });
    const paused = await h.call('actions:create', {
      programmeId: h.programmeId,
      ...completeAction,
      what: 'Pausad',
      status: 'paused',
    });
    const fresh = await h.call('actions:create', {
      programmeId: h.programmeId,
      ...completeAction,
      what: 'Ny',
    });
    const age = db.prepare('UPDATE actions SET last_update_at = ? WHERE id = ?');
    age.run(daysAgo(61), old.id);
    age.run(daysAgo(200), paused.id);
    age.run(daysAgo(30), fresh.id);

    const stalled = await h.call('actions:list', { programmeId: h.programmeId, stalled: true });
    expect(stalled.rows.map((r) => r.id)).toEqual([old.id]);
    expect(stalled.rows[0]!.stalled).toBe(true);
    expect((await h.call('actions:summary', { programmeId: h.programmeId })).stalled).toBe(1);

    await h.call('actions:setStalledDays', { days: 20 });
    const more = await h.call('actions:list', { programmeId: h.programmeId, stalled: true });
    expect(more.rows.map((r) => r.id).sort()).toEqual([old.id, fresh.id].sort());

    // Any change is an update: the action is no longer stalled.
    await h.call('actions:setStatus', { id: old.id, status: 'in_progress' });
    const after = await h.call('actions:get', { id: old.id });
    expect(after.stalled).toBe(false);
    expect(after.lastUpdateAt.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    expect(localToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('costs (F19)', () => {
  it('sums planned and spent hours and kronor per focus area and for the programme', async () => {
    const add = (
      focusAreaId: string | null,
      hours: [number | null, number | null],
      cost: [number | null, number | null],
    ) =>
      h.call('actions:create', {
        programmeId: h.programmeId,
        what: 'Aktivitet',
        focusAreaId,
        hoursPlanned: hours[0],
        hoursSpent: hours[1],
        costPlanned: cost[0],
        costSpent: cost[1],
      });
    await add(h.areas.competence, [10, 4.5], [10_000, 2_000]);
    await add(h.areas.competence, [5, null], [null, 500]);
    await add(h.areas.service, [20, 25], [30_000, 35_000]);
    await add(null, [1, 1], [100, 100]);
    const deleted = await add(h.areas.service, [999, 999], [999, 999]);
    await h.call('actions:delete', { id: deleted.id });

    const summary = await h.call('actions:summary', { programmeId: h.programmeId });
    expect(summary.costs).toEqual([
      {
        focusAreaId: h.areas.competence,
        focusAreaName: 'Kompetensförsörjning',
        count: 2,
        hoursPlanned: 15,
        hoursSpent: 4.5,
        costPlanned: 10_000,
        costSpent: 2_500,
      },
      {
        focusAreaId: h.areas.service,
        focusAreaName: 'Service och bemötande',
        count: 1,
        hoursPlanned: 20,
        hoursSpent: 25,
        costPlanned: 30_000,
        costSpent: 35_000,
      },
      {
        focusAreaId: null,
        focusAreaName: null,
        count: 1,
        hoursPlanned: 1,
        hoursSpent: 1,
        costPlanned: 100,
        costSpent: 100,
      },
    ]);
    expect(summary.costTotal).toMatchObject({
      count: 4,
      hoursPlanned: 36,
      hoursSpent: 30.5,
      costPlanned: 40_100,
      costSpent: 37_600,
    });
  });
});

describe('from a visit obstacle', () => {
  it('prefills from the obstacle and links the action and the visit both ways', async () => {
    const prefill = await h.call('actions:fromVisitObstacle', { obstacleId: h.obstacleIds[0] });
    expect(prefill).toMatchObject({
      what: 'Svårt att rekrytera svetsare',
      programmeId: h.programmeId,
      origin: { kind: 'visit_obstacle', refId: h.obstacleIds[0] },
      visit: { id: h.visitId, companyName: 'Exeby Trä AB', visitDate: '2026-01-05' },
    });
    const action = await h.call('actions:create', {
      programmeId: h.programmeId,
      what: 'Svetsutbildning på Lärcentrum',
      origins: [{ kind: 'visit_obstacle', refId: h.obstacleIds[0] }],
    });
    // Action → visit.
    expect(action.origins).toEqual([
      expect.objectContaining({
        kind: 'visit_obstacle',
        refId: h.obstacleIds[0],
        parentId: h.visitId,
        visitId: h.visitId,
        note: 'Svårt att rekrytera svetsare',
        label: 'Exeby Trä AB, 2026-01-05',
      }),
    ]);
    // Visit → action, by the obstacle and by the whole visit.
    const byObstacle = await h.call('actions:byOrigin', {
      kind: 'visit_obstacle',
      refId: h.obstacleIds[0],
    });
    expect(byObstacle).toEqual([
      {
        id: action.id,
        what: 'Svetsutbildning på Lärcentrum',
        status: 'planned',
        originKind: 'visit_obstacle',
        originRefId: h.obstacleIds[0],
      },
    ]);
    expect(
      await h.call('actions:byOrigin', { kind: 'visit_obstacle', refId: h.obstacleIds[1] }),
    ).toEqual([]);
    expect(await h.call('actions:byOrigin', { kind: 'visit', refId: h.visitId })).toEqual(
      byObstacle,
    );
    // A deleted action is no longer shown on the visit.
    await h.call('actions:delete', { id: action.id });
    expect(await h.call('actions:byOrigin', { kind: 'visit', refId: h.visitId })).toEqual([]);
  });

  it('keeps the link to the visit when the obstacle is edited away', async () => {
    const action = await h.call('actions:create', {
      programmeId: h.programmeId,
      what: 'Snabbare bygglov',
      origins: [{ kind: 'visit_obstacle', refId: h.obstacleIds[1] }],
    });
    h.ctx.db!.prepare('DELETE FROM visit_obstacles WHERE id = ?').run(h.obstacleIds[1]);
    const got = await h.call('actions:get', { id: action.id });
    expect(got.origins[0]).toMatchObject({
      visitId: h.visitId,
      note: expect.stringContaining('bygglov'),
    });
    expect(await h.call('actions:byOrigin', { kind: 'visit', refId: h.visitId })).toHaveLength(1);
  });

  it('refuses an obstacle that does not exist', async () => {
    expect((await h.fail('actions:fromVisitObstacle', { obstacleId: 'nope' })).code).toBe(
      'NOT_FOUND',
    );
    const error = await h.fail('actions:create', {
      programmeId: h.programmeId,
      what: 'Något',
      origins: [{ kind: 'visit_obstacle', refId: 'nope' }],
    });
    expect(error.fields).toHaveProperty(['origins.0.refId']);
  });
});

describe('workshop quick edit (I14)', () => {
  it('changes only what is sent and adds the people in the room once', async () => {
    const room = [
      { stakeholderId: h.stakeholders.anna, name: 'Anna Öberg', role: 'politician' as const },
      { name: 'Företagarna Exeby', role: 'company' as const },
    ];
    const action = await h.call('actions:create', {
      programmeId: h.programmeId,
      focusAreaId: h.areas.service,
      what: 'Företagslots',
      why: 'En väg in.',
      goalIds: [h.goals.permits],
      contributors: room,
    });
    const patched = await h.call('actions:patch', {
      id: action.id,
      what: 'Företagslots för alla tillstånd',
      responsibleName: 'Kommundirektören',
      dueDate: '2026-09-30',
      addContributors: [...room, { name: 'Bo Ek', role: 'official' }],
    });
    expect(patched).toMatchObject({
      what: 'Företagslots för alla tillstånd',
      why: 'En väg in.',
      responsibleName: 'Kommundirektören',
      dueDate: '2026-09-30',
      focusAreaId: h.areas.service,
      goals: [{ id: h.goals.permits }],
    });
    expect(patched.contributors.map((c) => c.name)).toEqual([
      'Anna Öberg',
      'Företagarna Exeby',
      'Bo Ek',
    ]);
    const linked = await h.call('actions:patch', {
      id: action.id,
      responsibleStakeholderId: h.stakeholders.bo,
    });
    expect(linked).toMatchObject({
      responsibleStakeholderId: h.stakeholders.bo,
      responsibleName: 'Bo Ek',
    });
    const typed = await h.call('actions:patch', { id: action.id, responsibleName: 'Någon annan' });
    expect(typed).toMatchObject({ responsibleStakeholderId: null, responsibleName: 'Någon annan' });
  });
});

describe('groups', () => {
  it('groups by focus area in priority order, empty areas included, area-less last', async () => {
    await h.call('actions:create', { programmeId: h.programmeId, what: 'Utan område' });
    await h.call('actions:create', {
      programmeId: h.programmeId,
      what: 'Lots',
      focusAreaId: h.areas.service,
    });
    const groups = await h.call('actions:groups', { programmeId: h.programmeId });
    expect(groups.map((g) => [g.focusArea?.name ?? null, g.count])).toEqual([
      ['Kompetensförsörjning', 0],
      ['Service och bemötande', 1],
      [null, 1],
    ]);
    const none = await h.call('actions:list', { programmeId: h.programmeId, focusAreaId: null });
    expect(none.rows.map((r) => r.what)).toEqual(['Utan område']);
  });
});
