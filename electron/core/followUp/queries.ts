// Runs in: main process / Node. SQL of follow-up records (uppföljningar) and their child rows.
import type { Database } from 'better-sqlite3';
import type {
  ActionJudgement,
  Cadence,
  Checkin,
  FollowUpParticipant,
  FollowUpRow,
  FollowUpStatus,
  GoalJudgement,
} from '../../../shared/domain/followUp';
import type { ActionStatus } from '../../../shared/domain/actions';
import type { GoalStatusId } from '../../../shared/domain/goals';
import { periodOf } from '../../../shared/domain/followUp';
import { cachedStatement } from '../search/cachedStatement';

export interface RecordRow {
  id: string;
  programmeId: string;
  periodKey: string;
  cadence: Cadence;
  periodStart: string;
  periodEnd: string;
  heldOn: string | null;
  meetingRef: string;
  summary: string;
  droppedNotes: string;
  status: FollowUpStatus;
  snapshotAt: string;
  closedAt: string | null;
  reopenedAt: string | null;
  reopenReason: string;
  createdAt: string;
  updatedAt: string;
  lessonCount: number;
}

const SELECT = `
  SELECT f.id, f.programme_id AS programmeId, f.period_key AS periodKey, f.cadence,
         f.period_start AS periodStart, f.period_end AS periodEnd, f.held_on AS heldOn,
         f.meeting_ref AS meetingRef, f.summary, f.dropped_notes AS droppedNotes, f.status,
         f.snapshot_at AS snapshotAt, f.closed_at AS closedAt, f.reopened_at AS reopenedAt,
         f.reopen_reason AS reopenReason, f.created_at AS createdAt, f.updated_at AS updatedAt,
         (SELECT count(*) FROM follow_up_lessons l WHERE l.follow_up_id = f.id) AS lessonCount
  FROM follow_ups f`;

export function selectRecord(db: Database, id: string, deleted = false): RecordRow | null {
  const row = cachedStatement(
    db,
    `${SELECT} WHERE f.id = ? AND (f.deleted_at IS NOT NULL) = ?`,
  ).get(id, deleted ? 1 : 0) as RecordRow | undefined;
  return row ?? null;
}

/** The programme's live records, newest period first. */
export function selectRecords(db: Database, programmeId: string): RecordRow[] {
  return cachedStatement(
    db,
    `${SELECT} WHERE f.programme_id = ? AND f.deleted_at IS NULL
     ORDER BY f.period_start DESC, f.created_at DESC`,
  ).all(programmeId) as RecordRow[];
}

export function toFollowUpRow(r: RecordRow): FollowUpRow {
  return {
    id: r.id,
    programmeId: r.programmeId,
    periodKey: r.periodKey,
    periodLabel: periodOf(r.cadence, r.periodStart).label,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    heldOn: r.heldOn,
    status: r.status,
    lessonCount: r.lessonCount,
    updatedAt: r.updatedAt,
  };
}

export function insertRecord(
  db: Database,
  r: Pick<RecordRow, 'id' | 'programmeId' | 'periodKey' | 'cadence' | 'periodStart' | 'periodEnd'>,
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO follow_ups (id, programme_id, period_key, cadence, period_start, period_end,
       snapshot_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(r.id, r.programmeId, r.periodKey, r.cadence, r.periodStart, r.periodEnd, now, now, now);
}

export function updateRecordFields(
  db: Database,
  id: string,
  f: { heldOn: string | null; meetingRef: string; summary: string; droppedNotes: string },
  now: string,
): void {
  cachedStatement(
    db,
    `UPDATE follow_ups SET held_on = ?, meeting_ref = ?, summary = ?, dropped_notes = ?,
       updated_at = ? WHERE id = ?`,
  ).run(f.heldOn, f.meetingRef, f.summary, f.droppedNotes, now, id);
}

export function setRecordStatus(
  db: Database,
  id: string,
  change: { status: 'closed' } | { status: 'draft'; reason: string },
  now: string,
): void {
  if (change.status === 'closed') {
    cachedStatement(
      db,
      "UPDATE follow_ups SET status = 'closed', closed_at = ?, updated_at = ? WHERE id = ?",
    ).run(now, now, id);
  } else {
    cachedStatement(
      db,
      `UPDATE follow_ups SET status = 'draft', reopened_at = ?, reopen_reason = ?, updated_at = ?
       WHERE id = ?`,
    ).run(now, change.reason, now, id);
  }
}

export function setRecordDeleted(db: Database, id: string, at: string | null, now: string): void {
  cachedStatement(db, 'UPDATE follow_ups SET deleted_at = ?, updated_at = ? WHERE id = ?').run(
    at,
    now,
    id,
  );
}

export function selectParticipants(db: Database, id: string): FollowUpParticipant[] {
  return cachedStatement(
    db,
    `SELECT stakeholder_id AS stakeholderId, name FROM follow_up_participants
     WHERE follow_up_id = ? ORDER BY created_at, rowid`,
  ).all(id) as FollowUpParticipant[];
}

export function replaceParticipants(
  db: Database,
  id: string,
  people: { id: string; stakeholderId: string | null; name: string }[],
  now: string,
): void {
  cachedStatement(db, 'DELETE FROM follow_up_participants WHERE follow_up_id = ?').run(id);
  const insert = cachedStatement(
    db,
    `INSERT INTO follow_up_participants (id, follow_up_id, stakeholder_id, name, created_at,
       updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const p of people) insert.run(p.id, id, p.stakeholderId, p.name, now, now);
}

interface GoalJudgementRow extends Omit<GoalJudgement, 'statusReason'> {
  reasonSv: string;
  reasonEn: string;
  reached: number;
}

export function selectGoalJudgements(
  db: Database,
  id: string,
): (GoalJudgement & { reached: boolean })[] {
  const rows = cachedStatement(
    db,
    `SELECT goal_id AS goalId, goal_text AS goalText, focus_area_name AS focusAreaName, status,
            status_reason_sv AS reasonSv, status_reason_en AS reasonEn, reached,
            latest_value AS latestValue, latest_date AS latestDate, comment
     FROM follow_up_goal_judgements WHERE follow_up_id = ? ORDER BY position`,
  ).all(id) as GoalJudgementRow[];
  return rows.map(({ reasonSv, reasonEn, reached, ...r }) => ({
    ...r,
    statusReason: { sv: reasonSv, en: reasonEn },
    reached: reached === 1,
  }));
}

export function selectActionJudgements(db: Database, id: string): ActionJudgement[] {
  const rows = cachedStatement(
    db,
    `SELECT action_id AS actionId, what, focus_area_name AS focusAreaName, status,
            dropped_reason AS droppedReason, dropped_in_period AS droppedInPeriod,
            done_in_period AS doneInPeriod, comment
     FROM follow_up_action_judgements WHERE follow_up_id = ? ORDER BY position`,
  ).all(id) as (Omit<ActionJudgement, 'droppedInPeriod' | 'doneInPeriod'> & {
    droppedInPeriod: number;
    doneInPeriod: number;
  })[];
  return rows.map((r) => ({
    ...r,
    status: r.status as ActionStatus,
    droppedInPeriod: r.droppedInPeriod === 1,
    doneInPeriod: r.doneInPeriod === 1,
  }));
}

export interface GoalSnapshot {
  goalId: string;
  goalText: string;
  focusAreaName: string | null;
  status: GoalStatusId;
  reason: { sv: string; en: string };
  reached: boolean;
  latestValue: number | null;
  latestDate: string | null;
}

export function replaceGoalJudgements(
  db: Database,
  id: string,
  goals: GoalSnapshot[],
  comments: Map<string, string>,
  now: string,
): void {
  cachedStatement(db, 'DELETE FROM follow_up_goal_judgements WHERE follow_up_id = ?').run(id);
  const insert = cachedStatement(
    db,
    `INSERT INTO follow_up_goal_judgements (follow_up_id, goal_id, position, goal_text,
       focus_area_name, status, status_reason_sv, status_reason_en, reached, latest_value,
       latest_date, comment, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  goals.forEach((g, i) =>
    insert.run(
      id,
      g.goalId,
      i,
      g.goalText,
      g.focusAreaName,
      g.status,
      g.reason.sv,
      g.reason.en,
      g.reached ? 1 : 0,
      g.latestValue,
      g.latestDate,
      comments.get(g.goalId) ?? '',
      now,
      now,
    ),
  );
}

export interface ActionSnapshot {
  actionId: string;
  what: string;
  focusAreaName: string | null;
  status: ActionStatus;
  droppedReason: string;
  droppedInPeriod: boolean;
  doneInPeriod: boolean;
}

export function replaceActionJudgements(
  db: Database,
  id: string,
  actions: ActionSnapshot[],
  comments: Map<string, string>,
  now: string,
): void {
  cachedStatement(db, 'DELETE FROM follow_up_action_judgements WHERE follow_up_id = ?').run(id);
  const insert = cachedStatement(
    db,
    `INSERT INTO follow_up_action_judgements (follow_up_id, action_id, position, what,
       focus_area_name, status, dropped_reason, dropped_in_period, done_in_period, comment,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  actions.forEach((a, i) =>
    insert.run(
      id,
      a.actionId,
      i,
      a.what,
      a.focusAreaName,
      a.status,
      a.droppedReason,
      a.droppedInPeriod ? 1 : 0,
      a.doneInPeriod ? 1 : 0,
      comments.get(a.actionId) ?? '',
      now,
      now,
    ),
  );
}

export function setJudgementComment(
  db: Database,
  table: 'goal' | 'action',
  id: string,
  refId: string,
  comment: string,
  now: string,
): void {
  const sql =
    table === 'goal'
      ? `UPDATE follow_up_goal_judgements SET comment = ?, updated_at = ?
         WHERE follow_up_id = ? AND goal_id = ?`
      : `UPDATE follow_up_action_judgements SET comment = ?, updated_at = ?
         WHERE follow_up_id = ? AND action_id = ?`;
  cachedStatement(db, sql).run(comment, now, id, refId);
}

export function selectCheckins(db: Database, id: string): Checkin[] {
  return cachedStatement(
    db,
    `SELECT question_id AS questionId, answer, comment FROM follow_up_checkins
     WHERE follow_up_id = ?`,
  ).all(id) as Checkin[];
}

export function upsertCheckin(db: Database, id: string, c: Checkin, now: string): void {
  cachedStatement(
    db,
    `INSERT INTO follow_up_checkins (follow_up_id, question_id, answer, comment, created_at,
       updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (follow_up_id, question_id) DO UPDATE SET answer = excluded.answer,
       comment = excluded.comment, updated_at = excluded.updated_at`,
  ).run(id, c.questionId, c.answer, c.comment, now, now);
}
