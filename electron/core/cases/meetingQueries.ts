// Runs in: main process / Node. SQL of the meeting calendar (sammanträden för KSAU, KS och KF).
import type { Database } from 'better-sqlite3';
import type { Page } from '../../../shared/contract';
import type { Meeting, MeetingBody } from '../../../shared/domain/cases';
import { cachedStatement } from '../search/cachedStatement';
import type { CalendarMeeting } from './backPlan';
import { workingDaysBefore } from './workingDays';

export interface MeetingData {
  body: MeetingBody;
  date: string;
  deadlineWorkingDays: number;
  note: string;
}

type StoredMeeting = Omit<Meeting, 'submitBy'>;

const COLUMNS = `id, body, date, deadline_working_days AS deadlineWorkingDays, note,
  updated_at AS updatedAt`;

const withSubmitBy = (m: StoredMeeting): Meeting => ({
  ...m,
  submitBy: workingDaysBefore(m.date, m.deadlineWorkingDays),
});

export function selectMeeting(db: Database, id: string, withDeleted = false): Meeting | null {
  const row = cachedStatement(
    db,
    `SELECT ${COLUMNS} FROM meetings WHERE id = ?${withDeleted ? '' : ' AND deleted_at IS NULL'}`,
  ).get(id) as StoredMeeting | undefined;
  return row ? withSubmitBy(row) : null;
}

export interface MeetingFilter {
  body?: MeetingBody;
  from?: string;
  to?: string;
  offset: number;
  limit: number;
}

function where(filter: Omit<MeetingFilter, 'offset' | 'limit'>): [string, unknown[]] {
  const parts = ['deleted_at IS NULL'];
  const params: unknown[] = [];
  if (filter.body) {
    parts.push('body = ?');
    params.push(filter.body);
  }
  if (filter.from) {
    parts.push('date >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    parts.push('date <= ?');
    params.push(filter.to);
  }
  return [parts.join(' AND '), params];
}

/** By date, then KSAU before KS before KF on the same day. */
export function listMeetings(db: Database, filter: MeetingFilter): Page<Meeting> {
  const [whereSql, params] = where(filter);
  const { total } = cachedStatement(
    db,
    `SELECT count(*) AS total FROM meetings WHERE ${whereSql}`,
  ).get(...params) as { total: number };
  const rows = cachedStatement(
    db,
    `SELECT ${COLUMNS} FROM meetings WHERE ${whereSql}
     ORDER BY date, CASE body WHEN 'ksau' THEN 0 WHEN 'ks' THEN 1 ELSE 2 END, id
     LIMIT ? OFFSET ?`,
  ).all(...params, filter.limit, filter.offset) as StoredMeeting[];
  return { rows: rows.map(withSubmitBy), total, offset: filter.offset };
}

/**
 * The calendar the back-planning needs: every live meeting from a year before to the target
 * (a calendar holds a few dozen meetings a year, so this stays small).
 */
export function calendarUpTo(db: Database, from: string, to: string): CalendarMeeting[] {
  return cachedStatement(
    db,
    `SELECT id, body, date, deadline_working_days AS deadlineWorkingDays FROM meetings
     WHERE deleted_at IS NULL AND date BETWEEN ? AND ? ORDER BY date, id`,
  ).all(from, to) as CalendarMeeting[];
}

export function meetingExists(db: Database, body: MeetingBody, date: string): boolean {
  return (
    cachedStatement(
      db,
      'SELECT 1 FROM meetings WHERE body = ? AND date = ? AND deleted_at IS NULL LIMIT 1',
    ).get(body, date) !== undefined
  );
}

export function insertMeeting(db: Database, id: string, data: MeetingData, now: string): void {
  cachedStatement(
    db,
    `INSERT INTO meetings (id, body, date, deadline_working_days, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, data.body, data.date, data.deadlineWorkingDays, data.note, now, now);
}

export function updateMeetingRow(
  db: Database,
  id: string,
  data: MeetingData,
  now: string,
): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE meetings SET body = ?, date = ?, deadline_working_days = ?, note = ?, updated_at = ?
       WHERE id = ? AND deleted_at IS NULL`,
    ).run(data.body, data.date, data.deadlineWorkingDays, data.note, now, id).changes === 1
  );
}

export function setMeetingDeleted(
  db: Database,
  id: string,
  deletedAt: string | null,
  now: string,
): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE meetings SET deleted_at = ?, updated_at = ?
       WHERE id = ? AND (deleted_at IS NULL) = (? IS NOT NULL)`,
    ).run(deletedAt, now, id, deletedAt).changes === 1
  );
}
