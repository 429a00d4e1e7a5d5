// Runs in: main process / Node. Tidplan: the programme's process in one chronological view: the
// wizard steps' due dates, the programme's meetings, and the stage dates of its cases on the
// decision track (remiss, KSAU, KS, KF), grouped by month.
import type { Database } from 'better-sqlite3';
import {
  groupByMonth,
  isOverdue,
  type Timeline,
  type TimelineItem,
} from '../../../shared/domain/groups';
import { stepById } from '../../../shared/process';
import { cachedStatement } from '../search/cachedStatement';

function stepItems(db: Database, programmeId: string, today: string): TimelineItem[] {
  const rows = cachedStatement(
    db,
    `SELECT step_id AS stepId, status, due_date AS date FROM process_step_states
     WHERE programme_id = ? AND due_date IS NOT NULL`,
  ).all(programmeId) as { stepId: string; status: string; date: string }[];
  return rows.flatMap((r) => {
    const step = stepById(r.stepId);
    if (!step) return [];
    const state = r.status === 'done' || r.status === 'not_relevant' ? 'done' : 'open';
    return [
      {
        key: `step:${r.stepId}`,
        date: r.date,
        time: null,
        source: 'step' as const,
        refId: r.stepId,
        title: step.title.sv,
        kind: step.phase,
        state,
        overdue: isOverdue(r.date, state, today),
      },
    ];
  });
}

function meetingItems(db: Database, programmeId: string, today: string): TimelineItem[] {
  const rows = cachedStatement(
    db,
    `SELECT id, title, date, time, kind, status FROM process_meetings
     WHERE programme_id = ? AND deleted_at IS NULL`,
  ).all(programmeId) as {
    id: string;
    title: string;
    date: string;
    time: string | null;
    kind: string;
    status: string;
  }[];
  return rows.map((r) => {
    const state = r.status === 'held' ? 'done' : r.status === 'cancelled' ? 'cancelled' : 'open';
    return {
      key: `meeting:${r.id}`,
      date: r.date,
      time: r.time,
      source: 'meeting' as const,
      refId: r.id,
      title: r.title,
      kind: r.kind,
      state,
      overdue: isOverdue(r.date, state, today),
    };
  });
}

/**
 * Each stage of the programme's cases with a date: the committee meeting's date, or for a remiss
 * the day it was sent. A stage counts as done once it has an outcome (a remiss once sent).
 */
function stageItems(db: Database, programmeId: string, today: string): TimelineItem[] {
  const rows = cachedStatement(
    db,
    `SELECT st.id, st.body, c.id AS caseId, c.title,
            coalesce(st.meeting_date, mt.date, st.submitted_date) AS date,
            st.outcome IS NOT NULL OR (st.body = 'remiss' AND st.submitted_date IS NOT NULL) AS done
     FROM case_stages st
     JOIN cases c ON c.id = st.case_id AND c.deleted_at IS NULL
     LEFT JOIN meetings mt ON mt.id = st.meeting_id AND mt.deleted_at IS NULL
     WHERE c.programme_id = ? AND st.deleted_at IS NULL
       AND coalesce(st.meeting_date, mt.date, st.submitted_date) IS NOT NULL`,
  ).all(programmeId) as {
    id: string;
    body: string;
    caseId: string;
    title: string;
    date: string;
    done: number;
  }[];
  return rows.map((r) => {
    const state = r.done === 1 ? 'done' : 'open';
    return {
      key: `stage:${r.id}`,
      date: r.date,
      time: null,
      source: 'caseStage' as const,
      refId: r.caseId,
      title: r.title,
      kind: r.body,
      state,
      overdue: isOverdue(r.date, state, today),
    };
  });
}

export function buildTimeline(db: Database, programmeId: string, today: string): Timeline {
  const items = [
    ...stepItems(db, programmeId, today),
    ...meetingItems(db, programmeId, today),
    ...stageItems(db, programmeId, today),
  ];
  return { today, months: groupByMonth(items) };
}
