// Runs in: main process / Node. Saving the programme's meetings with their participants, agenda,
// questions and outcomes in one transaction; outcomes keep their ids so insights stay linked.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { meetingInput, meetingUpdateInput } from '../../../shared/contract/groups';
import type { Meeting } from '../../../shared/domain/groups';
import { newId, nowIso } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';
import { invalidFields, meetingNotFound, requireLiveProgramme } from './errors';
import { groupInProgramme, programmeIsLive } from './groups';
import { getMeeting } from './meetingQueries';

type CreateInput = z.output<typeof meetingInput>;
type UpdateInput = z.output<typeof meetingUpdateInput>;
type Fields = Omit<CreateInput, 'programmeId'>;

const EN = 'The meeting could not be saved. Check the marked fields.';

/** The group must belong to the programme, and linked participants must be in the register. */
function check(db: Database, programmeId: string, f: Fields): Map<string, string> {
  const fields: Record<string, string> = {};
  if (f.groupId && !groupInProgramme(db, f.groupId, programmeId)) {
    fields.groupId = 'Gruppen finns inte i det här programmet.';
  }
  const names = new Map<string, string>();
  const person = cachedStatement(
    db,
    'SELECT name FROM stakeholders WHERE id = ? AND deleted_at IS NULL',
  );
  const seen = new Set<string>();
  f.participants.forEach((p, i) => {
    if (!p.stakeholderId) return;
    const row = person.get(p.stakeholderId) as { name: string } | undefined;
    if (!row) fields[`participants.${i}.stakeholderId`] = 'Personen finns inte i aktörsregistret.';
    else if (seen.has(p.stakeholderId))
      fields[`participants.${i}.stakeholderId`] = 'Personen finns redan bland deltagarna.';
    else names.set(p.stakeholderId, row.name);
    seen.add(p.stakeholderId);
  });
  f.outcomes.forEach((o, i) => {
    if (o.id && f.outcomes.findIndex((x) => x.id === o.id) !== i) {
      fields[`outcomes.${i}.text`] = 'Resultatet finns två gånger.';
    }
  });
  if (Object.keys(fields).length > 0) throw invalidFields(fields, EN);
  return names;
}

function saveParticipants(
  db: Database,
  meetingId: string,
  f: Fields,
  names: Map<string, string>,
  now: string,
) {
  cachedStatement(db, 'DELETE FROM process_meeting_participants WHERE meeting_id = ?').run(
    meetingId,
  );
  const insert = cachedStatement(
    db,
    `INSERT INTO process_meeting_participants
       (id, meeting_id, stakeholder_id, name, attended, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  f.participants.forEach((p, i) => {
    const name = p.stakeholderId ? (names.get(p.stakeholderId) ?? p.name) : p.name;
    insert.run(newId(), meetingId, p.stakeholderId, name, p.attended ? 1 : 0, i, now, now);
  });
}

/**
 * Agenda and questions are replaced. Outcomes sent with the id of one of this meeting's outcomes
 * are updated in place (their insight link stays); the others are new; missing ones go.
 */
function saveItems(db: Database, meetingId: string, f: Fields, now: string) {
  cachedStatement(
    db,
    "DELETE FROM process_meeting_items WHERE meeting_id = ? AND kind IN ('agenda', 'question')",
  ).run(meetingId);
  const insert = cachedStatement(
    db,
    `INSERT INTO process_meeting_items (id, meeting_id, kind, position, text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  f.agenda.forEach((text, i) => insert.run(newId(), meetingId, 'agenda', i, text, now, now));
  f.questions.forEach((text, i) => insert.run(newId(), meetingId, 'question', i, text, now, now));
  const existing = new Set(
    cachedStatement(
      db,
      "SELECT id FROM process_meeting_items WHERE meeting_id = ? AND kind = 'outcome'",
    )
      .pluck()
      .all(meetingId) as string[],
  );
  const kept = new Set<string>();
  const update = cachedStatement(
    db,
    'UPDATE process_meeting_items SET text = ?, position = ?, updated_at = ? WHERE id = ?',
  );
  f.outcomes.forEach((o, i) => {
    if (o.id && existing.has(o.id)) {
      kept.add(o.id);
      update.run(o.text, i, now, o.id);
    } else {
      insert.run(newId(), meetingId, 'outcome', i, o.text, now, now);
    }
  });
  const remove = cachedStatement(db, 'DELETE FROM process_meeting_items WHERE id = ?');
  for (const id of existing) if (!kept.has(id)) remove.run(id);
}

export function createMeeting(db: Database, input: CreateInput): Meeting {
  const { programmeId, ...f } = input;
  const id = newId();
  const now = nowIso();
  db.transaction(() => {
    requireLiveProgramme(programmeIsLive(db, programmeId));
    const names = check(db, programmeId, f);
    cachedStatement(
      db,
      `INSERT INTO process_meetings (id, programme_id, kind, title, date, time, place, group_id,
         status, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      programmeId,
      f.kind,
      f.title,
      f.date,
      f.time,
      f.place,
      f.groupId,
      f.status,
      f.notes,
      now,
      now,
    );
    saveParticipants(db, id, f, names, now);
    saveItems(db, id, f, now);
  })();
  return getMeeting(db, id);
}

export function updateMeeting(db: Database, input: UpdateInput): Meeting {
  const { id, ...f } = input;
  const now = nowIso();
  db.transaction(() => {
    const stored = cachedStatement(
      db,
      'SELECT programme_id AS programmeId FROM process_meetings WHERE id = ? AND deleted_at IS NULL',
    ).get(id) as { programmeId: string } | undefined;
    if (!stored) throw meetingNotFound();
    const names = check(db, stored.programmeId, f);
    cachedStatement(
      db,
      `UPDATE process_meetings SET kind = ?, title = ?, date = ?, time = ?, place = ?, group_id = ?,
         status = ?, notes = ?, updated_at = ? WHERE id = ?`,
    ).run(f.kind, f.title, f.date, f.time, f.place, f.groupId, f.status, f.notes, now, id);
    saveParticipants(db, id, f, names, now);
    saveItems(db, id, f, now);
  })();
  return getMeeting(db, id);
}

export function deleteMeeting(db: Database, id: string): { id: string } {
  const now = nowIso();
  const changed = cachedStatement(
    db,
    'UPDATE process_meetings SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
  ).run(now, now, id).changes;
  if (changed === 0) throw meetingNotFound();
  return { id };
}

export function restoreMeeting(db: Database, id: string): Meeting {
  const changed = cachedStatement(
    db,
    `UPDATE process_meetings SET deleted_at = NULL, updated_at = ?
     WHERE id = ? AND deleted_at IS NOT NULL`,
  ).run(nowIso(), id).changes;
  if (changed === 0) throw meetingNotFound();
  return getMeeting(db, id);
}
