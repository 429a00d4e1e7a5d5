// Runs in: main process / Node. The red thread as a tree (F03): vision → chosen focus areas →
// programme goals (with the action-plan goals under them) → actions → the latest measurement.
// What hangs loose (goals without an area, actions without a goal) is gathered in groups, so
// nothing disappears from the view.
import type { Database } from 'better-sqlite3';
import type { ActionStatus } from '../../../shared/domain/actions';
import type { RedThread, RedThreadBreak, RedThreadNode } from '../../../shared/domain/redThread';
import { selectFocusAreas } from '../focusAreas/queries';
import {
  selectProgrammeGoals,
  selectProgrammeMeasurements,
  type GoalRecord,
} from '../goals/queries';
import { statusOf } from '../goals/view';
import { cachedStatement } from '../search/cachedStatement';
import { programmeText, redThreadBreaks } from './breaks';

interface ActionRow {
  id: string;
  what: string;
  status: ActionStatus;
  focusAreaId: string | null;
}

const formatValue = (value: number) => value.toLocaleString('sv-SE', { maximumFractionDigits: 2 });

export function redThread(db: Database, programmeId: string): RedThread {
  const programme = programmeText(db, programmeId);
  const breaks = redThreadBreaks(db, programmeId);
  const breakCount = new Map<string, number>();
  for (const b of breaks) breakCount.set(b.subjectId, (breakCount.get(b.subjectId) ?? 0) + 1);
  const count = (id: string) => breakCount.get(id) ?? 0;

  const areas = selectFocusAreas(db, programmeId).filter((a) => !a.candidate);
  const areaIds = new Set(areas.map((a) => a.id));
  const goals = selectProgrammeGoals(db, programmeId);
  const goalIds = new Set(goals.map((g) => g.id));
  const series = new Map<string, { date: string; value: number }[]>();
  for (const m of selectProgrammeMeasurements(db, programmeId)) {
    series.set(m.goalId, [...(series.get(m.goalId) ?? []), m]);
  }
  const actions = cachedStatement(
    db,
    `SELECT id, what, status, focus_area_id AS focusAreaId FROM actions
     WHERE programme_id = ? AND deleted_at IS NULL AND status <> 'dropped'
     ORDER BY due_date IS NULL, due_date, created_at, id`,
  ).all(programmeId) as ActionRow[];
  const links = cachedStatement(
    db,
    `SELECT ag.action_id AS actionId, ag.goal_id AS goalId FROM action_goals ag
     JOIN actions a ON a.id = ag.action_id WHERE a.programme_id = ?`,
  ).all(programmeId) as { actionId: string; goalId: string }[];
  const actionsByGoal = new Map<string, ActionRow[]>();
  const linked = new Set<string>();
  const byId = new Map(actions.map((a) => [a.id, a]));
  for (const l of links) {
    const action = byId.get(l.actionId);
    if (!action || !goalIds.has(l.goalId)) continue;
    linked.add(action.id);
    actionsByGoal.set(l.goalId, [...(actionsByGoal.get(l.goalId) ?? []), action]);
  }

  const actionNode = (a: ActionRow, parent: string): RedThreadNode => ({
    key: `${parent}/action:${a.id}`,
    kind: 'action',
    id: a.id,
    title: a.what,
    goalStatus: null,
    actionStatus: a.status,
    detail: '',
    breakCount: count(a.id),
    link: { route: ['actions', a.id] },
    children: [],
  });

  const childrenOf = new Map<string, GoalRecord[]>();
  for (const g of goals) {
    if (g.parentGoalId && goalIds.has(g.parentGoalId)) {
      childrenOf.set(g.parentGoalId, [...(childrenOf.get(g.parentGoalId) ?? []), g]);
    }
  }

  const goalNode = (g: GoalRecord, parent: string): RedThreadNode => {
    const key = `${parent}/goal:${g.id}`;
    const measurements = series.get(g.id) ?? [];
    const status = statusOf(g, measurements);
    const latest = measurements.at(-1);
    const measurement: RedThreadNode = {
      key: `${key}/measurement`,
      kind: 'measurement',
      id: g.id,
      title: g.indicatorName,
      goalStatus: status,
      actionStatus: null,
      detail: latest
        ? `${formatValue(latest.value)}${g.indicatorUnit ? ` ${g.indicatorUnit}` : ''} (${latest.date})`
        : '',
      breakCount: 0,
      link: { route: ['goals', g.id] },
      children: [],
    };
    return {
      key,
      kind: 'goal',
      id: g.id,
      title: g.text,
      goalStatus: status,
      actionStatus: null,
      detail: '',
      breakCount: count(g.id),
      link: { route: ['goals', g.id] },
      children: [
        ...(childrenOf.get(g.id) ?? []).map((c) => goalNode(c, key)),
        ...(actionsByGoal.get(g.id) ?? []).map((a) => actionNode(a, key)),
        measurement,
      ],
    };
  };

  const group = (id: string, parent: string, children: RedThreadNode[]): RedThreadNode[] =>
    children.length === 0
      ? []
      : [
          {
            key: `${parent}/group:${id}`,
            kind: 'group',
            id,
            title: '',
            goalStatus: null,
            actionStatus: null,
            detail: '',
            breakCount: 0,
            link: null,
            children,
          },
        ];

  const isTop = (g: GoalRecord) => !(g.parentGoalId && goalIds.has(g.parentGoalId));
  const areaNodes: RedThreadNode[] = areas.map((a) => {
    const key = `vision/area:${a.id}`;
    const loose = actions.filter((x) => x.focusAreaId === a.id && !linked.has(x.id));
    return {
      key,
      kind: 'focusArea',
      id: a.id,
      title: a.name,
      goalStatus: null,
      actionStatus: null,
      detail: '',
      breakCount: count(a.id),
      link: { route: ['goals', 'areas', a.id] },
      children: [
        ...goals.filter((g) => g.focusAreaId === a.id && isTop(g)).map((g) => goalNode(g, key)),
        ...group(
          'actionsWithoutGoal',
          key,
          loose.map((x) => actionNode(x, `${key}/loose`)),
        ),
      ],
    };
  });
  const outsideKey = 'vision/outside';
  const outside = group('outsideFocusAreas', 'vision', [
    ...goals
      .filter((g) => !(g.focusAreaId && areaIds.has(g.focusAreaId)) && isTop(g))
      .map((g) => goalNode(g, outsideKey)),
    ...actions
      .filter((x) => !linked.has(x.id) && !(x.focusAreaId && areaIds.has(x.focusAreaId)))
      .map((x) => actionNode(x, outsideKey)),
  ]);

  return {
    programmeId,
    programmeName: programme.name,
    tree: {
      key: 'vision',
      kind: 'vision',
      id: programmeId,
      title: programme.visionText,
      goalStatus: null,
      actionStatus: null,
      detail: '',
      breakCount: breaks.filter((b: RedThreadBreak) => b.subjectKind === 'programme').length,
      link: { route: ['process', 'purpose'] },
      children: [...areaNodes, ...outside],
    },
    breaks,
  };
}
