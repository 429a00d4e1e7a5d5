// Runs in: main process / Node. Lessons learned (lärdomar, F04, F06, F07): linked to the goal or
// action they came from, and able to start a new action or reopen one for change, with the link
// kept both ways (the lesson points at the action, the action gets an origin naming the lesson).
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { actionInput } from '../../../shared/contract/actions';
import type { lessonFilter, lessonInput } from '../../../shared/contract/followUp';
import {
  periodOf,
  type Cadence,
  type Lesson,
  type LessonOutcome,
  type LessonRow,
} from '../../../shared/domain/followUp';
import { AppFailure } from '../../../shared/errors';
import { insertOrigins } from '../actions/children';
import { createAction, type Clock } from '../actions/service';
import { newId, nowIso } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';
import { editableRecord } from './guard';

const SELECT = `
  SELECT l.id, l.follow_up_id AS followUpId, l.text, l.goal_id AS goalId,
         g.text AS goalText, l.action_id AS actionId, a.what AS actionWhat, l.outcome,
         r.id AS resultActionId, r.what AS resultActionWhat, l.created_at AS createdAt,
         f.period_key AS periodKey, f.cadence, f.period_start AS periodStart, f.held_on AS heldOn,
         coalesce(g.focus_area_id, a.focus_area_id, r.focus_area_id) AS focusAreaId,
         fa.name AS focusAreaName
  FROM follow_up_lessons l
  JOIN follow_ups f ON f.id = l.follow_up_id
  LEFT JOIN goals g ON g.id = l.goal_id AND g.deleted_at IS NULL
  LEFT JOIN actions a ON a.id = l.action_id AND a.deleted_at IS NULL
  LEFT JOIN actions r ON r.id = l.result_action_id AND r.deleted_at IS NULL
  LEFT JOIN focus_areas fa ON fa.id = coalesce(g.focus_area_id, a.focus_area_id, r.focus_area_id)
    AND fa.deleted_at IS NULL`;

type Row = Omit<LessonRow, 'periodLabel'> & { cadence: Cadence; periodStart: string };

const toRow = ({ cadence, periodStart, ...r }: Row): LessonRow => ({
  ...r,
  periodLabel: periodOf(cadence, periodStart).label,
});

const toLesson = (r: LessonRow): Lesson => ({
  id: r.id,
  followUpId: r.followUpId,
  text: r.text,
  goalId: r.goalId,
  goalText: r.goalText,
  actionId: r.actionId,
  actionWhat: r.actionWhat,
  outcome: r.outcome,
  resultActionId: r.resultActionId,
  resultActionWhat: r.resultActionWhat,
  createdAt: r.createdAt,
});

const lessonNotFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Lärdomen finns inte längre.',
    en: 'The lesson no longer exists.',
  });

function invalid(field: string, sv: string, en: string): AppFailure {
  return new AppFailure('VALIDATION', { sv, en }, { [field]: sv });
}

export function lessonsOf(db: Database, followUpId: string): Lesson[] {
  const rows = cachedStatement(
    db,
    `${SELECT} WHERE l.follow_up_id = ? ORDER BY l.created_at, l.id`,
  ).all(followUpId) as Row[];
  return rows.map((r) => toLesson(toRow(r)));
}

function lessonRow(db: Database, id: string): LessonRow | null {
  const row = cachedStatement(db, `${SELECT} WHERE l.id = ?`).get(id) as Row | undefined;
  return row ? toRow(row) : null;
}

/** F06: lessons across the programme's follow-ups, newest first, optionally by goal/action/area. */
export function listLessons(db: Database, filter: z.output<typeof lessonFilter>): LessonRow[] {
  const where = ['f.programme_id = ?', 'f.deleted_at IS NULL'];
  const params: unknown[] = [filter.programmeId];
  if (filter.goalId) {
    where.push('l.goal_id = ?');
    params.push(filter.goalId);
  }
  if (filter.actionId) {
    where.push('(l.action_id = ? OR l.result_action_id = ?)');
    params.push(filter.actionId, filter.actionId);
  }
  if (filter.focusAreaId) {
    where.push('coalesce(g.focus_area_id, a.focus_area_id, r.focus_area_id) = ?');
    params.push(filter.focusAreaId);
  }
  const rows = cachedStatement(
    db,
    `${SELECT} WHERE ${where.join(' AND ')} ORDER BY f.period_start DESC, l.created_at DESC, l.id`,
  ).all(...params) as Row[];
  return rows.map(toRow);
}

interface Links {
  goal: { id: string; focusAreaId: string | null } | null;
  action: { id: string; focusAreaId: string | null } | null;
}

function checkLinks(
  db: Database,
  programmeId: string,
  goalId: string | null,
  actionId: string | null,
): Links {
  const goal = goalId
    ? (cachedStatement(
        db,
        `SELECT id, focus_area_id AS focusAreaId FROM goals
         WHERE id = ? AND programme_id = ? AND deleted_at IS NULL`,
      ).get(goalId, programmeId) as Links['goal'] | undefined)
    : null;
  if (goalId && !goal) {
    throw invalid(
      'goalId',
      'Målet finns inte i det här programmet.',
      'The goal is not in this programme.',
    );
  }
  const action = actionId
    ? (cachedStatement(
        db,
        `SELECT id, focus_area_id AS focusAreaId FROM actions
         WHERE id = ? AND programme_id = ? AND deleted_at IS NULL`,
      ).get(actionId, programmeId) as Links['action'] | undefined)
    : null;
  if (actionId && !action) {
    throw invalid(
      'actionId',
      'Aktiviteten finns inte i det här programmet.',
      'The action is not in this programme.',
    );
  }
  return { goal: goal ?? null, action: action ?? null };
}

/** Adds a lesson; 'new_action' creates the action through the action plan's own service. */
export function addLesson(db: Database, input: z.output<typeof lessonInput>, clock: Clock): Lesson {
  const id = newId();
  const now = nowIso();
  db.transaction(() => {
    const record = editableRecord(db, input.followUpId);
    const links = checkLinks(db, record.programmeId, input.goalId, input.actionId);
    const period = periodOf(record.cadence, record.periodStart).label.sv;
    let result: string | null = null;
    const outcome: LessonOutcome = input.outcome;
    if (outcome === 'new_action') {
      if (input.newActionWhat === '') {
        throw invalid(
          'newActionWhat',
          'Skriv vad den nya aktiviteten ska göra.',
          'Write what the new action is to do.',
        );
      }
      const action = createAction(
        db,
        actionInput.parse({
          programmeId: record.programmeId,
          what: input.newActionWhat,
          why: input.text,
          focusAreaId: links.goal?.focusAreaId ?? links.action?.focusAreaId ?? null,
          goalIds: links.goal ? [links.goal.id] : [],
          origins: [
            {
              kind: 'other',
              refId: id,
              note: `Lärdom från uppföljningen ${period}: ${input.text}`,
            },
          ],
        }),
        clock,
      );
      result = action.id;
    } else if (outcome === 'changed_action') {
      if (!links.action) {
        throw invalid(
          'actionId',
          'Välj den aktivitet som lärdomen ändrar.',
          'Choose the action the lesson changes.',
        );
      }
      result = links.action.id;
      insertOrigins(
        db,
        result,
        [
          {
            kind: 'other',
            refId: id,
            parentId: null,
            note: `Ändras efter lärdom från uppföljningen ${period}: ${input.text}`,
          },
        ],
        now,
      );
    }
    cachedStatement(
      db,
      `INSERT INTO follow_up_lessons (id, follow_up_id, text, goal_id, action_id, outcome,
         result_action_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, record.id, input.text, input.goalId, input.actionId, outcome, result, now, now);
    cachedStatement(db, 'UPDATE follow_ups SET updated_at = ? WHERE id = ?').run(now, record.id);
  })();
  return toLesson(lessonRow(db, id)!);
}

export function updateLesson(
  db: Database,
  input: { id: string; text: string; goalId: string | null; actionId: string | null },
): Lesson {
  const now = nowIso();
  db.transaction(() => {
    const lesson = lessonRow(db, input.id);
    if (!lesson) throw lessonNotFound();
    const record = editableRecord(db, lesson.followUpId);
    checkLinks(db, record.programmeId, input.goalId, input.actionId);
    cachedStatement(
      db,
      'UPDATE follow_up_lessons SET text = ?, goal_id = ?, action_id = ?, updated_at = ? WHERE id = ?',
    ).run(input.text, input.goalId, input.actionId, now, input.id);
  })();
  return toLesson(lessonRow(db, input.id)!);
}

/** Removes a lesson from a draft; an action it created stays in the plan. */
export function deleteLesson(db: Database, id: string): { id: string } {
  db.transaction(() => {
    const lesson = lessonRow(db, id);
    if (!lesson) throw lessonNotFound();
    editableRecord(db, lesson.followUpId);
    cachedStatement(db, 'DELETE FROM follow_up_lessons WHERE id = ?').run(id);
  })();
  return { id };
}
