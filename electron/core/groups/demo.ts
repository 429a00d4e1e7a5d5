// Runs in: main process / Node. The example municipality's groups and meetings: a working group
// of six that lacks the business owners (the composition check shows it), two reference groups, a
// kick-off eight months ago, three workshops, reference group meetings with outcomes turned into
// insights, and a planned follow-up meeting. Deterministic for a given `today`.
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { ActorCategory } from '../../../shared/domain/actorCategories';
import type { MemberRole } from '../../../shared/domain/groups';
import { withIdSource } from '../db/clock';
import { addDays, formatDay, parseDay, timestampAt, weekday } from '../demo/dates';
import { createGroup } from './groups';
import { createMeeting } from './meetings';
import { outcomeToInsight } from './outcomeInsight';
import { demoGroups, demoMeetings, extraParticipants } from './demoTexts';

interface Person {
  id: string;
  name: string;
}

type GroupKey = keyof typeof demoGroups;

/** Who sits in each group, by actor category; the working group has no business owner (sme). */
const groupPlans: Record<GroupKey, { kind: 'working' | 'reference'; seats: ActorCategory[] }> = {
  working: {
    kind: 'working',
    seats: [
      'municipal_official',
      'politician',
      'business_org',
      'education',
      'employment_service',
      'regional',
    ],
  },
  business: {
    kind: 'reference',
    seats: ['sme', 'sme', 'sme', 'business_network', 'business_org', 'property_owner'],
  },
  countryside: {
    kind: 'reference',
    seats: ['civil_society', 'civil_society', 'sme', 'youth'],
  },
};

/** A picker over the register's people, one category at a time, never the same person twice. */
function peoplePicker(db: Database) {
  const rows = db
    .prepare(
      `SELECT s.id, s.name, c.category FROM stakeholders s
       JOIN stakeholder_categories c ON c.stakeholder_id = s.id
       WHERE s.kind = 'person' AND s.deleted_at IS NULL ORDER BY s.name, s.id`,
    )
    .all() as (Person & { category: string })[];
  return (category: string, taken: Set<string>): Person | null => {
    const hit = rows.find((r) => r.category === category && !taken.has(r.id));
    if (!hit) return null;
    taken.add(hit.id);
    return { id: hit.id, name: hit.name };
  };
}

function seeded(today: string): () => string {
  let counter = 0;
  return () => {
    const h = createHash('sha256').update(`groups-demo:${today}:${counter++}`).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-b${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
}

const kickoffCategories: ActorCategory[] = [
  'politician',
  'politician',
  'municipal_official',
  'sme',
  'sme',
  'sme',
  'business_network',
  'business_org',
  'school',
  'youth',
];

const workshopCategories: ActorCategory[] = [
  'sme',
  'sme',
  'sme',
  'sme',
  'education',
  'employment_service',
  'municipal_official',
  'property_owner',
  'civil_society',
  'uf',
];

export function generateGroupsDemo(db: Database, programmeId: string, today: string): void {
  const existing = db
    .prepare('SELECT 1 FROM work_groups WHERE programme_id = ? LIMIT 1')
    .get(programmeId);
  if (existing) return;
  withIdSource(seeded(today), () => {
    db.transaction(() => write(db, programmeId, today))();
  });
}

function write(db: Database, programmeId: string, today: string): void {
  const pick = peoplePicker(db);
  const day = parseDay(today);
  const groupIds = {} as Record<GroupKey, string>;
  const groupMembers = {} as Record<GroupKey, Person[]>;
  for (const key of Object.keys(groupPlans) as GroupKey[]) {
    const taken = new Set<string>();
    const members = groupPlans[key].seats.flatMap((c) => pick(c, taken) ?? []);
    const role = (i: number): MemberRole =>
      key === 'working' && i === 0
        ? 'convener'
        : key === 'working' && i === 5
          ? 'adjunct'
          : 'member';
    const group = createGroup(
      db,
      {
        programmeId,
        kind: groupPlans[key].kind,
        ...demoGroups[key],
        members: members.map((m, i) => ({ stakeholderId: m.id, role: role(i) })),
      },
      today,
    );
    groupIds[key] = group.id;
    groupMembers[key] = members;
  }
  // The groups were formed before the kick-off; the demo never reads the clock.
  const formed = timestampAt(addDays(day, -250), 10, 0);
  for (const id of Object.values(groupIds)) {
    db.prepare('UPDATE work_groups SET created_at = ?, updated_at = ? WHERE id = ?').run(
      formed,
      formed,
      id,
    );
    db.prepare(
      'UPDATE work_group_members SET created_at = ?, updated_at = ? WHERE group_id = ?',
    ).run(formed, formed, id);
  }

  demoMeetings.forEach((plan, index) => {
    // Meetings fall on working days: a weekend date moves to the Friday or Monday next to it.
    const raw = addDays(day, plan.offset);
    const shift = weekday(raw) === 6 ? -1 : weekday(raw) === 0 ? 1 : 0;
    const date = formatDay(addDays(raw, shift));
    const taken = new Set<string>();
    let people: Person[];
    if (plan.group) {
      people = groupMembers[plan.group].slice(0, plan.participants);
    } else {
      const categories = plan.kind === 'kickoff' ? kickoffCategories : workshopCategories;
      // Each workshop starts at another place in the list, so the rooms differ.
      const rotated = [...categories.slice(index), ...categories.slice(0, index)];
      people = rotated.flatMap((c) => pick(c, taken) ?? []).slice(0, plan.participants);
    }
    const typed = plan.kind === 'kickoff' ? extraParticipants : [];
    const participants = [
      ...people.map((p, i) => ({
        stakeholderId: p.id,
        name: p.name,
        // Somebody always sends regrets; a planned meeting has nobody in the room yet.
        attended: plan.status === 'held' && !(i === 3 && people.length > 5),
      })),
      ...typed.map((name) => ({ stakeholderId: null, name, attended: plan.status === 'held' })),
    ].slice(0, Math.max(plan.participants, 0));
    const meeting = createMeeting(db, {
      programmeId,
      kind: plan.kind,
      title: plan.title,
      date,
      time: plan.time,
      place: plan.place,
      groupId: plan.group ? groupIds[plan.group] : null,
      status: plan.status,
      notes: plan.notes,
      participants,
      agenda: plan.agenda,
      questions: plan.questions,
      outcomes: plan.outcomes.map((o) => ({ text: o.text })),
    });
    plan.outcomes.forEach((o, i) => {
      if (o.insight) outcomeToInsight(db, { outcomeId: meeting.outcomes[i]!.id, type: o.insight });
    });
    backdate(db, meeting.id, date, plan.offset);
  });
}

/** Rows written by the demo carry the day after the meeting, as if noted then. */
function backdate(db: Database, meetingId: string, date: string, offset: number): void {
  const stamp = timestampAt(addDays(parseDay(date), offset < 0 ? 1 : -14), 16, 0);
  const run = (sql: string) => db.prepare(sql).run(stamp, stamp, meetingId);
  run('UPDATE process_meetings SET created_at = ?, updated_at = ? WHERE id = ?');
  run(
    'UPDATE process_meeting_participants SET created_at = ?, updated_at = ? WHERE meeting_id = ?',
  );
  run('UPDATE process_meeting_items SET created_at = ?, updated_at = ? WHERE meeting_id = ?');
  db.prepare(
    `UPDATE insights SET created_at = ?, updated_at = ?
     WHERE id IN (SELECT insight_id FROM process_meeting_items WHERE meeting_id = ?)`,
  ).run(stamp, stamp, meetingId);
  db.prepare(
    `UPDATE insight_sources SET created_at = ?, updated_at = ? WHERE kind = 'meeting' AND ref_id = ?`,
  ).run(stamp, stamp, meetingId);
}
