// Runs in: main process / Node. An action's goals, cooperation partners (I20), origins and
// workshop contributors (I14).
import type { Database } from 'better-sqlite3';
import type {
  Action,
  ActionContributor,
  ActionOrigin,
  ActionOriginKind,
  ActionPerson,
} from '../../../shared/domain/actions';
import { newId } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';

export function goalsOf(db: Database, actionId: string): Action['goals'] {
  return cachedStatement(
    db,
    `SELECT g.id, g.text, g.focus_area_id AS focusAreaId
     FROM action_goals ag JOIN goals g ON g.id = ag.goal_id AND g.deleted_at IS NULL
     WHERE ag.action_id = ? ORDER BY g.created_at, g.id`,
  ).all(actionId) as Action['goals'];
}

export function partnersOf(db: Database, actionId: string): ActionPerson[] {
  return cachedStatement(
    db,
    `SELECT p.stakeholder_id AS stakeholderId, coalesce(s.name, p.name) AS name
     FROM action_partners p LEFT JOIN stakeholders s ON s.id = p.stakeholder_id
     WHERE p.action_id = ? ORDER BY p.created_at, p.rowid`,
  ).all(actionId) as ActionPerson[];
}

export function contributorsOf(db: Database, actionId: string): ActionContributor[] {
  return cachedStatement(
    db,
    `SELECT c.stakeholder_id AS stakeholderId, coalesce(s.name, c.name) AS name, c.role
     FROM action_contributors c LEFT JOIN stakeholders s ON s.id = c.stakeholder_id
     WHERE c.action_id = ? ORDER BY c.created_at, c.rowid`,
  ).all(actionId) as ActionContributor[];
}

interface OriginRow {
  id: string;
  kind: ActionOriginKind;
  refId: string | null;
  parentId: string | null;
  note: string;
  visitId: string | null;
  companyName: string | null;
  visitDate: string | null;
}

/** Origins with the visit they open; a purged visit leaves the quoted note and no link. */
export function originsOf(db: Database, actionId: string): ActionOrigin[] {
  const rows = cachedStatement(
    db,
    `SELECT o.id, o.kind, o.ref_id AS refId, o.parent_id AS parentId, o.note,
            v.id AS visitId, c.name AS companyName, v.visit_date AS visitDate
     FROM action_origins o
     LEFT JOIN visits v ON v.deleted_at IS NULL AND v.id = CASE o.kind
       WHEN 'visit' THEN o.ref_id WHEN 'visit_obstacle' THEN o.parent_id END
     LEFT JOIN companies c ON c.id = v.company_id
     WHERE o.action_id = ? ORDER BY o.created_at, o.rowid`,
  ).all(actionId) as OriginRow[];
  return rows.map(({ companyName, visitDate, ...o }) => ({
    ...o,
    label: o.visitId ? `${companyName ?? ''}, ${visitDate ?? ''}` : '',
  }));
}

/** People can be listed once: by stakeholder when linked, otherwise by name (any case). */
export const samePerson = (a: ActionPerson, b: ActionPerson): boolean =>
  a.stakeholderId && b.stakeholderId
    ? a.stakeholderId === b.stakeholderId
    : !a.stakeholderId &&
      !b.stakeholderId &&
      a.name.toLocaleLowerCase('sv') === b.name.toLocaleLowerCase('sv');

export function uniquePeople<T extends ActionPerson>(people: T[]): T[] {
  const kept: T[] = [];
  for (const p of people) if (!kept.some((k) => samePerson(k, p))) kept.push(p);
  return kept;
}

export function replaceGoals(db: Database, actionId: string, goalIds: string[], now: string) {
  cachedStatement(db, 'DELETE FROM action_goals WHERE action_id = ?').run(actionId);
  const insert = cachedStatement(
    db,
    `INSERT OR IGNORE INTO action_goals (action_id, goal_id, created_at, updated_at)
     VALUES (?, ?, ?, ?)`,
  );
  for (const goalId of goalIds) insert.run(actionId, goalId, now, now);
}

export function replacePartners(
  db: Database,
  actionId: string,
  partners: ActionPerson[],
  now: string,
) {
  cachedStatement(db, 'DELETE FROM action_partners WHERE action_id = ?').run(actionId);
  const insert = cachedStatement(
    db,
    `INSERT INTO action_partners (id, action_id, stakeholder_id, name, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const p of uniquePeople(partners)) {
    insert.run(newId(), actionId, p.stakeholderId, p.name, now, now);
  }
}

const insertContributor = (db: Database) =>
  cachedStatement(
    db,
    `INSERT INTO action_contributors (id, action_id, stakeholder_id, name, role, created_at,
       updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );

export function replaceContributors(
  db: Database,
  actionId: string,
  contributors: ActionContributor[],
  now: string,
) {
  cachedStatement(db, 'DELETE FROM action_contributors WHERE action_id = ?').run(actionId);
  const insert = insertContributor(db);
  for (const c of uniquePeople(contributors)) {
    insert.run(newId(), actionId, c.stakeholderId, c.name, c.role, now, now);
  }
}

/** The workshop adds the people in the room; those already recorded are left as they are. */
export function addContributors(
  db: Database,
  actionId: string,
  contributors: ActionContributor[],
  now: string,
): number {
  const stored = contributorsOf(db, actionId);
  const insert = insertContributor(db);
  let added = 0;
  for (const c of uniquePeople(contributors)) {
    if (stored.some((s) => samePerson(s, c))) continue;
    insert.run(newId(), actionId, c.stakeholderId, c.name, c.role, now, now);
    added += 1;
  }
  return added;
}

export interface OriginData {
  kind: ActionOriginKind;
  refId: string | null;
  parentId: string | null;
  note: string;
}

export function insertOrigins(db: Database, actionId: string, origins: OriginData[], now: string) {
  const insert = cachedStatement(
    db,
    `INSERT INTO action_origins (id, action_id, kind, ref_id, parent_id, note, created_at,
       updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const o of origins) {
    insert.run(newId(), actionId, o.kind, o.refId, o.parentId, o.note, now, now);
  }
}
