// Runs in: main process / Node. Following a goal up: measurements (F05), target revisions (F08),
// the manual status (F11) and the programme's warnings with their limit setting (F09).
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { measureInput, overrideInput, reviseInput } from '../../../shared/contract/goals';
import {
  defaultGoalLimitPerFocusArea,
  type Goal,
  type GoalWarnings,
} from '../../../shared/domain/goals';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import { selectFocusAreas } from '../focusAreas/queries';
import { requireProgramme } from '../focusAreas/service';
import { getSetting, setSetting } from '../settings/queries';
import {
  insertMeasurement,
  insertRevision,
  measurementGoal,
  selectGoal,
  selectProgrammeGoals,
  setMeasurementDeleted,
  setOverride,
  setTarget,
  touchGoal,
  updateMeasurement,
} from './queries';
import { goalNotFound, goalView } from './view';
import { goalWarnings } from './warnings';

const measurementNotFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Mätvärdet finns inte längre. Det kan ha tagits bort.',
    en: 'The measurement no longer exists. It may have been deleted.',
  });

function liveGoal(db: Database, goalId: string | null) {
  const goal = goalId ? selectGoal(db, goalId) : null;
  if (!goal) throw goalNotFound();
  return goal;
}

/** Adds, edits, deletes (softly) or restores one measurement; returns the goal after it. */
export function measure(db: Database, input: z.output<typeof measureInput>): Goal {
  const now = nowIso();
  const goalId = db.transaction(() => {
    switch (input.action) {
      case 'add': {
        const goal = liveGoal(db, input.goalId);
        insertMeasurement(db, newId(), goal.id, input, now);
        touchGoal(db, goal.id, now);
        return goal.id;
      }
      case 'edit':
      case 'delete':
      case 'restore': {
        const owner = measurementGoal(db, input.id, input.action === 'restore');
        if (!owner) throw measurementNotFound();
        const goal = liveGoal(db, owner);
        if (input.action === 'edit') updateMeasurement(db, input.id, input, now);
        else setMeasurementDeleted(db, input.id, input.action === 'delete' ? now : null, now);
        touchGoal(db, goal.id, now);
        return goal.id;
      }
    }
  })();
  return goalView(db, goalId);
}

/** F08: a new target value and/or date with the reason; the old target stays in the history. */
export function revise(db: Database, input: z.output<typeof reviseInput>): Goal {
  const now = nowIso();
  db.transaction(() => {
    const goal = liveGoal(db, input.id);
    if (goal.targetValue === input.targetValue && goal.targetDate === input.targetDate) {
      throw new AppFailure(
        'VALIDATION',
        {
          sv: 'Målvärdet och måldatumet är oförändrade.',
          en: 'The target value and date are unchanged.',
        },
        { targetValue: 'Ange ett nytt målvärde eller måldatum.' },
      );
    }
    if (goal.baselineDate && input.targetDate && input.targetDate <= goal.baselineDate) {
      const message = 'Måldatumet behöver ligga efter datumet för utgångsläget.';
      throw new AppFailure('VALIDATION', { sv: message, en: message }, { targetDate: message });
    }
    insertRevision(
      db,
      {
        id: newId(),
        goalId: goal.id,
        changedAt: now,
        oldTargetValue: goal.targetValue,
        newTargetValue: input.targetValue,
        oldTargetDate: goal.targetDate,
        newTargetDate: input.targetDate,
        reason: input.reason,
      },
      now,
    );
    setTarget(db, goal.id, input.targetValue, input.targetDate, now);
  })();
  return goalView(db, input.id);
}

export function override(db: Database, input: z.output<typeof overrideInput>): Goal {
  if (input.status !== null && input.comment === '') {
    const message = 'Skriv en kommentar om varför statusen sätts för hand';
    throw new AppFailure('VALIDATION', { sv: message, en: message }, { comment: message });
  }
  const goal = liveGoal(db, input.id);
  setOverride(db, goal.id, input.status, input.comment, nowIso());
  return goalView(db, goal.id);
}

const LIMIT_KEY = 'goalLimitPerFocusArea';

export function goalLimit(db: Database): number {
  const stored = getSetting<unknown>(db, LIMIT_KEY);
  return typeof stored === 'number' && Number.isInteger(stored) && stored >= 1
    ? stored
    : defaultGoalLimitPerFocusArea;
}

export function setGoalLimit(db: Database, limit: number): { limit: number } {
  setSetting(db, LIMIT_KEY, limit);
  return { limit: goalLimit(db) };
}

export function programmeWarnings(db: Database, programmeId: string): GoalWarnings {
  requireProgramme(db, programmeId);
  const limit = goalLimit(db);
  return {
    limit,
    warnings: goalWarnings(
      selectFocusAreas(db, programmeId),
      selectProgrammeGoals(db, programmeId),
      limit,
    ),
  };
}
