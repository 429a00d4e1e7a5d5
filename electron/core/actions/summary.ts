// Runs in: main process / Node. The action plan in numbers: status and kind counts, stalled and
// incomplete actions, who carries them (I19), realism/ambition balance (I15) and costs (F19).
import type { Database } from 'better-sqlite3';
import {
  actionKinds,
  actionStatuses,
  responsibleOrgKinds,
  stalledCutoff,
  type ActionCostRow,
  type ActionKind,
  type ActionOptions,
  type ActionStatus,
  type ActionSummary,
  type ResponsibleOrgKind,
} from '../../../shared/domain/actions';
import { cachedStatement } from '../search/cachedStatement';
import { INCOMPLETE_SQL, STALLED_SQL } from './list';
import { ROW_FROM } from './queries';

const zeroes = <K extends string>(ids: readonly { id: K }[]) =>
  Object.fromEntries(ids.map((e) => [e.id, 0])) as Record<K, number>;

/**
 * F19: planned and spent hours and kronor per focus area (priority order, area-less last), over
 * every action of the programme that is not deleted; unestimated amounts count as 0.
 */
export function costsByFocusArea(db: Database, programmeId: string): ActionCostRow[] {
  return cachedStatement(
    db,
    `SELECT fa.id AS focusAreaId, fa.name AS focusAreaName, count(*) AS count,
       coalesce(sum(a.hours_planned), 0) AS hoursPlanned,
       coalesce(sum(a.hours_spent), 0) AS hoursSpent,
       coalesce(sum(a.cost_planned), 0) AS costPlanned,
       coalesce(sum(a.cost_spent), 0) AS costSpent
     ${ROW_FROM}
     WHERE a.programme_id = ? AND a.deleted_at IS NULL
     GROUP BY fa.id
     ORDER BY fa.id IS NULL, fa.candidate, fa.priority, fa.id`,
  ).all(programmeId) as ActionCostRow[];
}

/** The programme's total: the sum of the per-area rows. */
export function totalCosts(rows: ActionCostRow[]): ActionCostRow {
  const total: ActionCostRow = {
    focusAreaId: null,
    focusAreaName: null,
    count: 0,
    hoursPlanned: 0,
    hoursSpent: 0,
    costPlanned: 0,
    costSpent: 0,
  };
  for (const r of rows) {
    total.count += r.count;
    total.hoursPlanned += r.hoursPlanned;
    total.hoursSpent += r.hoursSpent;
    total.costPlanned += r.costPlanned;
    total.costSpent += r.costSpent;
  }
  return total;
}

export function actionSummary(
  db: Database,
  programmeId: string,
  today: string,
  days: number,
): ActionSummary {
  const base = `${ROW_FROM} WHERE a.programme_id = ? AND a.deleted_at IS NULL`;
  const grouped = <K extends string>(column: string) =>
    cachedStatement(db, `SELECT ${column} AS k, count(*) AS n ${base} GROUP BY ${column}`).all(
      programmeId,
    ) as { k: K | number | null; n: number }[];

  const byStatus = zeroes<ActionStatus>(actionStatuses);
  for (const r of grouped<ActionStatus>('a.status')) byStatus[r.k as ActionStatus] = r.n;
  const byKind = zeroes<ActionKind>(actionKinds);
  for (const r of grouped<ActionKind>('a.kind')) byKind[r.k as ActionKind] = r.n;
  const responsibility = zeroes<ResponsibleOrgKind>(responsibleOrgKinds);
  for (const r of grouped<ResponsibleOrgKind>('a.responsible_org_kind')) {
    responsibility[r.k as ResponsibleOrgKind] = r.n;
  }
  const marks = (column: string): [number, number, number] => {
    const out: [number, number, number] = [0, 0, 0];
    for (const r of grouped<never>(column)) {
      if (typeof r.k === 'number' && r.k >= 1 && r.k <= 3) out[r.k - 1] = r.n;
    }
    return out;
  };
  const counts = cachedStatement(
    db,
    `SELECT count(*) AS total,
       coalesce(sum(${STALLED_SQL}), 0) AS stalled,
       coalesce(sum(${INCOMPLETE_SQL}), 0) AS incomplete,
       coalesce(sum(a.experiment), 0) AS experiments
     ${base}`,
  ).get(stalledCutoff(today, days), programmeId) as {
    total: number;
    stalled: number;
    incomplete: number;
    experiments: number;
  };
  const costs = costsByFocusArea(db, programmeId);
  return {
    programmeId,
    ...counts,
    byStatus,
    byKind,
    responsibility,
    realism: marks('a.realism'),
    ambition: marks('a.ambition'),
    costs,
    costTotal: totalCosts(costs),
    stalledDays: days,
  };
}

/** Focus areas (chosen first) and live goals of the programme, for the form and the workshop. */
export function actionOptions(db: Database, programmeId: string, days: number): ActionOptions {
  const areas = cachedStatement(
    db,
    `SELECT id, name, priority, candidate FROM focus_areas
     WHERE programme_id = ? AND deleted_at IS NULL ORDER BY candidate, priority, created_at, id`,
  ).all(programmeId) as { id: string; name: string; priority: number; candidate: number }[];
  const goals = cachedStatement(
    db,
    `SELECT id, text, focus_area_id AS focusAreaId FROM goals
     WHERE programme_id = ? AND deleted_at IS NULL ORDER BY level_kind, created_at, id`,
  ).all(programmeId) as ActionOptions['goals'];
  return {
    focusAreas: areas.map((a) => ({ ...a, candidate: a.candidate === 1 })),
    goals,
    stalledDays: days,
  };
}
