// Runs in: vitest (Node). Communication through the dispatcher: the plan and log with their
// validation, briefings with participants, items told from results with the link both ways, the
// list of results not yet told, the trash, and the GDPR erase of a person.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eraseStakeholderFromCommunication } from '../../../electron/core/communication/purge';
import { makeCommunicationHarness, planItem, type CommunicationHarness } from './fixtures';

let h: CommunicationHarness;
beforeEach(() => {
  h = makeCommunicationHarness();
});
afterEach(() => h.ctx.cleanup());

describe('communication plan', () => {
  it('stores an item with several audiences, upward flag and a copied responsible name', async () => {
    const item = await h.call('communication:planCreate', {
      programmeId: h.programmeId,
      ...planItem,
      audiences: ['companies', 'politicians', 'companies'],
      why: 'Företagen vill se att det de sa ledde någonstans.',
      responsibleStakeholderId: h.stakeholders.chair,
      upward: true,
    });
    expect(item).toMatchObject({
      message: planItem.message,
      audiences: ['companies', 'politicians'],
      channel: 'breakfast',
      status: 'planned',
      upward: true,
      responsibleName: 'Karin Lind',
      source: null,
      logCount: 0,
    });
    const updated = await h.call('communication:planUpdate', {
      id: item.id,
      ...planItem,
      status: 'done',
      period: 'Vår 2026',
      plannedDate: null,
    });
    expect(updated).toMatchObject({ status: 'done', period: 'Vår 2026', plannedDate: null });
    const list = await h.call('communication:planList', { programmeId: h.programmeId });
    expect(list.map((i) => i.id)).toEqual([item.id]);
  });

  it('refuses bad input with Swedish messages and nothing saved', async () => {
    const empty = await h.fail('communication:planCreate', {
      programmeId: h.programmeId,
      ...planItem,
      message: '  ',
      audiences: [],
    });
    expect(empty.code).toBe('VALIDATION');
    expect(empty.fields).toMatchObject({
      message: 'Skriv vad som ska berättas',
      audiences: 'Välj minst en målgrupp',
    });
    const badDate = await h.fail('communication:planCreate', {
      programmeId: h.programmeId,
      ...planItem,
      plannedDate: '2026-02-30',
    });
    expect(badDate.fields?.plannedDate).toBe('Datumet finns inte');
    const badChannel = await h.fail('communication:planCreate', {
      programmeId: h.programmeId,
      ...planItem,
      channel: 'fax' as 'web',
    });
    expect(badChannel.fields?.channel).toBe('Välj en kanal ur listan');
    const unknownPerson = await h.fail('communication:planCreate', {
      programmeId: h.programmeId,
      ...planItem,
      responsibleStakeholderId: 'nobody',
    });
    expect(unknownPerson.fields?.responsibleStakeholderId).toBe(
      'Personen finns inte i aktörsregistret.',
    );
    const noProgramme = await h.fail('communication:planCreate', {
      ...planItem,
      programmeId: 'missing',
    });
    expect(noProgramme.message).toMatch(/Programmet finns inte/);
    expect(await h.call('communication:planList', { programmeId: h.programmeId })).toEqual([]);
  });
});

describe('communication log', () => {
  it('logs what was told, linked to a plan item of the same programme only', async () => {
    const item = await h.call('communication:planCreate', {
      programmeId: h.programmeId,
      ...planItem,
    });
    const entry = await h.call('communication:logCreate', {
      programmeId: h.programmeId,
      date: '2026-03-12',
      channel: 'breakfast',
      audiences: ['companies'],
      what: 'Frukostmöte på Stadshotellet',
      reach: '38 deltagare',
      planItemId: item.id,
    });
    expect(entry).toMatchObject({ planItemMessage: planItem.message, reach: '38 deltagare' });
    expect((await h.call('communication:planGet', { id: item.id })).logCount).toBe(1);
    const older = await h.call('communication:logCreate', {
      programmeId: h.programmeId,
      date: '2025-11-02',
      channel: 'web',
      audiences: ['public'],
      what: 'Nyhet på webben',
    });
    const all = await h.call('communication:logList', { programmeId: h.programmeId });
    expect(all.map((e) => e.id)).toEqual([entry.id, older.id]);
    const y2025 = await h.call('communication:logList', { programmeId: h.programmeId, year: 2025 });
    expect(y2025.map((e) => e.id)).toEqual([older.id]);

    h.ctx
      .db!.prepare(
        `INSERT INTO programmes (id, name, period_start, period_end, created_at, updated_at)
         VALUES ('other', 'Gamla programmet', '2020', '2023', 'n', 'n')`,
      )
      .run();
    const foreign = await h.fail('communication:logCreate', {
      programmeId: 'other',
      date: '2026-03-12',
      channel: 'web',
      audiences: ['public'],
      what: 'Fel program',
      planItemId: item.id,
    });
    expect(foreign.fields?.planItemId).toMatch(/finns inte i det här programmets/);
    const noWhat = await h.fail('communication:logCreate', {
      programmeId: h.programmeId,
      date: '2026-03-12',
      channel: 'web',
      audiences: ['public'],
      what: '',
    });
    expect(noWhat.fields?.what).toBe('Skriv vad som gjordes');
  });
});

describe('politician briefings', () => {
  it('keeps participants (linked or typed, each once) and the reactions', async () => {
    const briefing = await h.call('communication:briefingCreate', {
      programmeId: h.programmeId,
      date: '2026-02-03',
      body: 'KSAU',
      topics: 'Läget i handlingsplanen',
      participants: [
        { stakeholderId: h.stakeholders.chair, name: 'Karin Lind' },
        { stakeholderId: h.stakeholders.chair, name: 'Karin Lind' },
        { name: 'Sekreterare' },
      ],
      reactions: 'Vill ha rapporten före varje KSAU.',
      followUp: 'Lägg in i årshjulet.',
    });
    expect(briefing.participants).toEqual([
      { stakeholderId: h.stakeholders.chair, name: 'Karin Lind' },
      { stakeholderId: null, name: 'Sekreterare' },
    ]);
    const edited = await h.call('communication:briefingUpdate', {
      id: briefing.id,
      date: '2026-02-04',
      body: 'KS',
      participants: [{ stakeholderId: h.stakeholders.deputy, name: 'Per Holm' }],
    });
    expect(edited).toMatchObject({ body: 'KS', date: '2026-02-04', topics: '' });
    expect(edited.participants).toHaveLength(1);
    const noBody = await h.fail('communication:briefingCreate', {
      programmeId: h.programmeId,
      date: '2026-02-03',
      body: ' ',
    });
    expect(noBody.fields?.body).toBe('Skriv vilket organ dragningen var för');
  });
});

describe('results become communication (I25)', () => {
  it('prefills an encouraging item from a finished action and links it both ways', async () => {
    const prefill = await h.call('communication:prefill', { kind: 'action', id: h.actions.done });
    expect(prefill.message).toMatch(/^Nu är det klart: Praktikmässa/);
    expect(prefill.message).toMatch(/tack/i);
    expect(prefill.why).toBe('Eleverna ska se jobben.');
    expect(prefill.source).toEqual({
      kind: 'action',
      id: h.actions.done,
      label: 'Praktikmässa för gymnasiets yrkesprogram',
    });
    const before = await h.call('communication:bySource', { kind: 'action', id: h.actions.done });
    expect(before).toEqual({ eligible: true, links: [] });

    const item = await h.call('communication:planCreate', {
      programmeId: h.programmeId,
      message: prefill.message,
      why: prefill.why,
      audiences: prefill.audiences,
      channel: prefill.channel,
      source: { kind: 'action', id: h.actions.done },
    });
    expect(item.source?.label).toBe('Praktikmässa för gymnasiets yrkesprogram');
    const log = await h.call('communication:logCreate', {
      programmeId: h.programmeId,
      date: '2026-02-01',
      channel: 'newsletter',
      audiences: ['companies'],
      what: 'Nyhetsbrevet berättade om mässan',
      planItemId: item.id,
    });
    const after = await h.call('communication:bySource', { kind: 'action', id: h.actions.done });
    expect(after.links.map((l) => [l.type, l.id])).toEqual([
      ['plan', item.id],
      ['log', log.id],
    ]);
  });

  it('prefills from a reached goal as upward reporting, and refuses unfinished results', async () => {
    const goal = await h.call('communication:prefill', { kind: 'goal', id: h.goals.reached });
    expect(goal.message).toMatch(/^Vi har nått målet ”60 praktikplatser per år”!/);
    expect(goal.upward).toBe(true);
    expect(goal.audiences).toContain('politicians');
    // The goal has no "why" of its own: the programme's is reused (I02).
    expect(goal.why).toBe('Fler jobb och fler företag i hela kommunen.');
    const planned = await h.fail('communication:prefill', {
      kind: 'action',
      id: h.actions.planned,
    });
    expect(planned.message).toMatch(/inte klar än/);
    const open = await h.fail('communication:prefill', { kind: 'goal', id: h.goals.unmeasured });
    expect(open.message).toMatch(/inte i fas/);
    expect(
      (await h.call('communication:bySource', { kind: 'action', id: h.actions.planned })).eligible,
    ).toBe(false);
    const gone = await h.fail('communication:prefill', { kind: 'action', id: 'nope' });
    expect(gone.code).toBe('NOT_FOUND');
    const foreign = await h.fail('communication:planCreate', {
      programmeId: h.programmeId,
      ...planItem,
      source: { kind: 'goal', id: 'nope' },
    });
    expect(foreign.fields?.source).toBe('Målet finns inte i det här programmet.');
  });

  it('lists finished actions and green goals nothing has been told about yet', async () => {
    const untold = await h.call('communication:untold', { programmeId: h.programmeId });
    expect(untold.map((u) => [u.kind, u.id, u.reached])).toEqual([
      ['action', h.actions.done, true],
      ['goal', h.goals.reached, true],
    ]);
    const item = await h.call('communication:planCreate', {
      programmeId: h.programmeId,
      ...planItem,
      source: { kind: 'goal', id: h.goals.reached },
    });
    await h.call('communication:logCreate', {
      programmeId: h.programmeId,
      date: '2026-02-01',
      channel: 'web',
      audiences: ['public'],
      what: 'Nyhet om mässan',
      source: { kind: 'action', id: h.actions.done },
    });
    expect(await h.call('communication:untold', { programmeId: h.programmeId })).toEqual([]);
    // A cancelled item tells nothing: the goal is untold again.
    await h.call('communication:planUpdate', { id: item.id, ...planItem, status: 'cancelled' });
    const again = await h.call('communication:untold', { programmeId: h.programmeId });
    expect(again.map((u) => u.id)).toEqual([h.goals.reached]);
  });
});

describe('trash and erase', () => {
  it('deletes plan items, log entries and briefings to the trash and restores them', async () => {
    const item = await h.call('communication:planCreate', {
      programmeId: h.programmeId,
      ...planItem,
    });
    const entry = await h.call('communication:logCreate', {
      programmeId: h.programmeId,
      date: '2026-02-01',
      channel: 'web',
      audiences: ['public'],
      what: 'Nyhet',
      planItemId: item.id,
    });
    const briefing = await h.call('communication:briefingCreate', {
      programmeId: h.programmeId,
      date: '2026-02-03',
      body: 'KF',
    });
    await h.call('communication:planDelete', { id: item.id });
    await h.call('communication:logDelete', { id: entry.id });
    await h.call('communication:briefingDelete', { id: briefing.id });
    const trash = await h.call('trash:list', {});
    expect(trash.rows.map((r) => [r.kind, r.title]).sort()).toEqual([
      ['briefing', '2026-02-03: KF'],
      ['commLogEntry', '2026-02-01: Nyhet'],
      ['commPlanItem', planItem.message],
    ]);
    expect(await h.call('communication:planList', { programmeId: h.programmeId })).toEqual([]);
    expect((await h.fail('communication:planGet', { id: item.id })).code).toBe('NOT_FOUND');

    await h.call('communication:planRestore', { id: item.id });
    await h.call('trash:restore', { kind: 'commLogEntry', id: entry.id });
    const restored = await h.call('communication:logGet', { id: entry.id });
    expect(restored.planItemMessage).toBe(planItem.message);
    expect((await h.fail('communication:logRestore', { id: entry.id })).code).toBe('NOT_FOUND');

    // Erasing for good in the trash removes the briefing with its participants.
    await h.call('trash:purge', { kind: 'briefing', id: briefing.id });
    const left = h.ctx.db!.prepare('SELECT count(*) FROM politician_briefings').pluck().get();
    expect(left).toBe(0);
  });

  it('erases a person from plan items and briefings but keeps the records', async () => {
    const item = await h.call('communication:planCreate', {
      programmeId: h.programmeId,
      ...planItem,
      responsibleStakeholderId: h.stakeholders.chair,
    });
    const briefing = await h.call('communication:briefingCreate', {
      programmeId: h.programmeId,
      date: '2026-02-03',
      body: 'KS',
      participants: [
        { stakeholderId: h.stakeholders.chair, name: 'Karin Lind' },
        { stakeholderId: h.stakeholders.deputy, name: 'Per Holm' },
      ],
    });
    const db = h.ctx.db!;
    const changed = eraseStakeholderFromCommunication(
      db,
      h.stakeholders.chair,
      'Borttagen person',
      '2026-03-01T00:00:00Z',
    );
    expect(changed).toBe(2);
    expect(await h.call('communication:planGet', { id: item.id })).toMatchObject({
      responsibleStakeholderId: null,
      responsibleName: 'Borttagen person',
    });
    const after = await h.call('communication:briefingGet', { id: briefing.id });
    expect(after.participants).toEqual([
      { stakeholderId: null, name: 'Borttagen person' },
      { stakeholderId: h.stakeholders.deputy, name: 'Per Holm' },
    ]);
    // Through the trash: the person row goes, and nothing in communication points at it.
    db.prepare("UPDATE stakeholders SET deleted_at = 'x' WHERE id = ?").run(h.stakeholders.deputy);
    await h.call('trash:purge', { kind: 'stakeholder', id: h.stakeholders.deputy });
    const last = await h.call('communication:briefingGet', { id: briefing.id });
    expect(last.participants.map((p) => p.name)).toEqual(['Borttagen person', 'Borttagen person']);
  });
});
