// Runs in: vitest (Node). Cases (ärenden): create, edit the memo, delete and restore, and the
// back-planning as the case page gets it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addProgramme, csvOf, makeHarness, springCalendar, type CasesHarness } from './helpers';

let h: CasesHarness;
beforeEach(() => {
  h = makeHarness();
  addProgramme(h.db);
});
afterEach(() => h.ctx.cleanup());

describe('cases', () => {
  it('creates a case in preparation with every stage not started', async () => {
    const c = await h.call('cases:create', {
      title: 'Näringslivsprogram 2027–2030',
      dnr: 'KS 2027/123',
      programmeId: 'prog-1',
    });
    expect(c).toMatchObject({
      kind: 'adoption',
      status: 'preparation',
      programmeName: 'Näringslivsprogram 2027–2030',
      plan: null,
      remiss: { instances: 0, replied: 0, comments: 0 },
    });
    expect(c.track.map((s) => `${s.body}:${s.state}`)).toEqual([
      'remiss:not_started',
      'ksau:not_started',
      'ks:not_started',
      'kf:not_started',
      'adopted:not_started',
    ]);
    expect(c.consequences.economy).toEqual({ text: '', notAffected: false });
    const list = await h.call('cases:list', {});
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({
      dnr: 'KS 2027/123',
      programmeName: 'Näringslivsprogram 2027–2030',
    });
  });

  it('refuses a case without a title or with a programme that does not exist', async () => {
    expect(await h.raw('cases:create', { title: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { title: 'Ge ärendet en rubrik' } },
    });
    expect(await h.raw('cases:create', { title: 'X', programmeId: 'nope' })).toMatchObject({
      ok: false,
      error: { fields: { programmeId: 'Programmet finns inte längre.' } },
    });
  });

  it('updates only the memo fields sent, one consequence at a time', async () => {
    const c = await h.call('cases:create', { title: 'Program', summary: 'Kort.' });
    const updated = await h.call('cases:update', {
      id: c.id,
      assessment: 'Förvaltningen tillstyrker.',
      consequences: { children: { text: '', notAffected: true } },
    });
    expect(updated.summary).toBe('Kort.');
    expect(updated.assessment).toBe('Förvaltningen tillstyrker.');
    expect(updated.consequences.children).toEqual({ text: '', notAffected: true });
    expect(updated.consequences.economy).toEqual({ text: '', notAffected: false });
    const again = await h.call('cases:update', {
      id: c.id,
      consequences: { economy: { text: 'Ryms i budgeten.' } },
    });
    expect(again.consequences.children.notAffected).toBe(true);
    expect(again.consequences.economy).toEqual({ text: 'Ryms i budgeten.', notAffected: false });
  });

  it('deletes softly and restores', async () => {
    const c = await h.call('cases:create', { title: 'Program' });
    await h.call('cases:delete', { id: c.id });
    expect((await h.call('cases:list', {})).total).toBe(0);
    expect(await h.raw('cases:get', { id: c.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      h.db.prepare('SELECT deleted_at FROM cases WHERE id = ?').pluck().get(c.id),
    ).not.toBeNull();
    const restored = await h.call('cases:restore', { id: c.id });
    expect(restored.title).toBe('Program');
  });

  it('plans the case back from its target KF meeting', async () => {
    await h.call('meetings:import', { fileName: 'plan.csv', contentBase64: csvOf(springCalendar) });
    const kf = (await h.call('meetings:list', { body: 'kf' })).rows.find(
      (m) => m.date === '2027-06-14',
    )!;
    const wrong = (await h.call('meetings:list', { body: 'ks' })).rows[0]!;
    const c = await h.call('cases:create', { title: 'Program', programmeId: 'prog-1' });
    expect(await h.raw('cases:update', { id: c.id, targetKfMeetingId: wrong.id })).toMatchObject({
      ok: false,
      error: { fields: { targetKfMeetingId: 'Välj ett sammanträde i kommunfullmäktige.' } },
    });
    const planned = await h.call('cases:update', { id: c.id, targetKfMeetingId: kf.id });
    expect(planned.targetKfDate).toBe('2027-06-14');
    expect(planned.plan).toMatchObject({
      ksau: { date: '2027-04-12', submitBy: '2027-03-25' },
      ks: { date: '2027-05-17' },
      kf: { date: '2027-06-14', submitBy: '2027-05-24' },
      remiss: { start: '2027-01-28', end: '2027-03-11' },
    });
    expect(planned.track.find((s) => s.body === 'ksau')!.plannedDate).toBe('2027-04-12');

    const plan = await h.call('cases:plan', {
      kfMeetingId: kf.id,
      remissWeeks: 6,
      today: '2027-02-15',
    });
    expect(plan.reachable).toBe(false);
    expect(plan.earliestReachableKf?.date).toBe('2027-09-27');
    expect(await h.raw('cases:plan', { kfMeetingId: 'gone' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
