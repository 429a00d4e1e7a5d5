// Runs in: main process / Node. Goals as the screens read them: with computed status, grouped by
// focus area in priority order, or one goal with its series, history and linked goals.
import type { Database } from 'better-sqlite3';
import type {
  Goal,
  GoalGroup,
  GoalRow,
  GoalsByFocusArea,
  GoalStatus,
} from '../../../shared/domain/goals';
import { AppFailure } from '../../../shared/errors';
import { selectFocusAreas } from '../focusAreas/queries';
import {
  focusAreaName,
  selectChildGoals,
  selectGoal,
  selectMeasurements,
  selectProgrammeGoals,
  selectProgrammeMeasurements,
  selectRevisions,
  type GoalRecord,
} from './queries';
import { goalStatus, type StatusMeasurement } from './status';

export const goalNotFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Målet finns inte längre. Det kan ha tagits bort.',
    en: 'The goal no longer exists. It may have been deleted.',
  });

export function statusOf(goal: GoalRecord, measurements: readonly StatusMeasurement[]): GoalStatus {
  return goalStatus({ ...goal, measurements });
}

function toRow(goal: GoalRecord, measurements: readonly StatusMeasurement[]): GoalRow {
  const latest = measurements.at(-1) ?? null;
  return {
    id: goal.id,
    programmeId: goal.programmeId,
    focusAreaId: goal.focusAreaId,
    parentGoalId: goal.parentGoalId,
    levelKind: goal.levelKind,
    text: goal.text,
    type: goal.type,
    measureLevel: goal.measureLevel,
    horizon: goal.horizon,
    influenceable: goal.influenceable,
    indicatorName: goal.indicatorName,
    indicatorUnit: goal.indicatorUnit,
    direction: goal.direction,
    baselineValue: goal.baselineValue,
    baselineDate: goal.baselineDate,
    targetValue: goal.targetValue,
    targetDate: goal.targetDate,
    latestValue: latest?.value ?? null,
    latestDate: latest?.date ?? null,
    measurementCount: measurements.length,
    achievedAt: goal.achievedAt,
    status: statusOf(goal, measurements),
  };
}

/** Programme goals before the action-plan goals that serve them, each after its parent. */
function threadOrder(goals: GoalRow[]): GoalRow[] {
  const children = new Map<string, GoalRow[]>();
  const ids = new Set(goals.map((g) => g.id));
  const roots: GoalRow[] = [];
  for (const g of goals) {
    if (g.parentGoalId && ids.has(g.parentGoalId)) {
      children.set(g.parentGoalId, [...(children.get(g.parentGoalId) ?? []), g]);
    } else roots.push(g);
  }
  return roots.flatMap((r) => [r, ...(children.get(r.id) ?? [])]);
}

export function goalsByFocusArea(db: Database, programmeId: string): GoalsByFocusArea {
  const areas = selectFocusAreas(db, programmeId);
  const series = new Map<string, StatusMeasurement[]>();
  for (const m of selectProgrammeMeasurements(db, programmeId)) {
    const list = series.get(m.goalId);
    if (list) list.push(m);
    else series.set(m.goalId, [m]);
  }
  const rows = selectProgrammeGoals(db, programmeId).map((g) => toRow(g, series.get(g.id) ?? []));
  const areaIds = new Set(areas.map((a) => a.id));
  const groups: GoalGroup[] = areas.map((a) => ({
    focusArea: { id: a.id, name: a.name, priority: a.priority, candidate: a.candidate },
    goals: threadOrder(rows.filter((r) => r.focusAreaId === a.id)),
  }));
  const loose = rows.filter((r) => !r.focusAreaId || !areaIds.has(r.focusAreaId));
  if (loose.length > 0) groups.push({ focusArea: null, goals: threadOrder(loose) });
  return { programmeId, groups };
}

export function goalView(db: Database, id: string): Goal {
  const goal = selectGoal(db, id);
  if (!goal) throw goalNotFound();
  const measurements = selectMeasurements(db, id);
  const parent = goal.parentGoalId ? selectGoal(db, goal.parentGoalId) : null;
  const children = selectChildGoals(db, id).map((child) => ({
    id: child.id,
    text: child.text,
    status: statusOf(child, selectMeasurements(db, child.id)),
  }));
  const row = toRow(goal, measurements);
  return {
    ...row,
    why: goal.why,
    quality: goal.quality,
    agenda2030: goal.agenda2030,
    indicatorSource: goal.indicatorSource,
    indicatorSourceNote: goal.indicatorSourceNote,
    statusOverride: goal.statusOverride,
    statusOverrideComment: goal.statusOverrideComment,
    focusAreaName: goal.focusAreaId ? focusAreaName(db, goal.focusAreaId) : null,
    parentGoalText: parent?.text ?? null,
    children,
    measurements,
    revisions: selectRevisions(db, id),
    createdAt: goal.createdAt,
    updatedAt: goal.updatedAt,
  };
}
