// Runs in: main process / Node. A visit's participants, topics and obstacles (hinder).
import type { Database } from 'better-sqlite3';
import type { VisitObstacle, VisitParticipant } from '../../../shared/domain/visits';
import { newId } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';

export function participantsOf(db: Database, visitId: string): VisitParticipant[] {
  return cachedStatement(
    db,
    `SELECT stakeholder_id AS stakeholderId, name FROM visit_participants
     WHERE visit_id = ? ORDER BY created_at, rowid`,
  ).all(visitId) as VisitParticipant[];
}

export function obstaclesOf(db: Database, visitId: string): VisitObstacle[] {
  return cachedStatement(
    db,
    'SELECT id, text FROM visit_obstacles WHERE visit_id = ? ORDER BY created_at, rowid',
  ).all(visitId) as VisitObstacle[];
}

/** Topics of several visits in one query (a list page). */
export function topicsFor(db: Database, visitIds: string[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  if (visitIds.length === 0) return result;
  const rows = cachedStatement(
    db,
    `SELECT visit_id AS visitId, topic FROM visit_topics
     WHERE visit_id IN (SELECT value FROM json_each(?)) ORDER BY visit_id, created_at, topic`,
  ).all(JSON.stringify(visitIds)) as { visitId: string; topic: string }[];
  for (const row of rows) {
    const list = result.get(row.visitId) ?? [];
    list.push(row.topic);
    result.set(row.visitId, list);
  }
  return result;
}

/** Obstacle counts of several visits in one query. */
export function obstacleCountsFor(db: Database, visitIds: string[]): Map<string, number> {
  if (visitIds.length === 0) return new Map();
  const rows = cachedStatement(
    db,
    `SELECT visit_id AS visitId, count(*) AS n FROM visit_obstacles
     WHERE visit_id IN (SELECT value FROM json_each(?)) GROUP BY visit_id`,
  ).all(JSON.stringify(visitIds)) as { visitId: string; n: number }[];
  return new Map(rows.map((r) => [r.visitId, r.n]));
}

/**
 * Matches wanted items to stored rows by key, each stored row used once: unchanged items keep
 * their row (and id, so links made to an obstacle later survive an edit of the visit).
 */
function reconcile<T>(
  stored: { id: string; key: string }[],
  wanted: T[],
  keyOf: (item: T) => string,
): { toInsert: T[]; toDelete: string[] } {
  const free = new Map<string, string[]>();
  for (const row of stored) free.set(row.key, [...(free.get(row.key) ?? []), row.id]);
  const toInsert = wanted.filter((item) => {
    const ids = free.get(keyOf(item));
    return !ids || ids.shift() === undefined;
  });
  return { toInsert, toDelete: [...free.values()].flat() };
}

function deleteRows(db: Database, table: 'visit_participants' | 'visit_obstacles', ids: string[]) {
  if (ids.length === 0) return;
  cachedStatement(db, `DELETE FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`).run(
    JSON.stringify(ids),
  );
}

const participantKey = (p: VisitParticipant) => JSON.stringify([p.stakeholderId, p.name]);

export function saveParticipants(
  db: Database,
  visitId: string,
  wanted: VisitParticipant[],
  now: string,
): void {
  const stored = (
    cachedStatement(
      db,
      'SELECT id, stakeholder_id AS stakeholderId, name FROM visit_participants WHERE visit_id = ?',
    ).all(visitId) as (VisitParticipant & { id: string })[]
  ).map((row) => ({ id: row.id, key: participantKey(row) }));
  const { toInsert, toDelete } = reconcile(stored, wanted, participantKey);
  deleteRows(db, 'visit_participants', toDelete);
  const insert = cachedStatement(
    db,
    `INSERT INTO visit_participants (id, visit_id, stakeholder_id, name, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const p of toInsert) insert.run(newId(), visitId, p.stakeholderId, p.name, now, now);
}

export function saveObstacles(db: Database, visitId: string, wanted: string[], now: string): void {
  const stored = cachedStatement(
    db,
    'SELECT id, text AS key FROM visit_obstacles WHERE visit_id = ?',
  ).all(visitId) as { id: string; key: string }[];
  const { toInsert, toDelete } = reconcile(stored, wanted, (text) => text);
  deleteRows(db, 'visit_obstacles', toDelete);
  const insert = cachedStatement(
    db,
    `INSERT INTO visit_obstacles (id, visit_id, text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?)`,
  );
  for (const text of toInsert) insert.run(newId(), visitId, text, now, now);
}

/** Replaces the topics; unchanged ones keep their created_at. */
export function saveTopics(db: Database, visitId: string, topics: string[], now: string): void {
  const wanted = JSON.stringify(topics);
  cachedStatement(
    db,
    `DELETE FROM visit_topics
     WHERE visit_id = ? AND topic NOT IN (SELECT value FROM json_each(?))`,
  ).run(visitId, wanted);
  cachedStatement(
    db,
    `INSERT OR IGNORE INTO visit_topics (visit_id, topic, created_at)
     SELECT ?, value, ? FROM json_each(?)`,
  ).run(visitId, now, wanted);
}
