// Runs in: main process / Node. SQL of the anchoring log (förankringslogg): who was informed or
// consulted about a programme, when, how, and how they reacted.
import type { Database } from 'better-sqlite3';
import type { Page } from '../../../shared/contract';
import type { AnchoringEntry, AnchoringScope } from '../../../shared/domain/process';
import { cachedStatement } from '../search/cachedStatement';

export interface AnchoringData {
  date: string;
  stakeholderId: string | null;
  who: string;
  body: string;
  internalExternal: AnchoringEntry['internalExternal'];
  how: AnchoringEntry['how'];
  topic: string;
  reaction: string;
  reactionKind: AnchoringEntry['reactionKind'];
}

/** A linked stakeholder's current name wins over the name typed when the entry was made. */
const SELECT = `
  SELECT a.id, a.programme_id AS programmeId, a.date, a.stakeholder_id AS stakeholderId,
         coalesce(s.name, a.who) AS who, a.body, a.internal_external AS internalExternal, a.how,
         a.topic, a.reaction, a.reaction_kind AS reactionKind, a.created_at AS createdAt,
         a.updated_at AS updatedAt
  FROM anchoring_log a
  LEFT JOIN stakeholders s ON s.id = a.stakeholder_id AND s.deleted_at IS NULL`;

export function selectAnchoring(db: Database, id: string): AnchoringEntry | null {
  const row = cachedStatement(db, `${SELECT} WHERE a.id = ? AND a.deleted_at IS NULL`).get(id) as
    AnchoringEntry | undefined;
  return row ?? null;
}

/** Newest first (the index anchoring_log_programme_date serves both queries). */
export function listAnchoring(
  db: Database,
  programmeId: string,
  scope: AnchoringScope | undefined,
  offset: number,
  limit: number,
): Page<AnchoringEntry> {
  const where = `a.programme_id = ? AND a.deleted_at IS NULL${
    scope ? ' AND a.internal_external = ?' : ''
  }`;
  const params: unknown[] = scope ? [programmeId, scope] : [programmeId];
  const { total } = cachedStatement(
    db,
    `SELECT count(*) AS total FROM anchoring_log a WHERE ${where}`,
  ).get(...params) as { total: number };
  const rows = cachedStatement(
    db,
    `${SELECT} WHERE ${where} ORDER BY a.date DESC, a.created_at DESC, a.id LIMIT ? OFFSET ?`,
  ).all(...params, limit, offset) as AnchoringEntry[];
  return { rows, total, offset };
}

const values = (d: AnchoringData) => [
  d.date,
  d.stakeholderId,
  d.who,
  d.body,
  d.internalExternal,
  d.how,
  d.topic,
  d.reaction,
  d.reactionKind,
];

export function insertAnchoring(
  db: Database,
  id: string,
  programmeId: string,
  data: AnchoringData,
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO anchoring_log (date, stakeholder_id, who, body, internal_external, how, topic,
       reaction, reaction_kind, id, programme_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(...values(data), id, programmeId, now, now);
}

export function updateAnchoringRow(
  db: Database,
  id: string,
  data: AnchoringData,
  now: string,
): boolean {
  const info = cachedStatement(
    db,
    `UPDATE anchoring_log SET date = ?, stakeholder_id = ?, who = ?, body = ?,
       internal_external = ?, how = ?, topic = ?, reaction = ?, reaction_kind = ?, updated_at = ?
     WHERE id = ? AND deleted_at IS NULL`,
  ).run(...values(data), now, id);
  return info.changes === 1;
}

export function softDeleteAnchoring(db: Database, id: string, now: string): boolean {
  const info = cachedStatement(
    db,
    'UPDATE anchoring_log SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
  ).run(now, now, id);
  return info.changes === 1;
}

export function restoreAnchoringRow(db: Database, id: string, now: string): boolean {
  const info = cachedStatement(
    db,
    `UPDATE anchoring_log SET deleted_at = NULL, updated_at = ?
     WHERE id = ? AND deleted_at IS NOT NULL`,
  ).run(now, id);
  return info.changes === 1;
}
