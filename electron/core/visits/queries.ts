// Runs in: main process / Node. SQL of one company visit (företagsbesök) and its row.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { visitInput } from '../../../shared/contract/visits';
import type { Visit } from '../../../shared/domain/visits';
import { cachedStatement } from '../search/cachedStatement';
import { obstaclesOf, participantsOf, topicsFor } from './children';

export type VisitData = z.output<typeof visitInput>;

const SELECT_ONE = `
  SELECT v.id, v.visit_date AS visitDate, v.company_id AS companyId, c.name AS companyName,
         v.locality, v.purpose, v.notes, v.our_participants AS ourParticipants,
         v.follow_up_needed AS followUpNeeded, v.follow_up_note AS followUpNote,
         v.follow_up_done AS followUpDone, v.satisfaction, v.confidential,
         v.created_at AS createdAt, v.updated_at AS updatedAt
  FROM visits v JOIN companies c ON c.id = v.company_id
  WHERE v.id = ? AND v.deleted_at IS NULL`;

type VisitDbRow = Omit<
  Visit,
  | 'followUpNeeded'
  | 'followUpDone'
  | 'confidential'
  | 'topics'
  | 'participants'
  | 'obstacles'
  | 'obstacleCount'
> & { followUpNeeded: number; followUpDone: number; confidential: number };

export function selectVisit(db: Database, id: string): Visit | null {
  const row = cachedStatement(db, SELECT_ONE).get(id) as VisitDbRow | undefined;
  if (!row) return null;
  const obstacles = obstaclesOf(db, id);
  return {
    ...row,
    followUpNeeded: row.followUpNeeded === 1,
    followUpDone: row.followUpDone === 1,
    confidential: row.confidential === 1,
    topics: topicsFor(db, [id]).get(id) ?? [],
    participants: participantsOf(db, id),
    obstacles,
    obstacleCount: obstacles.length,
  };
}

/** The company a visit is logged for, when it exists and is not in the trash. */
export function liveCompany(db: Database, companyId: string): { locality: string | null } | null {
  const row = cachedStatement(
    db,
    'SELECT locality FROM companies WHERE id = ? AND deleted_at IS NULL',
  ).get(companyId) as { locality: string | null } | undefined;
  return row ?? null;
}

export function visitIsLive(db: Database, id: string): boolean {
  return (
    cachedStatement(db, 'SELECT 1 FROM visits WHERE id = ? AND deleted_at IS NULL').get(id) !==
    undefined
  );
}

/** Ids among `ids` that exist as stakeholders (in the trash or not: old visits keep their links). */
export function existingStakeholders(db: Database, ids: string[]): Set<string> {
  if (ids.length === 0) return new Set();
  const rows = cachedStatement(
    db,
    'SELECT id FROM stakeholders WHERE id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(ids)) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

const columns = (data: VisitData, locality: string | null) => [
  data.companyId,
  data.visitDate,
  locality,
  data.purpose,
  data.notes,
  data.ourParticipants,
  data.followUpNeeded ? 1 : 0,
  data.followUpNote,
  data.followUpDone ? 1 : 0,
  data.satisfaction,
  data.confidential ? 1 : 0,
];

export function insertVisitRow(
  db: Database,
  id: string,
  data: VisitData,
  locality: string | null,
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO visits (company_id, visit_date, locality, purpose, notes, our_participants,
       follow_up_needed, follow_up_note, follow_up_done, satisfaction, confidential,
       id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(...columns(data, locality), id, now, now);
}

/** Also re-indexes the visit for search (trigger), children included: write those first. */
export function updateVisitRow(
  db: Database,
  id: string,
  data: VisitData,
  locality: string | null,
  now: string,
): boolean {
  const info = cachedStatement(
    db,
    `UPDATE visits SET company_id = ?, visit_date = ?, locality = ?, purpose = ?, notes = ?,
       our_participants = ?, follow_up_needed = ?, follow_up_note = ?, follow_up_done = ?,
       satisfaction = ?, confidential = ?, updated_at = ?
     WHERE id = ? AND deleted_at IS NULL`,
  ).run(...columns(data, locality), now, id);
  return info.changes === 1;
}

/**
 * The search trigger indexes obstacles and participants from the visit row's trigger, so after
 * children change the row is touched to index them again.
 */
export function touchVisit(db: Database, id: string, now: string): void {
  cachedStatement(db, 'UPDATE visits SET updated_at = ? WHERE id = ?').run(now, id);
}

export function softDeleteVisit(db: Database, id: string, now: string): boolean {
  const info = cachedStatement(
    db,
    'UPDATE visits SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
  ).run(now, now, id);
  return info.changes === 1;
}
