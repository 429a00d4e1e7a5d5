// Runs in: vitest (Node). The programme's meetings through the dispatcher: participants from the
// register and typed names, ordered items, validation in Swedish, the list order and filters,
// outcomes turned into insights linked both ways, trash and restore, the GDPR erase, the stats.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetingsHeldInYear } from '../../../electron/core/groups/stats';
import { purgeFromTrash, ERASED_PERSON } from '../../../electron/core/trash/purge';
import { listTrash, restoreFromTrash } from '../../../electron/core/trash/queries';
import type { MeetingInput } from '../../../shared/contract/groups';
import { meetingOrder } from '../../../shared/domain/groups';
import { makeGroupsHarness, type GroupsHarness } from './fixtures';

let h: GroupsHarness;
beforeEach(() => {
  h = makeGroupsHarness();
});
afterEach(() => h.ctx.cleanup());

const kickoff = (h: GroupsHarness): MeetingInput => ({
  programmeId: h.programmeId,
  kind: 'kickoff',
  title: 'Uppstart av näringslivsprogrammet',
  date: '2026-02-03',
  time: '08:30',
  place: 'Sessionssalen',
  status: 'held',
  participants: [
    { stakeholderId: h.people.anna, name: 'x' },
    { stakeholderId: h.people.bo, name: 'Bo', attended: false },
    { name: 'Lena Holm (Almi)' },
  ],
  agenda: ['Välkommen', 'Uppdraget', 'Gruppdiskussion'],
  questions: ['Vad hindrar er från att växa?'],
  outcomes: [{ text: 'Kompetensbrist' }, { text: 'Stark sammanhållning' }],
});

describe('saving meetings', () => {
  it('stores participants with copied names and attendance, and items in order', async () => {
    const meeting = await h.call('processMeetings:create', kickoff(h));
    expect(meeting).toMatchObject({
      kind: 'kickoff',
      status: 'held',
      time: '08:30',
      participantCount: 3,
      attendedCount: 2,
      outcomeCount: 2,
      participants: [
        { name: 'Anna Öberg', attended: true, stakeholderId: h.people.anna },
        { name: 'Bo Ek', attended: false },
        { name: 'Lena Holm (Almi)', stakeholderId: null, attended: true },
      ],
      agenda: [{ text: 'Välkommen' }, { text: 'Uppdraget' }, { text: 'Gruppdiskussion' }],
      questions: [{ text: 'Vad hindrar er från att växa?' }],
      outcomes: [{ text: 'Kompetensbrist', insight: null }, { text: 'Stark sammanhållning' }],
      insights: [],
    });
  });

  it('keeps an edited outcome (and its insight) and replaces agenda and questions', async () => {
    const meeting = await h.call('processMeetings:create', kickoff(h));
    const [first, second] = meeting.outcomes;
    await h.call('processMeetings:outcomeToInsight', { outcomeId: first!.id, type: 'weakness' });
    const updated = await h.call('processMeetings:update', {
      ...kickoff(h),
      id: meeting.id,
      agenda: ['Ny ordning'],
      outcomes: [{ text: 'Nytt resultat' }, { id: first!.id, text: 'Kompetensbrist i industrin' }],
    });
    expect(updated.agenda.map((a) => a.text)).toEqual(['Ny ordning']);
    expect(updated.outcomes.map((o) => o.text)).toEqual([
      'Nytt resultat',
      'Kompetensbrist i industrin',
    ]);
    expect(updated.outcomes[1]!.id).toBe(first!.id);
    expect(updated.outcomes[1]!.insight?.type).toBe('weakness');
    expect(updated.outcomes.some((o) => o.id === second!.id)).toBe(false);
  });

  it('refuses bad input with Swedish messages and saves nothing', async () => {
    const error = await h.fail('processMeetings:create', {
      ...kickoff(h),
      title: ' ',
      date: '2026-02-30',
      time: '25:00',
      agenda: ['Välkommen', '  '],
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields).toMatchObject({
      title: 'Skriv en rubrik för mötet',
      date: 'Datumet finns inte',
      time: 'Ange tid som TT:MM, till exempel 09:30',
      'agenda.1': 'Skriv punkten eller ta bort raden',
    });
    const people = await h.fail('processMeetings:create', {
      ...kickoff(h),
      groupId: 'no-group',
      participants: [{ stakeholderId: 'ghost', name: 'Spöke' }],
    });
    expect(people.fields).toEqual({
      groupId: 'Gruppen finns inte i det här programmet.',
      'participants.0.stakeholderId': 'Personen finns inte i aktörsregistret.',
    });
    const n = h.ctx.db!.prepare('SELECT count(*) AS n FROM process_meetings').get();
    expect(n).toEqual({ n: 0 });
  });
});

describe('the meeting list', () => {
  it('puts upcoming planned meetings first, soonest first, then the rest latest first', () => {
    const m = (date: string, status: 'planned' | 'held' | 'cancelled', title = date) => ({
      date,
      time: null,
      status,
      title,
    });
    const rows = [
      m('2026-01-01', 'held'),
      m('2026-06-01', 'planned'),
      m('2026-03-01', 'planned'),
      m('2026-02-01', 'planned'), // planned but past: not upcoming
      m('2026-04-01', 'cancelled'),
    ];
    const sorted = [...rows].sort((a, b) => meetingOrder(a, b, '2026-03-01'));
    expect(sorted.map((r) => r.date)).toEqual([
      '2026-03-01',
      '2026-06-01',
      '2026-04-01',
      '2026-02-01',
      '2026-01-01',
    ]);
  });

  it('filters by kind and group', async () => {
    const group = await h.call('groups:create', {
      programmeId: h.programmeId,
      kind: 'reference',
      name: 'Referensgrupp näringsliv',
    });
    await h.call('processMeetings:create', kickoff(h));
    await h.call('processMeetings:create', {
      programmeId: h.programmeId,
      kind: 'reference_group',
      title: 'Referensgruppen träffas',
      date: '2026-04-01',
      groupId: group.id,
    });
    const byKind = await h.call('processMeetings:list', {
      programmeId: h.programmeId,
      kind: 'kickoff',
    });
    expect(byKind.map((m) => m.title)).toEqual(['Uppstart av näringslivsprogrammet']);
    const byGroup = await h.call('processMeetings:list', {
      programmeId: h.programmeId,
      groupId: group.id,
    });
    expect(byGroup).toMatchObject([{ title: 'Referensgruppen träffas', groupName: group.name }]);
    const detail = await h.call('groups:get', { id: group.id });
    expect(detail.meetings.map((m) => m.title)).toEqual(['Referensgruppen träffas']);
  });
});

describe('outcomes become insights', () => {
  it('makes an insight with the meeting as source and shows it on the meeting', async () => {
    const meeting = await h.call('processMeetings:create', kickoff(h));
    const outcome = meeting.outcomes[0]!;
    const after = await h.call('processMeetings:outcomeToInsight', {
      outcomeId: outcome.id,
      type: 'weakness',
      text: 'Företagen har svårt att hitta rätt kompetens',
    });
    const insight = after.outcomes[0]!.insight!;
    expect(insight).toMatchObject({
      type: 'weakness',
      text: 'Företagen har svårt att hitta rätt kompetens',
    });
    expect(after.insights).toEqual([insight]);
    const full = await h.call('insights:get', { id: insight.id });
    expect(full.programmeId).toBe(h.programmeId);
    expect(full.sources).toMatchObject([
      {
        kind: 'meeting',
        refId: meeting.id,
        parentId: meeting.id,
        title: 'Uppstart av näringslivsprogrammet',
        date: '2026-02-03',
        excerpt: 'Kompetensbrist',
        live: true,
      },
    ]);
    expect(full.counts.workshops).toBe(1);
    const swot = await h.call('swot:get', { programmeId: h.programmeId });
    expect(swot.weakness.items.map((i) => i.id)).toContain(insight.id);

    // Asked again (a double click), the same insight comes back.
    const twice = await h.call('processMeetings:outcomeToInsight', {
      outcomeId: outcome.id,
      type: 'weakness',
    });
    expect(twice.insights).toHaveLength(1);
  });

  it('uses the outcome text when none is given and accepts the meeting as a source by hand', async () => {
    const meeting = await h.call('processMeetings:create', kickoff(h));
    const after = await h.call('processMeetings:outcomeToInsight', {
      outcomeId: meeting.outcomes[1]!.id,
      type: 'strength',
    });
    expect(after.outcomes[1]!.insight?.text).toBe('Stark sammanhållning');
    const other = await h.call('insights:create', {
      type: 'opportunity',
      text: 'Fler praktikplatser',
      sources: [{ kind: 'meeting', refId: meeting.id }],
    });
    expect(other.sources[0]!.title).toBe('Uppstart av näringslivsprogrammet');
    const got = await h.call('processMeetings:get', { id: meeting.id });
    expect(got.insights.map((i) => i.text)).toEqual([
      'Stark sammanhållning',
      'Fler praktikplatser',
    ]);
    const gone = await h.fail('insights:create', {
      type: 'idea',
      text: 'X',
      sources: [{ kind: 'meeting', refId: 'nope' }],
    });
    expect(gone.fields?.['sources.0.refId']).toMatch(/Mötet finns inte längre/);
  });

  it('shows the source without a link while the meeting is in the trash', async () => {
    const meeting = await h.call('processMeetings:create', kickoff(h));
    const after = await h.call('processMeetings:outcomeToInsight', {
      outcomeId: meeting.outcomes[0]!.id,
      type: 'weakness',
    });
    await h.call('processMeetings:delete', { id: meeting.id });
    const insight = await h.call('insights:get', { id: after.insights[0]!.id });
    expect(insight.sources[0]!.live).toBe(false);
    expect(insight.counts.workshops).toBe(0);
    expect(
      (
        await h.fail('processMeetings:outcomeToInsight', {
          outcomeId: meeting.outcomes[1]!.id,
          type: 'idea',
        })
      ).code,
    ).toBe('NOT_FOUND');
  });
});

describe('trash, GDPR and stats', () => {
  it('moves a meeting to the trash and restores it with everything', async () => {
    const meeting = await h.call('processMeetings:create', kickoff(h));
    await h.call('processMeetings:delete', { id: meeting.id });
    expect(await h.call('processMeetings:list', { programmeId: h.programmeId })).toEqual([]);
    const trash = listTrash(h.ctx.db!, 0, 50);
    expect(trash.rows).toMatchObject([
      { kind: 'processMeeting', title: '2026-02-03: Uppstart av näringslivsprogrammet' },
    ]);
    restoreFromTrash(h.ctx.db!, 'processMeeting', meeting.id);
    const back = await h.call('processMeetings:get', { id: meeting.id });
    expect(back.participants).toHaveLength(3);
    expect(back.outcomes).toHaveLength(2);
    await h.call('processMeetings:delete', { id: meeting.id });
    purgeFromTrash(h.ctx.db!, 'processMeeting', meeting.id);
    const left = h.ctx
      .db!.prepare(
        `SELECT (SELECT count(*) FROM process_meetings) + (SELECT count(*) FROM process_meeting_items)
           + (SELECT count(*) FROM process_meeting_participants) AS n`,
      )
      .get();
    expect(left).toEqual({ n: 0 });
  });

  it('unlinks and renames an erased participant, keeping the headcount (GDPR)', async () => {
    const meeting = await h.call('processMeetings:create', kickoff(h));
    const db = h.ctx.db!;
    db.prepare("UPDATE stakeholders SET deleted_at = '2026-02-01' WHERE id = ?").run(h.people.bo);
    purgeFromTrash(db, 'stakeholder', h.people.bo);
    const after = await h.call('processMeetings:get', { id: meeting.id });
    expect(after.participants.map((p) => [p.name, p.stakeholderId])).toEqual([
      ['Anna Öberg', h.people.anna],
      [ERASED_PERSON, null],
      ['Lena Holm (Almi)', null],
    ]);
    const leftovers = db
      .prepare("SELECT count(*) AS n FROM process_meeting_participants WHERE name LIKE '%Bo Ek%'")
      .get();
    expect(leftovers).toEqual({ n: 0 });
  });

  it('counts held meetings of the programme in a year', async () => {
    const make = (date: string, status: 'planned' | 'held' | 'cancelled') =>
      h.call('processMeetings:create', {
        programmeId: h.programmeId,
        kind: 'workshop',
        title: `Workshop ${date}`,
        date,
        status,
      });
    await make('2025-12-31', 'held');
    await make('2026-01-01', 'held');
    await make('2026-06-15', 'held');
    await make('2026-12-31', 'held');
    await make('2026-07-01', 'planned');
    await make('2026-08-01', 'cancelled');
    const deleted = await make('2026-09-01', 'held');
    await h.call('processMeetings:delete', { id: deleted.id });
    const db = h.ctx.db!;
    expect(meetingsHeldInYear(db, h.programmeId, 2026)).toBe(3);
    expect(meetingsHeldInYear(db, h.programmeId, 2025)).toBe(1);
    expect(meetingsHeldInYear(db, 'other', 2026)).toBe(0);
  });
});
