// Runs in: vitest (Node). Follow-up records: cadence settings, the snapshot of goal and action
// statuses (kept after the goal changes), comments, check-ins, close/reopen, trash and GDPR erase.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localToday } from '../../../electron/core/actions/today';
import { overdueFollowUps } from '../../../electron/core/followUp/due';
import {
  closeFollowUp,
  createFollowUp,
  refreshFollowUp,
} from '../../../electron/core/followUp/service';
import { purgeFromTrash } from '../../../electron/core/trash/purge';
import { periodOf } from '../../../shared/domain/followUp';
import { makeFollowUpHarness, type FollowUpHarness } from './fixtures';

let h: FollowUpHarness;
beforeEach(() => {
  h = makeFollowUpHarness();
});
afterEach(() => h.ctx.cleanup());

describe('cadence', () => {
  it('is quarterly from the programme start until set, and validates the start date', async () => {
    expect(await h.call('followUp:settings', { programmeId: 'prog' })).toEqual({
      programmeId: 'prog',
      cadence: 'quarterly',
      startDate: '2025-01-01',
      isDefault: true,
    });
    const saved = await h.call('followUp:setSettings', {
      programmeId: 'prog',
      cadence: 'tertial',
      startDate: '2025-03-15',
    });
    expect(saved).toMatchObject({ cadence: 'tertial', isDefault: false });
    const bad = await h.fail('followUp:setSettings', {
      programmeId: 'prog',
      cadence: 'quarterly',
      startDate: '2025-02-30',
    });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.fields?.startDate).toBe('Datumet finns inte');
    const overview = await h.call('followUp:overview', { programmeId: 'prog' });
    expect(overview.periods.at(-1)?.key).toBe('2025-T1');
    expect(overview.periods[0]?.key).toBe(periodOf('tertial', localToday()).key);
  });

  it('lists the periods waiting for a follow-up, oldest first, for the overview', () => {
    const db = h.ctx.db!;
    const record = createFollowUp(db, 'prog', '2025-K1', '2025-04-10');
    expect(overdueFollowUps(db, 'prog', '2025-10-15').map((p) => [p.key, p.state])).toEqual([
      ['2025-K1', 'draft'],
      ['2025-K2', 'overdue'],
      ['2025-K3', 'due'],
    ]);
    closeFollowUp(db, record.id);
    expect(overdueFollowUps(db, 'prog', '2025-10-15').map((p) => p.key)).toEqual([
      '2025-K2',
      '2025-K3',
    ]);
  });
});

describe('a follow-up record', () => {
  it('keeps the goal status computed when it was written, and refreshes it only on request', async () => {
    const db = h.ctx.db!;
    const record = createFollowUp(db, 'prog', '2025-K2', '2025-07-15');
    const intern = record.goals.find((g) => g.goalId === 'g-intern')!;
    expect(intern).toMatchObject({
      status: 'green',
      latestValue: 45,
      latestDate: '2025-06-30',
      focusAreaName: 'Kompetensförsörjning',
    });
    expect(record.goals.find((g) => g.goalId === 'g-permit')?.status).toBe('unknown');
    // The goal changes afterwards: the record still says what it was.
    h.run("UPDATE goals SET text = 'Ändrad text', target_value = 1000 WHERE id = 'g-intern'");
    const again = await h.call('followUp:get', { id: record.id });
    expect(again.goals[0]).toMatchObject({ goalText: '60 praktikplatser per år', status: 'green' });
    await h.call('followUp:update', {
      id: record.id,
      goalComments: [{ goalId: 'g-intern', comment: 'Bra tryck från företagen.' }],
    });
    const refreshed = refreshFollowUp(db, record.id, '2026-11-01');
    expect(refreshed.goals[0]).toMatchObject({
      goalText: 'Ändrad text',
      status: 'red',
      comment: 'Bra tryck från företagen.',
    });
  });

  it('snapshots actions: done and dropped since the previous follow-up, with the reason', () => {
    const db = h.ctx.db!;
    const first = createFollowUp(db, 'prog', '2025-K1', '2025-04-10');
    expect(first.actions.map((a) => a.actionId).sort()).toEqual([
      'a-bus',
      'a-fair',
      'a-loose',
      'a-weld',
    ]);
    h.run(`UPDATE follow_ups SET held_on = '2025-04-15' WHERE id = ?`, first.id);
    const second = createFollowUp(db, 'prog', '2025-K2', '2025-07-15');
    const bus = second.actions.find((a) => a.actionId === 'a-bus')!;
    expect(bus).toMatchObject({ droppedInPeriod: true, droppedReason: 'För få anmälda.' });
    expect(second.actions.find((a) => a.actionId === 'a-fair')?.doneInPeriod).toBe(true);
    // The opening starts with what was achieved (F26).
    expect(second.highlights[0]!.sv).toBe('1 aktivitet klar sedan förra uppföljningen.');
    expect(second.highlights.map((l) => l.sv).join(' ')).toMatch(
      /1 aktivitet valdes bort, vilket ger tid till det som fungerar/,
    );
    // A later follow-up leaves out what ended before the previous one.
    h.run(`UPDATE follow_ups SET held_on = '2025-07-20' WHERE id = ?`, second.id);
    const third = createFollowUp(db, 'prog', '2025-K3', '2025-10-05');
    expect(third.actions.map((a) => a.actionId).sort()).toEqual(['a-loose', 'a-weld']);
  });

  it('saves participants, comments and check-ins, and refuses an unknown person', async () => {
    const record = createFollowUp(h.ctx.db!, 'prog', '2025-K2', '2025-07-15');
    const saved = await h.call('followUp:update', {
      id: record.id,
      heldOn: '2025-07-20',
      meetingRef: 'Uppsamlingsmöte i Folkets hus',
      summary: 'Bra kvartal.',
      droppedNotes: 'Vi pausar nyhetsbrevet.',
      participants: [
        { stakeholderId: 'st-anna', name: 'Anna Öberg' },
        { name: 'Bo från Exeby Trä' },
      ],
      actionComments: [{ actionId: 'a-weld', comment: 'Sex deltagare.' }],
      checkins: [{ questionId: 'visits', answer: 'partly', comment: 'Semestern.' }],
    });
    expect(saved).toMatchObject({
      heldOn: '2025-07-20',
      meetingRef: 'Uppsamlingsmöte i Folkets hus',
      participants: [
        { stakeholderId: 'st-anna', name: 'Anna Öberg' },
        { stakeholderId: null, name: 'Bo från Exeby Trä' },
      ],
    });
    expect(saved.actions.find((a) => a.actionId === 'a-weld')?.comment).toBe('Sex deltagare.');
    expect(saved.checkins).toHaveLength(4);
    expect(saved.checkins[0]).toEqual({
      questionId: 'visits',
      answer: 'partly',
      comment: 'Semestern.',
    });
    expect(saved.checkins[1]).toEqual({ questionId: 'meetings', answer: null, comment: '' });
    const error = await h.fail('followUp:update', {
      id: record.id,
      participants: [{ stakeholderId: 'ghost', name: 'Spöke' }],
    });
    expect(error.fields).toHaveProperty(['participants.0.stakeholderId']);
    const empty = await h.fail('followUp:update', { id: record.id, participants: [{ name: ' ' }] });
    expect(empty.fields?.['participants.0.name']).toBe('Skriv ett namn');
  });

  it('refuses a second record for a period and a period that has not started', async () => {
    const db = h.ctx.db!;
    createFollowUp(db, 'prog', '2025-K2', '2025-07-15');
    expect(() => createFollowUp(db, 'prog', '2025-K2', '2025-07-15')).toThrow(
      /redan en uppföljning/,
    );
    const error = await h.fail('followUp:create', { programmeId: 'prog', periodKey: '2099-K1' });
    expect(error.fields?.periodKey).toMatch(/Perioden finns inte/);
  });

  it('is read-only once closed, and reopens only with a reason', async () => {
    const record = createFollowUp(h.ctx.db!, 'prog', '2025-K2', '2025-07-15');
    const closed = await h.call('followUp:close', { id: record.id });
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).not.toBeNull();
    const refused = await h.fail('followUp:update', { id: record.id, summary: 'Ändrat' });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/Öppna den igen/);
    const lesson = await h.fail('followUp:addLesson', { followUpId: record.id, text: 'Något' });
    expect(lesson.code).toBe('CONFLICT');
    const noReason = await h.fail('followUp:reopen', { id: record.id, reason: ' ' });
    expect(noReason.fields?.reason).toBe('Skriv varför uppföljningen öppnas igen');
    const reopened = await h.call('followUp:reopen', { id: record.id, reason: 'Glömde en lärdom' });
    expect(reopened).toMatchObject({ status: 'draft', reopenReason: 'Glömde en lärdom' });
    expect((await h.call('followUp:update', { id: record.id, summary: 'Ändrat' })).summary).toBe(
      'Ändrat',
    );
  });

  it('goes to the trash and comes back; erasing a person clears their participation', async () => {
    const db = h.ctx.db!;
    const record = createFollowUp(db, 'prog', '2025-K2', '2025-07-15');
    await h.call('followUp:update', {
      id: record.id,
      participants: [{ stakeholderId: 'st-anna', name: 'Anna Öberg' }],
    });
    await h.call('followUp:delete', { id: record.id });
    expect((await h.fail('followUp:get', { id: record.id })).code).toBe('NOT_FOUND');
    expect((await h.call('followUp:overview', { programmeId: 'prog' })).records).toHaveLength(0);
    await h.call('followUp:restore', { id: record.id });
    expect((await h.call('followUp:get', { id: record.id })).participants).toHaveLength(1);

    h.run("UPDATE stakeholders SET deleted_at = 'x' WHERE id = 'st-anna'");
    purgeFromTrash(db, 'stakeholder', 'st-anna');
    const after = await h.call('followUp:get', { id: record.id });
    expect(after.participants).toEqual([{ stakeholderId: null, name: 'Borttagen person' }]);
    expect(JSON.stringify(after)).not.toContain('Anna Öberg');

    await h.call('followUp:delete', { id: record.id });
    purgeFromTrash(db, 'followUp', record.id);
    expect(db.prepare('SELECT count(*) AS n FROM follow_up_goal_judgements').get()).toEqual({
      n: 0,
    });
  });
});
