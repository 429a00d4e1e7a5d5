// Runs in: main process / Node. Saving goals: links checked, and a changed target always leaves a
// revision with its reason in the same transaction (F08).
import type { Database } from 'better-sqlite3';
import type { Goal } from '../../../shared/domain/goals';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import { requireProgramme } from '../focusAreas/service';
import {
  deletedGoal,
  insertGoal,
  insertRevision,
  liveFocusAreaProgramme,
  restoreGoalRow,
  selectChildGoals,
  selectGoal,
  softDeleteGoal,
  updateGoalRow,
  type GoalData,
  type GoalRecord,
} from './queries';
import { goalNotFound, goalView } from './view';

function invalid(fields: Record<string, string>): AppFailure {
  return new AppFailure(
    'VALIDATION',
    {
      sv: Object.values(fields).join(' '),
      en: 'The goal could not be saved. Check the marked fields.',
    },
    fields,
  );
}

/** The data with its links checked against the programme; a programme goal has no parent. */
function checked(db: Database, programmeId: string, data: GoalData, selfId?: string): GoalData {
  const fields: Record<string, string> = {};
  if (data.focusAreaId && liveFocusAreaProgramme(db, data.focusAreaId) !== programmeId) {
    fields.focusAreaId = 'Fokusområdet finns inte i programmet. Välj ett annat.';
  }
  const parentGoalId = data.levelKind === 'programme' ? null : data.parentGoalId;
  if (parentGoalId) {
    const parent = selectGoal(db, parentGoalId);
    if (
      !parent ||
      parent.programmeId !== programmeId ||
      parent.levelKind !== 'programme' ||
      parent.id === selfId
    ) {
      fields.parentGoalId = 'Välj ett programmål i samma program.';
    }
  }
  if (selfId && data.levelKind === 'action_plan' && selectChildGoals(db, selfId).length > 0) {
    fields.levelKind =
      'Målet har mål i handlingsplanen under sig. Koppla dem till ett annat programmål först.';
  }
  if (data.baselineDate && data.targetDate && data.targetDate <= data.baselineDate) {
    fields.targetDate = 'Måldatumet behöver ligga efter datumet för utgångsläget.';
  }
  if (Object.keys(fields).length > 0) throw invalid(fields);
  return { ...data, parentGoalId };
}

export function createGoal(db: Database, programmeId: string, data: GoalData): Goal {
  const id = newId();
  db.transaction(() => {
    requireProgramme(db, programmeId);
    insertGoal(db, id, programmeId, checked(db, programmeId, data), nowIso());
  })();
  return goalView(db, id);
}

const targetChanged = (before: GoalRecord, data: GoalData) =>
  before.targetValue !== data.targetValue || before.targetDate !== data.targetDate;

export function updateGoal(db: Database, id: string, data: GoalData, revisionReason: string): Goal {
  const now = nowIso();
  db.transaction(() => {
    const before = selectGoal(db, id);
    if (!before) throw goalNotFound();
    const next = checked(db, before.programmeId, data, id);
    // Setting a target for the first time is no revision; changing one is.
    const hadTarget = before.targetValue !== null || before.targetDate !== null;
    if (hadTarget && targetChanged(before, next)) {
      if (revisionReason === '') {
        throw invalid({ revisionReason: 'Skriv varför målvärdet eller måldatumet ändras.' });
      }
      insertRevision(
        db,
        {
          id: newId(),
          goalId: id,
          changedAt: now,
          oldTargetValue: before.targetValue,
          newTargetValue: next.targetValue,
          oldTargetDate: before.targetDate,
          newTargetDate: next.targetDate,
          reason: revisionReason,
        },
        now,
      );
    }
    if (!updateGoalRow(db, id, next, now)) throw goalNotFound();
  })();
  return goalView(db, id);
}

export function deleteGoal(db: Database, id: string): { id: string } {
  if (!softDeleteGoal(db, id, nowIso())) throw goalNotFound();
  return { id };
}

/** Undo of a delete. The goal's focus area and programme must still be there. */
export function restoreGoal(db: Database, id: string): Goal {
  db.transaction(() => {
    const row = deletedGoal(db, id);
    if (!row) throw goalNotFound();
    requireProgramme(db, row.programmeId);
    const focusAreaId =
      row.focusAreaId && liveFocusAreaProgramme(db, row.focusAreaId) === row.programmeId
        ? row.focusAreaId
        : null;
    restoreGoalRow(db, id, focusAreaId, nowIso());
  })();
  return goalView(db, id);
}
