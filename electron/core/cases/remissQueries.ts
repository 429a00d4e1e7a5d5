// Runs in: main process / Node. SQL of the remiss round: instances (remissinstanser), their replies
// and the comments in them with the municipality's position and the change made.
import type { Database } from 'better-sqlite3';
import type { RemissComment, RemissInstance, RemissReminder } from '../../../shared/domain/cases';
import { cachedStatement } from '../search/cachedStatement';

export type InstanceData = Omit<RemissInstance, 'id' | 'caseId' | 'comments' | 'updatedAt'>;
export type CommentData = Omit<RemissComment, 'id' | 'instanceId' | 'updatedAt'>;

const INSTANCE_COLUMNS = `i.id, i.case_id AS caseId, i.stakeholder_id AS stakeholderId, i.name,
  i.kind, i.sent_date AS sentDate, i.deadline, i.reply_received_date AS replyReceivedDate,
  i.reply_summary AS replySummary, i.updated_at AS updatedAt`;

const COMMENT_COLUMNS = `c.id, c.instance_id AS instanceId, c.section, c.comment, c.position,
  c.change_kind AS changeKind, c.change_text AS changeText, c.updated_at AS updatedAt`;

/** A case has tens of remiss instances, not thousands; this cap only guards against misuse. */
const MAX_INSTANCES = 1000;

export function selectInstances(db: Database, caseId: string): RemissInstance[] {
  const instances = cachedStatement(
    db,
    `SELECT ${INSTANCE_COLUMNS} FROM remiss_instances i
     WHERE i.case_id = ? AND i.deleted_at IS NULL
     ORDER BY i.name COLLATE NOCASE, i.id LIMIT ${MAX_INSTANCES}`,
  ).all(caseId) as Omit<RemissInstance, 'comments'>[];
  const comments = cachedStatement(
    db,
    `SELECT ${COMMENT_COLUMNS} FROM remiss_comments c
     JOIN remiss_instances i ON i.id = c.instance_id
     WHERE i.case_id = ? AND i.deleted_at IS NULL AND c.deleted_at IS NULL
     ORDER BY c.created_at, c.rowid`,
  ).all(caseId) as RemissComment[];
  const byInstance = new Map<string, RemissComment[]>();
  for (const c of comments) {
    const list = byInstance.get(c.instanceId) ?? [];
    list.push(c);
    byInstance.set(c.instanceId, list);
  }
  return instances.map((i) => ({ ...i, comments: byInstance.get(i.id) ?? [] }));
}

export function selectInstance(
  db: Database,
  id: string,
  withDeleted = false,
): RemissInstance | null {
  const row = cachedStatement(
    db,
    `SELECT ${INSTANCE_COLUMNS} FROM remiss_instances i
     WHERE i.id = ?${withDeleted ? '' : ' AND i.deleted_at IS NULL'}`,
  ).get(id) as Omit<RemissInstance, 'comments'> | undefined;
  if (!row) return null;
  const comments = cachedStatement(
    db,
    `SELECT ${COMMENT_COLUMNS} FROM remiss_comments c
     WHERE c.instance_id = ? AND c.deleted_at IS NULL ORDER BY c.created_at, c.rowid`,
  ).all(id) as RemissComment[];
  return { ...row, comments };
}

export function remissCounts(
  db: Database,
  caseId: string,
): { instances: number; replied: number; comments: number } {
  return cachedStatement(
    db,
    `SELECT count(*) AS instances, count(i.reply_received_date) AS replied,
       coalesce(sum((SELECT count(*) FROM remiss_comments c
                     WHERE c.instance_id = i.id AND c.deleted_at IS NULL)), 0) AS comments
     FROM remiss_instances i WHERE i.case_id = ? AND i.deleted_at IS NULL`,
  ).get(caseId) as { instances: number; replied: number; comments: number };
}

const instanceValues = (d: InstanceData) => [
  d.stakeholderId,
  d.name,
  d.kind,
  d.sentDate,
  d.deadline,
  d.replyReceivedDate,
  d.replySummary,
];

export function insertInstance(
  db: Database,
  id: string,
  caseId: string,
  data: InstanceData,
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO remiss_instances (stakeholder_id, name, kind, sent_date, deadline,
       reply_received_date, reply_summary, id, case_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(...instanceValues(data), id, caseId, now, now);
}

export function updateInstanceRow(
  db: Database,
  id: string,
  data: InstanceData,
  now: string,
): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE remiss_instances SET stakeholder_id = ?, name = ?, kind = ?, sent_date = ?,
         deadline = ?, reply_received_date = ?, reply_summary = ?, updated_at = ?
       WHERE id = ? AND deleted_at IS NULL`,
    ).run(...instanceValues(data), now, id).changes === 1
  );
}

export function setInstanceDeleted(
  db: Database,
  id: string,
  deletedAt: string | null,
  now: string,
): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE remiss_instances SET deleted_at = ?, updated_at = ?
       WHERE id = ? AND (deleted_at IS NULL) = (? IS NOT NULL)`,
    ).run(deletedAt, now, id, deletedAt).changes === 1
  );
}

export function selectComment(db: Database, id: string): RemissComment | null {
  return (
    (cachedStatement(
      db,
      `SELECT ${COMMENT_COLUMNS} FROM remiss_comments c WHERE c.id = ? AND c.deleted_at IS NULL`,
    ).get(id) as RemissComment | undefined) ?? null
  );
}

export function insertComment(
  db: Database,
  id: string,
  instanceId: string,
  data: CommentData,
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO remiss_comments (id, instance_id, section, comment, position, change_kind,
       change_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    instanceId,
    data.section,
    data.comment,
    data.position,
    data.changeKind,
    data.changeText,
    now,
    now,
  );
}

export function updateComment(db: Database, id: string, data: CommentData, now: string): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE remiss_comments SET section = ?, comment = ?, position = ?, change_kind = ?,
         change_text = ?, updated_at = ?
       WHERE id = ? AND deleted_at IS NULL`,
    ).run(data.section, data.comment, data.position, data.changeKind, data.changeText, now, id)
      .changes === 1
  );
}

export function deleteComment(db: Database, id: string, now: string): boolean {
  return (
    cachedStatement(
      db,
      'UPDATE remiss_comments SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
    ).run(now, now, id).changes === 1
  );
}

/**
 * Instances of live cases still waiting for a reply whose deadline is on or before `until`,
 * the most urgent first.
 */
export function waitingInstances(
  db: Database,
  until: string,
  caseId: string | undefined,
  limit = 200,
): Omit<RemissReminder, 'daysLeft'>[] {
  return cachedStatement(
    db,
    `SELECT i.id AS instanceId, i.case_id AS caseId, c.title AS caseTitle, c.dnr, i.name, i.deadline
     FROM remiss_instances i JOIN cases c ON c.id = i.case_id
     WHERE i.deleted_at IS NULL AND c.deleted_at IS NULL AND i.reply_received_date IS NULL
       AND i.deadline IS NOT NULL AND i.deadline <= ? AND (? IS NULL OR i.case_id = ?)
       AND c.status NOT IN ('adopted', 'closed')
     ORDER BY i.deadline, i.name COLLATE NOCASE, i.id LIMIT ?`,
  ).all(until, caseId ?? null, caseId ?? null, limit) as Omit<RemissReminder, 'daysLeft'>[];
}
