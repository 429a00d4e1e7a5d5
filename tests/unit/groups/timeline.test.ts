// Runs in: vitest (Node). Tidplan: step due dates, the programme's meetings and its cases' stage
// dates in one chronological order, grouped by month, with overdue items marked; other
// programmes' and trashed records left out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../electron/core/groups/timeline';
import { groupByMonth, isOverdue, type TimelineItem } from '../../../shared/domain/groups';
import { processSteps } from '../../../shared/process';
import { makeGroupsHarness, type GroupsHarness } from './fixtures';

let h: GroupsHarness;
beforeEach(() => {
  h = makeGroupsHarness();
});
afterEach(() => h.ctx.cleanup());

const item = (key: string, date: string, time: string | null = null): TimelineItem => ({
  key,
  date,
  time,
  source: 'meeting',
  refId: key,
  title: key,
  kind: 'workshop',
  state: 'open',
  overdue: false,
});

describe('timeline rules', () => {
  it('sorts by date and time and groups by month', () => {
    const months = groupByMonth([
      item('c', '2026-03-02', '13:00'),
      item('a', '2026-02-27'),
      item('b', '2026-03-02', '09:00'),
      item('d', '2026-05-01'),
    ]);
    expect(months.map((m) => [m.month, m.items.map((i) => i.key)])).toEqual([
      ['2026-02', ['a']],
      ['2026-03', ['b', 'c']],
      ['2026-05', ['d']],
    ]);
  });

  it('calls only open items before today overdue', () => {
    expect(isOverdue('2026-03-01', 'open', '2026-03-02')).toBe(true);
    expect(isOverdue('2026-03-02', 'open', '2026-03-02')).toBe(false);
    expect(isOverdue('2026-03-01', 'done', '2026-03-02')).toBe(false);
    expect(isOverdue('2026-03-01', 'cancelled', '2026-03-02')).toBe(false);
  });
});

describe('the programme timeline', () => {
  it('merges steps, meetings and case stages in order and marks what is late', async () => {
    const db = h.ctx.db!;
    const now = '2026-01-01T00:00:00.000Z';
    const [stepA, stepB] = processSteps;
    const step = (id: string, status: string, due: string) =>
      db
        .prepare(
          `INSERT INTO process_step_states (programme_id, step_id, status, due_date, created_at, updated_at)
           VALUES ('prog', ?, ?, ?, ?, ?)`,
        )
        .run(id, status, due, now, now);
    step(stepA!.id, 'done', '2026-01-20');
    step(stepB!.id, 'in_progress', '2026-02-10');
    db.prepare(
      `INSERT INTO meetings (id, body, date, deadline_working_days, created_at, updated_at)
       VALUES ('ks-meet', 'ks', '2026-04-14', 10, ?, ?)`,
    ).run(now, now);
    db.prepare(
      `INSERT INTO cases (id, programme_id, kind, title, created_at, updated_at)
       VALUES ('case1', 'prog', 'adoption', 'Antagande av näringslivsprogram', ?, ?)`,
    ).run(now, now);
    const stage = (
      id: string,
      body: string,
      meetingId: string | null,
      date: string | null,
      outcome: string | null,
    ) =>
      db
        .prepare(
          `INSERT INTO case_stages (id, case_id, body, meeting_id, meeting_date, outcome, created_at, updated_at)
           VALUES (?, 'case1', ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, body, meetingId, date, outcome, now, now);
    stage('s1', 'ksau', null, '2026-03-24', null);
    stage('s2', 'ks', 'ks-meet', null, null);
    stage('s3', 'kf', null, null, null); // no date yet: not on the timeline
    await h.call('processMeetings:create', {
      programmeId: 'prog',
      kind: 'kickoff',
      title: 'Uppstart',
      date: '2026-02-10',
      time: '08:30',
      status: 'held',
    });
    await h.call('processMeetings:create', {
      programmeId: 'prog',
      kind: 'workshop',
      title: 'Workshop som inte hölls i tid',
      date: '2026-03-05',
    });
    const gone = await h.call('processMeetings:create', {
      programmeId: 'prog',
      kind: 'other',
      title: 'Borttaget möte',
      date: '2026-03-06',
    });
    await h.call('processMeetings:delete', { id: gone.id });
    db.prepare(
      `INSERT INTO programmes (id, name, period_start, period_end, created_at, updated_at)
       VALUES ('other', 'Annat', '2020', '2023', ?, ?)`,
    ).run(now, now);
    await h.call('processMeetings:create', {
      programmeId: 'other',
      kind: 'workshop',
      title: 'Annat programs möte',
      date: '2026-03-05',
    });

    const timeline = buildTimeline(db, 'prog', '2026-03-30');
    const flat = timeline.months.flatMap((m) =>
      m.items.map((i) => [m.month, i.source, i.date, i.state, i.overdue, i.title]),
    );
    expect(flat).toEqual([
      ['2026-01', 'step', '2026-01-20', 'done', false, stepA!.title.sv],
      ['2026-02', 'step', '2026-02-10', 'open', true, stepB!.title.sv],
      ['2026-02', 'meeting', '2026-02-10', 'done', false, 'Uppstart'],
      ['2026-03', 'meeting', '2026-03-05', 'open', true, 'Workshop som inte hölls i tid'],
      ['2026-03', 'caseStage', '2026-03-24', 'open', true, 'Antagande av näringslivsprogram'],
      ['2026-04', 'caseStage', '2026-04-14', 'open', false, 'Antagande av näringslivsprogram'],
    ]);
    const ks = timeline.months[3]!.items[0]!;
    expect(ks).toMatchObject({ kind: 'ks', refId: 'case1' });
    expect(timeline.today).toBe('2026-03-30');
    const viaApi = await h.call('timeline:get', { programmeId: 'prog' });
    expect(viaApi.months.flatMap((m) => m.items)).toHaveLength(6);
  });
});
