// Runs in: main process / Node. Groups (arbetsgrupp, referensgrupper, styrgrupp) and their members
// from the stakeholder register, with the composition check against the actor categories (I22).
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { groupInput, groupUpdateInput } from '../../../shared/contract/groups';
import type { ActorCategory } from '../../../shared/domain/actorCategories';
import {
  compositionOf,
  type Group,
  type GroupMember,
  type GroupRow,
} from '../../../shared/domain/groups';
import { newId, nowIso } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';
import { groupNotFound, invalidFields, requireLiveProgramme } from './errors';
import { listMeetings } from './meetingQueries';

type CreateInput = z.output<typeof groupInput>;
type UpdateInput = z.output<typeof groupUpdateInput>;

const ROW = `g.id, g.programme_id AS programmeId, g.kind, g.name, g.purpose, g.updated_at AS updatedAt,
  (SELECT count(*) FROM work_group_members m WHERE m.group_id = g.id) AS memberCount`;

const KIND_ORDER = `CASE g.kind WHEN 'working' THEN 0 WHEN 'reference' THEN 1
  WHEN 'steering' THEN 2 ELSE 3 END`;

export function listGroups(db: Database, programmeId: string): GroupRow[] {
  return cachedStatement(
    db,
    `SELECT ${ROW} FROM work_groups g WHERE g.programme_id = ? AND g.deleted_at IS NULL
     ORDER BY ${KIND_ORDER}, g.name COLLATE NOCASE, g.id`,
  ).all(programmeId) as GroupRow[];
}

function membersOf(db: Database, groupId: string): GroupMember[] {
  const rows = cachedStatement(
    db,
    `SELECT m.id, m.stakeholder_id AS stakeholderId, s.name,
            coalesce(s.organisation, '') AS organisation, m.role,
            (SELECT group_concat(c.category, ',') FROM stakeholder_categories c
             WHERE c.stakeholder_id = s.id) AS categories
     FROM work_group_members m JOIN stakeholders s ON s.id = m.stakeholder_id
     WHERE m.group_id = ? ORDER BY m.position`,
  ).all(groupId) as (Omit<GroupMember, 'categories'> & { categories: string | null })[];
  return rows.map((r) => ({
    ...r,
    categories: (r.categories ? r.categories.split(',') : []) as ActorCategory[],
  }));
}

export function getGroup(db: Database, id: string, today: string): Group {
  const row = cachedStatement(
    db,
    `SELECT ${ROW}, g.notes, g.created_at AS createdAt FROM work_groups g
     WHERE g.id = ? AND g.deleted_at IS NULL`,
  ).get(id) as Omit<Group, 'members' | 'composition' | 'meetings'> | undefined;
  if (!row) throw groupNotFound();
  const members = membersOf(db, id);
  return {
    ...row,
    members,
    composition: compositionOf(members),
    meetings: listMeetings(db, { programmeId: row.programmeId, groupId: id }, today),
  };
}

const programmeIsLive = (db: Database, id: string): boolean =>
  !!cachedStatement(db, 'SELECT 1 FROM programmes WHERE id = ? AND deleted_at IS NULL').get(id);

/** Every member must be a live stakeholder, and nobody may be listed twice. */
function checkMembers(db: Database, members: CreateInput['members']): void {
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  const live = cachedStatement(
    db,
    'SELECT 1 FROM stakeholders WHERE id = ? AND deleted_at IS NULL',
  );
  members.forEach((m, i) => {
    if (seen.has(m.stakeholderId))
      fields[`members.${i}.stakeholderId`] = 'Personen finns redan i gruppen.';
    else if (!live.get(m.stakeholderId))
      fields[`members.${i}.stakeholderId`] = 'Personen finns inte i aktörsregistret.';
    seen.add(m.stakeholderId);
  });
  if (Object.keys(fields).length > 0) {
    throw invalidFields(fields, 'The group could not be saved. Check the members.');
  }
}

function replaceMembers(
  db: Database,
  groupId: string,
  members: CreateInput['members'],
  now: string,
) {
  cachedStatement(db, 'DELETE FROM work_group_members WHERE group_id = ?').run(groupId);
  const insert = cachedStatement(
    db,
    `INSERT INTO work_group_members (id, group_id, stakeholder_id, role, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  members.forEach((m, i) => insert.run(newId(), groupId, m.stakeholderId, m.role, i, now, now));
}

export function createGroup(db: Database, input: CreateInput, today: string): Group {
  const id = newId();
  const now = nowIso();
  db.transaction(() => {
    requireLiveProgramme(programmeIsLive(db, input.programmeId));
    checkMembers(db, input.members);
    cachedStatement(
      db,
      `INSERT INTO work_groups (id, programme_id, kind, name, purpose, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, input.programmeId, input.kind, input.name, input.purpose, input.notes, now, now);
    replaceMembers(db, id, input.members, now);
  })();
  return getGroup(db, id, today);
}

export function updateGroup(db: Database, input: UpdateInput, today: string): Group {
  const now = nowIso();
  db.transaction(() => {
    checkMembers(db, input.members);
    const changed = cachedStatement(
      db,
      `UPDATE work_groups SET kind = ?, name = ?, purpose = ?, notes = ?, updated_at = ?
       WHERE id = ? AND deleted_at IS NULL`,
    ).run(input.kind, input.name, input.purpose, input.notes, now, input.id).changes;
    if (changed === 0) throw groupNotFound();
    replaceMembers(db, input.id, input.members, now);
  })();
  return getGroup(db, input.id, today);
}

/** To the trash; the group's meetings stay and still name it once it is restored. */
export function deleteGroup(db: Database, id: string): { id: string } {
  const now = nowIso();
  const changed = cachedStatement(
    db,
    'UPDATE work_groups SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
  ).run(now, now, id).changes;
  if (changed === 0) throw groupNotFound();
  return { id };
}

export function restoreGroup(db: Database, id: string, today: string): Group {
  const now = nowIso();
  const changed = cachedStatement(
    db,
    'UPDATE work_groups SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at IS NOT NULL',
  ).run(now, id).changes;
  if (changed === 0) throw groupNotFound();
  return getGroup(db, id, today);
}

/** A live group of the programme, for a meeting's group field. */
export function groupInProgramme(db: Database, groupId: string, programmeId: string): boolean {
  return !!cachedStatement(
    db,
    'SELECT 1 FROM work_groups WHERE id = ? AND programme_id = ? AND deleted_at IS NULL',
  ).get(groupId, programmeId);
}

export { programmeIsLive };
