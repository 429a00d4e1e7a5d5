// Runs in: vitest (Node). The remiss round: instances, replies, comments with position and change,
// reminders for missing replies, and the GDPR erase of a stakeholder who was a remiss instance.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eraseStakeholderFromCases } from '../../../electron/core/cases/purge';
import { addProgramme, addStakeholder, makeHarness, type CasesHarness } from './helpers';

let h: CasesHarness;
let caseId: string;
beforeEach(async () => {
  h = makeHarness();
  addProgramme(h.db);
  caseId = (
    await h.call('cases:create', { title: 'Näringslivsprogram 2027–2030', programmeId: 'prog-1' })
  ).id;
});
afterEach(() => h.ctx.cleanup());

describe('remiss round', () => {
  it('records instances, replies and comments, and puts the case on remiss when sent', async () => {
    addStakeholder(h.db, 'st-1', 'Exeby Företagarnätverk');
    const a = await h.call('remiss:create', {
      caseId,
      stakeholderId: 'st-1',
      name: 'Exeby Företagarnätverk',
      kind: 'organisation',
    });
    expect((await h.call('cases:get', { id: caseId })).status).toBe('preparation');
    await h.call('remiss:update', { id: a.id, sentDate: '2027-01-28', deadline: '2027-03-11' });
    const b = await h.call('remiss:create', {
      caseId,
      name: 'Samhällsbyggnadsnämnden',
      kind: 'nämnd',
      sentDate: '2027-01-28',
      deadline: '2027-03-11',
    });
    let c = await h.call('cases:get', { id: caseId });
    expect(c.status).toBe('remiss');
    expect(c.track[0]).toMatchObject({ body: 'remiss', state: 'current' });

    const replied = await h.call('remiss:update', {
      id: b.id,
      replyReceivedDate: '2027-03-09',
      replySummary: 'Tillstyrker med synpunkter.',
    });
    expect(replied.replyReceivedDate).toBe('2027-03-09');
    let withComment = await h.call('remiss:commentSave', {
      instanceId: b.id,
      section: 'Prioriterade fokusområden',
      comment: 'Nämn planberedskapen.',
    });
    expect(withComment.comments).toHaveLength(1);
    withComment = await h.call('remiss:commentSave', {
      id: withComment.comments[0]!.id,
      instanceId: b.id,
      section: 'Prioriterade fokusområden',
      comment: 'Nämn planberedskapen.',
      position: 'Kommunen instämmer.',
      changeKind: 'andring',
      changeText: 'Ett mål om verksamhetsmark har lagts till.',
    });
    expect(withComment.comments[0]).toMatchObject({
      position: 'Kommunen instämmer.',
      changeKind: 'andring',
    });

    const list = await h.call('remiss:list', { caseId });
    expect(list.map((i) => i.name)).toEqual(['Exeby Företagarnätverk', 'Samhällsbyggnadsnämnden']);
    c = await h.call('cases:get', { id: caseId });
    expect(c.remiss).toEqual({ instances: 2, replied: 1, comments: 1 });

    const afterDelete = await h.call('remiss:commentDelete', { id: withComment.comments[0]!.id });
    expect(afterDelete.comments).toEqual([]);
    expect(await h.raw('remiss:commentSave', { instanceId: b.id, comment: '   ' })).toMatchObject({
      ok: false,
      error: { fields: { comment: 'Skriv synpunkten' } },
    });
  });

  it('refuses a deadline before the sending date', async () => {
    expect(
      await h.raw('remiss:create', {
        caseId,
        name: 'KD',
        kind: 'parti',
        sentDate: '2027-02-01',
        deadline: '2027-01-15',
      }),
    ).toMatchObject({
      ok: false,
      error: { fields: { deadline: 'Sista svarsdag kan inte vara före utskicket.' } },
    });
  });

  it('lists reminders for replies that are late or due within a week, most urgent first', async () => {
    const make = (name: string, deadline: string, reply: string | null = null) =>
      h.call('remiss:create', {
        caseId,
        name,
        kind: 'organisation',
        sentDate: '2027-01-28',
        deadline,
        replyReceivedDate: reply,
      });
    await make('Sen', '2027-03-01');
    await make('Snart', '2027-03-08');
    await make('Långt kvar', '2027-03-30');
    await make('Har svarat', '2027-03-01', '2027-02-20');
    const reminders = await h.call('remiss:reminders', { today: '2027-03-04' });
    expect(reminders.map((r) => [r.name, r.daysLeft])).toEqual([
      ['Sen', -3],
      ['Snart', 4],
    ]);
    expect(reminders[0]).toMatchObject({ caseId, caseTitle: 'Näringslivsprogram 2027–2030' });
    expect(await h.call('remiss:reminders', { today: '2027-03-04', withinDays: 30 })).toHaveLength(
      3,
    );
    // A deleted case or instance no longer reminds.
    await h.call('remiss:delete', { id: reminders[0]!.instanceId });
    expect(await h.call('remiss:reminders', { today: '2027-03-04' })).toHaveLength(1);
    await h.call('remiss:restore', { id: reminders[0]!.instanceId });
    await h.call('cases:delete', { id: caseId });
    expect(await h.call('remiss:reminders', { today: '2027-03-04' })).toEqual([]);
  });

  it('erases a person from the remiss round but keeps an organisation’s name', async () => {
    addStakeholder(h.db, 'p-1', 'Anna Andersson', 'person');
    addStakeholder(h.db, 'o-1', 'Handelsföreningen', 'organisation');
    const person = await h.call('remiss:create', {
      caseId,
      stakeholderId: 'p-1',
      name: 'Anna Andersson',
      kind: 'annan',
    });
    const org = await h.call('remiss:create', {
      caseId,
      stakeholderId: 'o-1',
      name: 'Handelsföreningen',
    });
    eraseStakeholderFromCases(h.db, 'p-1', 'Borttagen person', '2027-05-01T00:00:00.000Z');
    eraseStakeholderFromCases(h.db, 'o-1', 'Borttagen person', '2027-05-01T00:00:00.000Z');
    h.db.prepare("DELETE FROM stakeholders WHERE id IN ('p-1', 'o-1')").run();
    const rows = h.db
      .prepare('SELECT id, name, stakeholder_id AS s FROM remiss_instances ORDER BY name')
      .all() as { id: string; name: string; s: string | null }[];
    expect(rows).toEqual([
      { id: person.id, name: 'Borttagen person', s: null },
      { id: org.id, name: 'Handelsföreningen', s: null },
    ]);
    expect(JSON.stringify(h.db.prepare('SELECT * FROM remiss_instances').all())).not.toContain(
      'Anna',
    );
  });
});
