// Runs in: main process / Node. SQL of the process wizard's saved state: one row per saved step
// and one per checklist item ever ticked. A step without a row is not started.
import type { Database } from 'better-sqlite3';
import type { StepStatus } from '../../../shared/process';
import { cachedStatement } from '../search/cachedStatement';

export interface StepStateRow {
  stepId: string;
  status: StepStatus;
  notRelevantReason: string;
  notes: string;
  dueDate: string | null;
  updatedAt: string;
}

export interface TickRow {
  stepId: string;
  itemId: string;
  doneAt: string;
}

const STEP_COLUMNS = `step_id AS stepId, status, not_relevant_reason AS notRelevantReason, notes,
  due_date AS dueDate, updated_at AS updatedAt`;

export function selectStepStates(db: Database, programmeId: string): StepStateRow[] {
  return cachedStatement(
    db,
    `SELECT ${STEP_COLUMNS} FROM process_step_states WHERE programme_id = ?`,
  ).all(programmeId) as StepStateRow[];
}

export function selectStepState(
  db: Database,
  programmeId: string,
  stepId: string,
): StepStateRow | null {
  const row = cachedStatement(
    db,
    `SELECT ${STEP_COLUMNS} FROM process_step_states WHERE programme_id = ? AND step_id = ?`,
  ).get(programmeId, stepId) as StepStateRow | undefined;
  return row ?? null;
}

export function upsertStepState(
  db: Database,
  programmeId: string,
  state: Omit<StepStateRow, 'updatedAt'>,
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO process_step_states (programme_id, step_id, status, not_relevant_reason, notes,
       due_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (programme_id, step_id) DO UPDATE SET status = excluded.status,
       not_relevant_reason = excluded.not_relevant_reason, notes = excluded.notes,
       due_date = excluded.due_date, updated_at = excluded.updated_at`,
  ).run(
    programmeId,
    state.stepId,
    state.status,
    state.notRelevantReason,
    state.notes,
    state.dueDate,
    now,
    now,
  );
}

/** Ticked items only: an unticked item keeps its row (done = 0) but is not listed. */
export function selectTicks(db: Database, programmeId: string, stepId?: string): TickRow[] {
  if (stepId !== undefined) {
    return cachedStatement(
      db,
      `SELECT step_id AS stepId, item_id AS itemId, done_at AS doneAt FROM process_checklist_ticks
       WHERE programme_id = ? AND step_id = ? AND done = 1`,
    ).all(programmeId, stepId) as TickRow[];
  }
  return cachedStatement(
    db,
    `SELECT step_id AS stepId, item_id AS itemId, done_at AS doneAt FROM process_checklist_ticks
     WHERE programme_id = ? AND done = 1`,
  ).all(programmeId) as TickRow[];
}

export function upsertTick(
  db: Database,
  programmeId: string,
  stepId: string,
  itemId: string,
  done: boolean,
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO process_checklist_ticks (programme_id, step_id, item_id, done, done_at,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (programme_id, step_id, item_id) DO UPDATE SET done = excluded.done,
       done_at = CASE WHEN excluded.done = 1 AND process_checklist_ticks.done = 1
                      THEN process_checklist_ticks.done_at ELSE excluded.done_at END,
       updated_at = excluded.updated_at`,
  ).run(programmeId, stepId, itemId, done ? 1 : 0, done ? now : null, now, now);
}

export function programmeIsLive(db: Database, programmeId: string): boolean {
  return (
    cachedStatement(db, 'SELECT 1 FROM programmes WHERE id = ? AND deleted_at IS NULL').get(
      programmeId,
    ) !== undefined
  );
}
