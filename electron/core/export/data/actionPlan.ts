// Runs in: main process / Node. The data of a handlingsplan (action plan) for a period: the
// programme's actions grouped by focus area in priority order, with the goals they serve, their
// partners and resources, and the cost sums per focus area and programme (F19).
//
// Confidentiality: an action's origin notes can quote a confidential visit, so origins are never
// loaded; the action's own texts are the officer's.
import type { Database } from 'better-sqlite3';
import type { ActionKind, ActionStatus } from '../../../../shared/domain/actions';
import { AppFailure } from '../../../../shared/errors';
import { stalledDays } from '../../actions/settings';
import { currentProgrammeId } from '../../programmes/queries';

export interface ProgrammeQuery {
  /** null: the current programme (the newest when none is marked current). */
  programmeId: string | null;
}

export interface PlanProgramme {
  id: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  status: string;
}

export interface PlanAction {
  id: string;
  what: string;
  why: string;
  how: string;
  responsible: string;
  responsibleOrgKind: 'municipality' | 'other';
  startDate: string | null;
  dueDate: string | null;
  kind: ActionKind;
  annualMonth: number | null;
  status: ActionStatus;
  droppedReason: string;
  lastUpdateAt: string;
  hoursPlanned: number | null;
  hoursSpent: number | null;
  costPlanned: number | null;
  costSpent: number | null;
  partners: string[];
  goals: string[];
}

export interface CostSum {
  actions: number;
  hoursPlanned: number;
  hoursSpent: number;
  costPlanned: number;
  costSpent: number;
}

export interface PlanArea {
  /** null: actions not placed under a focus area. */
  id: string | null;
  name: string;
  actions: PlanAction[];
  costs: CostSum;
}

export interface ActionPlanData {
  programme: PlanProgramme;
  period: { from: string; to: string };
  areas: PlanArea[];
  total: CostSum;
  /** The officer's setting for when an action counts as stalled (I16). */
  stalledDays: number;
}

export const NO_FOCUS_AREA = 'Utan fokusområde';

const noProgramme = () =>
  new AppFailure(
    'NOT_FOUND',
    {
      sv: 'Det finns inget näringslivsprogram att skriva dokumentet för. Lägg upp programmet under Process först.',
      en: 'There is no business programme to write the document for. Create the programme under Process first.',
    },
    { programmeId: 'Välj ett program.' },
  );

/** The programme a document is written for; throws NOT_FOUND with a Swedish message. */
export function loadProgramme(db: Database, programmeId: string | null): PlanProgramme {
  const id =
    programmeId ??
    currentProgrammeId(db) ??
    (db
      .prepare(
        `SELECT id FROM programmes WHERE deleted_at IS NULL
         ORDER BY period_start DESC, created_at DESC LIMIT 1`,
      )
      .pluck()
      .get() as string | undefined) ??
    null;
  if (!id) throw noProgramme();
  const row = db
    .prepare(
      `SELECT id, name, period_start AS periodStart, period_end AS periodEnd, status
       FROM programmes WHERE id = ? AND deleted_at IS NULL`,
    )
    .get(id) as PlanProgramme | undefined;
  if (!row) throw noProgramme();
  return row;
}

export const emptyCosts = (): CostSum => ({
  actions: 0,
  hoursPlanned: 0,
  hoursSpent: 0,
  costPlanned: 0,
  costSpent: 0,
});

export function addCosts(
  sum: CostSum,
  a: Pick<PlanAction, 'hoursPlanned' | 'hoursSpent' | 'costPlanned' | 'costSpent'>,
): void {
  sum.actions += 1;
  sum.hoursPlanned += a.hoursPlanned ?? 0;
  sum.hoursSpent += a.hoursSpent ?? 0;
  sum.costPlanned += a.costPlanned ?? 0;
  sum.costSpent += a.costSpent ?? 0;
}

/** Actions whose time overlaps the period; actions without dates (standing, yearly) always do. */
const IN_PERIOD = `(a.start_date IS NULL OR a.start_date <= @to)
  AND (a.due_date IS NULL OR a.due_date >= @from)`;

const KIND_ORDER: Record<ActionKind, number> = { standing: 0, annual: 1, project: 2 };

type ActionRowRaw = Omit<PlanAction, 'partners' | 'goals'> & { focusAreaId: string | null };

/** Goal texts and partner names per action, each in one query over the programme. */
function childrenOf(db: Database, programmeId: string) {
  const goals = new Map<string, string[]>();
  for (const row of db
    .prepare(
      `SELECT ag.action_id AS actionId, g.text FROM action_goals ag
       JOIN actions a ON a.id = ag.action_id
       JOIN goals g ON g.id = ag.goal_id AND g.deleted_at IS NULL
       WHERE a.programme_id = ? AND a.deleted_at IS NULL
       ORDER BY g.level_kind, g.created_at, g.id`,
    )
    .all(programmeId) as { actionId: string; text: string }[]) {
    const list = goals.get(row.actionId) ?? [];
    list.push(row.text);
    goals.set(row.actionId, list);
  }
  const partners = new Map<string, string[]>();
  for (const row of db
    .prepare(
      `SELECT p.action_id AS actionId, coalesce(s.name, p.name) AS name FROM action_partners p
       JOIN actions a ON a.id = p.action_id
       LEFT JOIN stakeholders s ON s.id = p.stakeholder_id AND s.deleted_at IS NULL
       WHERE a.programme_id = ? AND a.deleted_at IS NULL
       ORDER BY p.created_at, p.id`,
    )
    .all(programmeId) as { actionId: string; name: string }[]) {
    const list = partners.get(row.actionId) ?? [];
    list.push(row.name);
    partners.set(row.actionId, list);
  }
  return { goals, partners };
}

export interface ActionPlanQuery extends ProgrammeQuery {
  from: string;
  to: string;
}

export function loadActionPlanData(db: Database, query: ActionPlanQuery): ActionPlanData {
  const programme = loadProgramme(db, query.programmeId);
  const areas = db
    .prepare(
      `SELECT id, name FROM focus_areas
       WHERE programme_id = ? AND deleted_at IS NULL AND candidate = 0
       ORDER BY priority, name, id`,
    )
    .all(programme.id) as { id: string; name: string }[];
  const rows = db
    .prepare(
      `SELECT a.id, a.focus_area_id AS focusAreaId, a.what, a.why, a.how,
              coalesce(s.name, a.responsible_name) AS responsible,
              a.responsible_org_kind AS responsibleOrgKind, a.start_date AS startDate,
              a.due_date AS dueDate, a.kind, a.annual_month AS annualMonth, a.status,
              a.dropped_reason AS droppedReason, a.last_update_at AS lastUpdateAt,
              a.hours_planned AS hoursPlanned, a.hours_spent AS hoursSpent,
              a.cost_planned AS costPlanned, a.cost_spent AS costSpent
       FROM actions a
       LEFT JOIN stakeholders s ON s.id = a.responsible_stakeholder_id AND s.deleted_at IS NULL
       WHERE a.programme_id = @programmeId AND a.deleted_at IS NULL AND ${IN_PERIOD}
       ORDER BY a.id`,
    )
    .all({ programmeId: programme.id, from: query.from, to: query.to }) as ActionRowRaw[];
  const { goals, partners } = childrenOf(db, programme.id);

  const byArea = new Map<string | null, PlanArea>();
  for (const a of areas)
    byArea.set(a.id, { id: a.id, name: a.name, actions: [], costs: emptyCosts() });
  const loose: PlanArea = { id: null, name: NO_FOCUS_AREA, actions: [], costs: emptyCosts() };
  const total = emptyCosts();
  for (const { focusAreaId, ...row } of rows) {
    const action: PlanAction = {
      ...row,
      goals: goals.get(row.id) ?? [],
      partners: partners.get(row.id) ?? [],
    };
    // An action under a candidate or deleted area is shown with the loose ones.
    const area = (focusAreaId !== null && byArea.get(focusAreaId)) || loose;
    area.actions.push(action);
    addCosts(area.costs, action);
    addCosts(total, action);
  }
  const ordered = [...byArea.values(), ...(loose.actions.length > 0 ? [loose] : [])];
  for (const area of ordered) area.actions.sort(planOrder);
  return {
    programme,
    period: { from: query.from, to: query.to },
    areas: ordered,
    total,
    stalledDays: stalledDays(db),
  };
}

const swedish = new Intl.Collator('sv');

/** Standing activities, the yearly schedule, then projects by date; ties by name. */
function planOrder(a: PlanAction, b: PlanAction): number {
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.annualMonth ?? 0) - (b.annualMonth ?? 0) ||
    (a.startDate ?? a.dueDate ?? '').localeCompare(b.startDate ?? b.dueDate ?? '') ||
    swedish.compare(a.what, b.what) ||
    a.id.localeCompare(b.id)
  );
}
