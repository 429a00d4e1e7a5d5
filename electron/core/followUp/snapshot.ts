// Runs in: main process / Node. What the goals and actions looked like when a follow-up was
// written: the computed goal status (F11) and each action's status, kept so that a later report
// still knows what it was. Comments written on a draft survive a new snapshot.
import type { Database } from 'better-sqlite3';
import type { ActionStatus } from '../../../shared/domain/actions';
import { goalStatus } from '../goals/status';
import { selectProgrammeGoals, selectProgrammeMeasurements } from '../goals/queries';
import { cachedStatement } from '../search/cachedStatement';
import {
  replaceActionJudgements,
  replaceGoalJudgements,
  selectActionJudgements,
  selectGoalJudgements,
  type ActionSnapshot,
  type GoalSnapshot,
} from './queries';

/** The goals in thread order (programme goals first) with their status on `asOf`. */
export function goalSnapshots(db: Database, programmeId: string, asOf: string): GoalSnapshot[] {
  const series = new Map<string, { date: string; value: number }[]>();
  for (const m of selectProgrammeMeasurements(db, programmeId)) {
    if (m.date > asOf) continue;
    series.set(m.goalId, [...(series.get(m.goalId) ?? []), m]);
  }
  const areaNames = new Map(
    (
      cachedStatement(
        db,
        'SELECT id, name FROM focus_areas WHERE programme_id = ? AND deleted_at IS NULL',
      ).all(programmeId) as { id: string; name: string }[]
    ).map((a) => [a.id, a.name]),
  );
  return selectProgrammeGoals(db, programmeId).map((g) => {
    const measurements = series.get(g.id) ?? [];
    const achieved = g.achievedAt && g.achievedAt <= asOf ? g.achievedAt : null;
    const status = goalStatus({ ...g, achievedAt: achieved, measurements });
    const latest = measurements.at(-1) ?? null;
    return {
      goalId: g.id,
      goalText: g.text,
      focusAreaName: g.focusAreaId ? (areaNames.get(g.focusAreaId) ?? null) : null,
      status: status.status,
      reason: status.reason,
      reached: status.reached,
      latestValue: latest?.value ?? null,
      latestDate: latest?.date ?? null,
    };
  });
}

interface ActionSnapRow {
  id: string;
  what: string;
  focusAreaName: string | null;
  status: ActionStatus;
  droppedReason: string;
  lastUpdateAt: string;
}

/**
 * The programme's actions: all that are still in play, plus those done or dropped since the
 * previous follow-up (`since`, a day; null for the first follow-up, when everything counts).
 */
export function actionSnapshots(
  db: Database,
  programmeId: string,
  since: string | null,
): ActionSnapshot[] {
  const rows = cachedStatement(
    db,
    `SELECT a.id, a.what, fa.name AS focusAreaName, a.status, a.dropped_reason AS droppedReason,
            a.last_update_at AS lastUpdateAt
     FROM actions a LEFT JOIN focus_areas fa ON fa.id = a.focus_area_id AND fa.deleted_at IS NULL
     WHERE a.programme_id = ? AND a.deleted_at IS NULL
     ORDER BY fa.id IS NULL, fa.candidate, fa.priority, a.due_date IS NULL, a.due_date, a.created_at, a.id`,
  ).all(programmeId) as ActionSnapRow[];
  const recent = (r: ActionSnapRow) => since === null || r.lastUpdateAt.slice(0, 10) > since;
  return rows
    .filter((r) => (r.status !== 'dropped' && r.status !== 'done') || recent(r))
    .map((r) => ({
      actionId: r.id,
      what: r.what,
      focusAreaName: r.focusAreaName,
      status: r.status,
      droppedReason: r.status === 'dropped' ? r.droppedReason : '',
      droppedInPeriod: r.status === 'dropped' && recent(r),
      doneInPeriod: r.status === 'done' && recent(r),
    }));
}

/** The day the previous follow-up of the programme was held (or its period ended). */
export function previousFollowUpDay(
  db: Database,
  programmeId: string,
  periodStart: string,
): string | null {
  const row = cachedStatement(
    db,
    `SELECT coalesce(held_on, period_end) AS day FROM follow_ups
     WHERE programme_id = ? AND deleted_at IS NULL AND period_start < ?
     ORDER BY period_start DESC LIMIT 1`,
  ).get(programmeId, periodStart) as { day: string } | undefined;
  return row?.day ?? null;
}

/** Writes a new snapshot into a record, keeping the comments already written. */
export function takeSnapshot(
  db: Database,
  record: { id: string; programmeId: string; periodStart: string },
  asOf: string,
  now: string,
): void {
  const goalComments = new Map(
    selectGoalJudgements(db, record.id).map((g) => [g.goalId, g.comment]),
  );
  const actionComments = new Map(
    selectActionJudgements(db, record.id).map((a) => [a.actionId, a.comment]),
  );
  const since = previousFollowUpDay(db, record.programmeId, record.periodStart);
  replaceGoalJudgements(
    db,
    record.id,
    goalSnapshots(db, record.programmeId, asOf),
    goalComments,
    now,
  );
  replaceActionJudgements(
    db,
    record.id,
    actionSnapshots(db, record.programmeId, since),
    actionComments,
    now,
  );
  cachedStatement(db, 'UPDATE follow_ups SET snapshot_at = ?, updated_at = ? WHERE id = ?').run(
    now,
    now,
    record.id,
  );
}
