// Runs in: main process / Node. The example municipality's follow-up: a quarterly cadence, closed
// follow-ups for the last six quarters with judgements, check-ins and lessons (two of which
// started actions of the plan), and a draft for the current quarter. Deterministic for a given `today`:
// ids come from a seeded source and every timestamp is derived from `today`.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { checkinQuestions, periodOf, periodsUntil } from '../../../shared/domain/followUp';
import { insertOrigins } from '../actions/children';
import { newId, withIdSource } from '../db/clock';
import { addDays, formatDay, parseDay, timestampAt } from '../demo/dates';
import { cachedStatement } from '../search/cachedStatement';
import {
  checkinNotes,
  draftLesson,
  goalComments,
  lessonsByRecord,
  meetingRefs,
  summaries,
  type DemoLesson,
} from './demoTexts';
import {
  insertRecord,
  replaceParticipants,
  selectActionJudgements,
  selectGoalJudgements,
  setJudgementComment,
  setRecordStatus,
  updateRecordFields,
  upsertCheckin,
} from './queries';
import { setFollowUpSettings } from './settings';
import { takeSnapshot } from './snapshot';

export interface FollowUpDemoCounts {
  records: number;
  closed: number;
  lessons: number;
  actionsFromLessons: number;
}

const PAST_QUARTERS = 6;

interface Context {
  db: Database;
  programmeId: string;
  goalIds: { id: string; focusAreaId: string | null }[];
  people: { id: string; name: string }[];
}

/** An action of the plan written after `at` and not yet started by a lesson, in the area if any. */
function laterAction(c: Context, at: string, focusAreaId: string | null): string | null {
  const row = cachedStatement(
    c.db,
    `SELECT a.id FROM actions a
     WHERE a.programme_id = ? AND a.deleted_at IS NULL AND a.created_at > ?
       AND a.status IN ('planned', 'in_progress')
       AND NOT EXISTS (SELECT 1 FROM follow_up_lessons l WHERE l.result_action_id = a.id)
     ORDER BY (a.focus_area_id IS ?) DESC, a.created_at, a.id LIMIT 1`,
  ).get(c.programmeId, at, focusAreaId) as { id: string } | undefined;
  return row?.id ?? null;
}

function writeLesson(
  c: Context,
  recordId: string,
  periodLabel: string,
  lesson: DemoLesson,
  at: string,
): boolean {
  const id = newId();
  const goal = lesson.goal === undefined ? undefined : c.goalIds[lesson.goal % c.goalIds.length];
  const result = lesson.startsAction ? laterAction(c, at, goal?.focusAreaId ?? null) : null;
  if (result) {
    const created = cachedStatement(c.db, 'SELECT created_at AS at FROM actions WHERE id = ?').get(
      result,
    ) as { at: string };
    insertOrigins(
      c.db,
      result,
      [
        {
          kind: 'other',
          refId: id,
          parentId: null,
          note: `Lärdom från uppföljningen ${periodLabel}: ${lesson.text}`,
        },
      ],
      created.at,
    );
  }
  cachedStatement(
    c.db,
    `INSERT INTO follow_up_lessons (id, follow_up_id, text, goal_id, outcome, result_action_id,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    recordId,
    lesson.text,
    goal?.id ?? null,
    result ? 'new_action' : 'none',
    result,
    at,
    at,
  );
  return result !== null;
}

/**
 * A record as of `asOf`: actions that did not exist yet are left out, and an action that ended
 * after `asOf` is shown as still under way then.
 */
function backdate(c: Context, recordId: string, asOf: string): void {
  const cutoff = `${asOf}T23:59:59.999Z`;
  cachedStatement(
    c.db,
    `DELETE FROM follow_up_action_judgements WHERE follow_up_id = ? AND action_id IN
       (SELECT id FROM actions WHERE created_at > ?)`,
  ).run(recordId, cutoff);
  cachedStatement(
    c.db,
    `UPDATE follow_up_action_judgements SET status = 'in_progress', dropped_reason = '',
       dropped_in_period = 0, done_in_period = 0
     WHERE follow_up_id = ? AND action_id IN (SELECT id FROM actions WHERE last_update_at > ?)
       AND status IN ('done', 'dropped', 'paused')`,
  ).run(recordId, cutoff);
}

function writeRecord(
  c: Context,
  index: number,
  period: { key: string; start: string; end: string; label: { sv: string } },
  heldOn: string,
  closed: boolean,
): { lessons: number; actions: number } {
  const id = newId();
  const at = timestampAt(parseDay(heldOn), 13, 0);
  insertRecord(
    c.db,
    {
      id,
      programmeId: c.programmeId,
      periodKey: period.key,
      cadence: 'quarterly',
      periodStart: period.start,
      periodEnd: period.end,
    },
    at,
  );
  takeSnapshot(c.db, { id, programmeId: c.programmeId, periodStart: period.start }, heldOn, at);
  if (closed) backdate(c, id, heldOn);
  updateRecordFields(
    c.db,
    id,
    {
      heldOn,
      meetingRef: meetingRefs[index % meetingRefs.length]!,
      summary: closed ? summaries[index % summaries.length]! : '',
      droppedNotes:
        index === 3 ? 'Vi lägger inte mer tid på den gemensamma mässmontern i länet.' : '',
    },
    at,
  );
  const people = c.people.slice(index % 2, (index % 2) + 3);
  replaceParticipants(
    c.db,
    id,
    [
      ...people.map((p) => ({ id: newId(), stakeholderId: p.id, name: p.name })),
      { id: newId(), stakeholderId: null, name: 'Företagarföreningens ordförande' },
    ],
    at,
  );
  if (closed) {
    for (const g of selectGoalJudgements(c.db, id)) {
      setJudgementComment(c.db, 'goal', id, g.goalId, goalComments[g.status], at);
    }
    const done = selectActionJudgements(c.db, id).find((a) => a.doneInPeriod);
    if (done)
      setJudgementComment(c.db, 'action', id, done.actionId, 'Klart – tack alla som var med!', at);
    checkinQuestions.forEach((q, i) => {
      const note = checkinNotes[(i + index) % checkinNotes.length]!;
      upsertCheckin(c.db, id, { questionId: q.id, ...note }, at);
    });
  }
  const lessons = closed ? (lessonsByRecord[index] ?? []) : [draftLesson];
  let actions = 0;
  for (const lesson of lessons) if (writeLesson(c, id, period.label.sv, lesson, at)) actions += 1;
  if (closed) setRecordStatus(c.db, id, { status: 'closed' }, timestampAt(parseDay(heldOn), 15, 0));
  cachedStatement(c.db, 'UPDATE follow_ups SET updated_at = ? WHERE id = ?').run(
    closed ? timestampAt(parseDay(heldOn), 15, 0) : at,
    id,
  );
  return { lessons: lessons.length, actions };
}

/** Writes the follow-up of `programmeId`; does nothing when the programme already has one. */
export function generateFollowUpDemo(
  db: Database,
  programmeId: string,
  today: string,
): FollowUpDemoCounts {
  const counts: FollowUpDemoCounts = { records: 0, closed: 0, lessons: 0, actionsFromLessons: 0 };
  const existing = cachedStatement(
    db,
    'SELECT count(*) AS n FROM follow_ups WHERE programme_id = ?',
  ).get(programmeId) as { n: number };
  if (existing.n > 0) return counts;
  const todayMs = parseDay(today);
  const current = periodOf('quarterly', today);
  const first = periodOf(
    'quarterly',
    formatDay(addDays(parseDay(current.start), -PAST_QUARTERS * 91)),
  );
  let counter = 0;
  const seeded = () => {
    const h = createHash('sha256').update(`followup-demo:${today}:${counter++}`).digest('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-b${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  const c: Context = {
    db,
    programmeId,
    goalIds: cachedStatement(
      db,
      `SELECT id, focus_area_id AS focusAreaId FROM goals
       WHERE programme_id = ? AND deleted_at IS NULL AND level_kind = 'programme'
       ORDER BY created_at, id`,
    ).all(programmeId) as Context['goalIds'],
    people: cachedStatement(
      db,
      `SELECT id, name FROM stakeholders WHERE kind = 'person' AND deleted_at IS NULL
       ORDER BY created_at, id LIMIT 4`,
    ).all() as Context['people'],
  };
  withIdSource(seeded, () =>
    db.transaction(() => {
      setFollowUpSettings(db, { programmeId, cadence: 'quarterly', startDate: first.start });
      cachedStatement(
        db,
        'UPDATE follow_up_settings SET created_at = ?, updated_at = ? WHERE programme_id = ?',
      ).run(
        timestampAt(parseDay(first.start), 9, 0),
        timestampAt(parseDay(first.start), 9, 0),
        programmeId,
      );
      const periods = periodsUntil('quarterly', first.start, today);
      periods.forEach((period, index) => {
        const isCurrent = period.key === current.key;
        const held = isCurrent
          ? today
          : formatDay(Math.min(addDays(parseDay(period.end), 12), todayMs));
        const written = writeRecord(c, index, period, held, !isCurrent);
        counts.records += 1;
        if (!isCurrent) counts.closed += 1;
        counts.lessons += written.lessons;
        counts.actionsFromLessons += written.actions;
      });
    })(),
  );
  return counts;
}
