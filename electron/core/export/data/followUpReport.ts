// Runs in: main process / Node. The data of an uppföljningsrapport (follow-up report) for a period:
// goals with their indicator series and status at the period's end, the actions finished,
// started, stalled and dropped in the period, costs planned vs spent (F19), target revisions
// (F08) and, when the follow-up feature's tables exist, the latest follow-up's judgements and
// lessons (F04, F06).
//
// Confidentiality: nothing here reads visit or interview text.
import type { Database } from 'better-sqlite3';
import type { ActionStatus } from '../../../../shared/domain/actions';
import type { Direction, GoalLevelKind, GoalStatus } from '../../../../shared/domain/goals';
import { stalledDays } from '../../actions/settings';
import { goalStatus } from '../../goals/status';
import {
  addCosts,
  emptyCosts,
  loadProgramme,
  NO_FOCUS_AREA,
  type CostSum,
  type PlanProgramme,
  type ProgrammeQuery,
} from './actionPlan';

export interface ReportQuery extends ProgrammeQuery {
  from: string;
  to: string;
}

export interface ReportMeasurement {
  date: string;
  value: number;
}

export interface ReportGoal {
  id: string;
  text: string;
  focusArea: string;
  levelKind: GoalLevelKind;
  indicatorName: string;
  indicatorUnit: string;
  direction: Direction;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
  /** Measurements up to the period's end, oldest first. */
  measurements: ReportMeasurement[];
  /** The latest measurement before the period: the trend compares with it. */
  before: ReportMeasurement | null;
  /** The status on the period's last day. */
  status: GoalStatus;
}

export interface ReportAction {
  id: string;
  what: string;
  focusArea: string;
  status: ActionStatus;
  startDate: string | null;
  dueDate: string | null;
  lastUpdateAt: string;
  droppedReason: string;
  learningNote: string;
  experiment: boolean;
  costPlanned: number | null;
  costSpent: number | null;
  hoursPlanned: number | null;
  hoursSpent: number | null;
}

export interface ReportRevision {
  goal: string;
  changedAt: string;
  oldTargetValue: number | null;
  newTargetValue: number | null;
  oldTargetDate: string | null;
  newTargetDate: string | null;
  reason: string;
}

export interface FollowUpJudgement {
  subject: string;
  focusArea: string | null;
  status: string;
  comment: string;
}

export interface FollowUpRecordSummary {
  periodStart: string;
  periodEnd: string;
  heldOn: string | null;
  closed: boolean;
  summary: string;
  droppedNotes: string;
  goals: FollowUpJudgement[];
  actions: FollowUpJudgement[];
  lessons: {
    text: string;
    about: string | null;
    outcome: 'none' | 'new_action' | 'changed_action';
  }[];
}

export interface FollowUpReportData {
  programme: PlanProgramme;
  period: { from: string; to: string };
  goals: ReportGoal[];
  /** Every live action of the programme; the builder sorts them into finished, started … */
  actions: ReportAction[];
  costs: { area: string; costs: CostSum }[];
  total: CostSum;
  revisions: ReportRevision[];
  /** The latest follow-up record up to the period's end, when the feature exists and has one. */
  followUp: FollowUpRecordSummary | null;
  stalledDays: number;
}

interface GoalRow {
  id: string;
  text: string;
  focusArea: string | null;
  levelKind: GoalLevelKind;
  indicatorName: string;
  indicatorUnit: string;
  direction: Direction;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
  statusOverride: 'green' | 'yellow' | 'red' | null;
  statusOverrideComment: string;
  achievedAt: string | null;
}

function loadGoals(
  db: Database,
  programmeId: string,
  period: { from: string; to: string },
): ReportGoal[] {
  const rows = db
    .prepare(
      `SELECT g.id, g.text, fa.name AS focusArea, g.level_kind AS levelKind,
              g.indicator_name AS indicatorName, g.indicator_unit AS indicatorUnit, g.direction,
              g.baseline_value AS baselineValue, g.baseline_date AS baselineDate,
              g.target_value AS targetValue, g.target_date AS targetDate,
              g.status_override AS statusOverride,
              g.status_override_comment AS statusOverrideComment, g.achieved_at AS achievedAt
       FROM goals g
       LEFT JOIN focus_areas fa ON fa.id = g.focus_area_id AND fa.deleted_at IS NULL
       WHERE g.programme_id = ? AND g.deleted_at IS NULL
       ORDER BY fa.id IS NULL, fa.candidate, fa.priority, g.level_kind = 'action_plan', g.created_at, g.id`,
    )
    .all(programmeId) as GoalRow[];
  const series = new Map<string, ReportMeasurement[]>();
  for (const m of db
    .prepare(
      `SELECT m.goal_id AS goalId, m.date, m.value
       FROM goal_measurements m JOIN goals g ON g.id = m.goal_id
       WHERE g.programme_id = ? AND g.deleted_at IS NULL AND m.deleted_at IS NULL AND m.date <= ?
       ORDER BY m.date, m.created_at, m.id`,
    )
    .all(programmeId, period.to) as (ReportMeasurement & { goalId: string })[]) {
    const list = series.get(m.goalId) ?? [];
    list.push({ date: m.date, value: m.value });
    series.set(m.goalId, list);
  }
  return rows.map((g) => {
    const measurements = series.get(g.id) ?? [];
    const earlier = measurements.filter((m) => m.date < period.from);
    const achievedAt = g.achievedAt && g.achievedAt <= period.to ? g.achievedAt : null;
    return {
      id: g.id,
      text: g.text,
      focusArea: g.focusArea ?? NO_FOCUS_AREA,
      levelKind: g.levelKind,
      indicatorName: g.indicatorName,
      indicatorUnit: g.indicatorUnit,
      direction: g.direction,
      baselineValue: g.baselineValue,
      baselineDate: g.baselineDate,
      targetValue: g.targetValue,
      targetDate: g.targetDate,
      measurements,
      before: earlier[earlier.length - 1] ?? null,
      status: goalStatus({
        direction: g.direction,
        baselineValue: g.baselineValue,
        baselineDate: g.baselineDate,
        targetValue: g.targetValue,
        targetDate: g.targetDate,
        measurements,
        statusOverride: g.statusOverride,
        statusOverrideComment: g.statusOverrideComment,
        achievedAt,
      }),
    };
  });
}

function loadActions(db: Database, programmeId: string): ReportAction[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.what, fa.name AS focusArea, a.status, a.start_date AS startDate,
              a.due_date AS dueDate, a.last_update_at AS lastUpdateAt,
              a.dropped_reason AS droppedReason, a.learning_note AS learningNote, a.experiment,
              a.cost_planned AS costPlanned, a.cost_spent AS costSpent,
              a.hours_planned AS hoursPlanned, a.hours_spent AS hoursSpent
       FROM actions a
       LEFT JOIN focus_areas fa ON fa.id = a.focus_area_id AND fa.deleted_at IS NULL
       WHERE a.programme_id = ? AND a.deleted_at IS NULL
       ORDER BY fa.id IS NULL, fa.candidate, fa.priority, a.what, a.id`,
    )
    .all(programmeId) as (Omit<ReportAction, 'experiment' | 'focusArea'> & {
    experiment: number;
    focusArea: string | null;
  })[];
  return rows.map((a) => ({
    ...a,
    focusArea: a.focusArea ?? NO_FOCUS_AREA,
    experiment: a.experiment === 1,
  }));
}

function costsOf(actions: readonly ReportAction[]) {
  const byArea = new Map<string, CostSum>();
  const total = emptyCosts();
  for (const a of actions) {
    const sum = byArea.get(a.focusArea) ?? emptyCosts();
    addCosts(sum, a);
    addCosts(total, a);
    byArea.set(a.focusArea, sum);
  }
  return { costs: [...byArea].map(([area, costs]) => ({ area, costs })), total };
}

function loadRevisions(
  db: Database,
  programmeId: string,
  period: { from: string; to: string },
): ReportRevision[] {
  return db
    .prepare(
      `SELECT g.text AS goal, r.changed_at AS changedAt, r.old_target_value AS oldTargetValue,
              r.new_target_value AS newTargetValue, r.old_target_date AS oldTargetDate,
              r.new_target_date AS newTargetDate, r.reason
       FROM goal_revisions r JOIN goals g ON g.id = r.goal_id
       WHERE g.programme_id = ? AND g.deleted_at IS NULL
         AND substr(r.changed_at, 1, 10) BETWEEN ? AND ?
       ORDER BY r.changed_at, r.id`,
    )
    .all(programmeId, period.from, period.to) as ReportRevision[];
}

const hasTable = (db: Database, name: string): boolean =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !==
  undefined;

/** The latest follow-up up to the period's end (a closed one before a draft), when recorded. */
export function loadLatestFollowUp(
  db: Database,
  programmeId: string,
  to: string,
): FollowUpRecordSummary | null {
  if (!hasTable(db, 'follow_ups')) return null;
  const record = db
    .prepare(
      `SELECT id, period_start AS periodStart, period_end AS periodEnd, held_on AS heldOn,
              status, summary, dropped_notes AS droppedNotes
       FROM follow_ups
       WHERE programme_id = ? AND deleted_at IS NULL AND period_start <= ?
       ORDER BY status = 'closed' DESC, period_end DESC, id LIMIT 1`,
    )
    .get(programmeId, to) as
    | {
        id: string;
        periodStart: string;
        periodEnd: string;
        heldOn: string | null;
        status: string;
        summary: string;
        droppedNotes: string;
      }
    | undefined;
  if (!record) return null;
  const goals = db
    .prepare(
      `SELECT goal_text AS subject, focus_area_name AS focusArea, status, comment
       FROM follow_up_goal_judgements WHERE follow_up_id = ? ORDER BY position, goal_id`,
    )
    .all(record.id) as FollowUpJudgement[];
  const actions = db
    .prepare(
      `SELECT what AS subject, focus_area_name AS focusArea, status, comment
       FROM follow_up_action_judgements WHERE follow_up_id = ? ORDER BY position, action_id`,
    )
    .all(record.id) as FollowUpJudgement[];
  const lessons = db
    .prepare(
      `SELECT l.text, coalesce(g.text, a.what) AS about, l.outcome
       FROM follow_up_lessons l
       LEFT JOIN goals g ON g.id = l.goal_id AND g.deleted_at IS NULL
       LEFT JOIN actions a ON a.id = l.action_id AND a.deleted_at IS NULL
       WHERE l.follow_up_id = ? ORDER BY l.created_at, l.id`,
    )
    .all(record.id) as FollowUpRecordSummary['lessons'];
  return {
    periodStart: record.periodStart,
    periodEnd: record.periodEnd,
    heldOn: record.heldOn,
    closed: record.status === 'closed',
    summary: record.summary,
    droppedNotes: record.droppedNotes,
    goals,
    actions,
    lessons,
  };
}

export function loadFollowUpReportData(db: Database, query: ReportQuery): FollowUpReportData {
  const programme = loadProgramme(db, query.programmeId);
  const period = { from: query.from, to: query.to };
  const actions = loadActions(db, programme.id);
  return {
    programme,
    period,
    goals: loadGoals(db, programme.id, period),
    actions,
    ...costsOf(actions),
    revisions: loadRevisions(db, programme.id, period),
    followUp: loadLatestFollowUp(db, programme.id, period.to),
    stalledDays: stalledDays(db),
  };
}
