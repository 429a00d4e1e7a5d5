// Runs in: main process / Node. Writes the example municipality's action plan (demoPlans.ts) into
// a programme. Deterministic: the same database and `today` give the same actions with the same
// ids and dates.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ActionContributor } from '../../../shared/domain/actions';
import { AppFailure } from '../../../shared/errors';
import { cachedStatement } from '../search/cachedStatement';
import { insertOrigins, replaceContributors, replaceGoals, replacePartners } from './children';
import { actionPlans, workshopPeople, type ActionPlan, type DemoPerson } from './demoPlans';
import { insertAction, type ActionData } from './queries';

export interface ActionsDemoCounts {
  actions: number;
  fromObstacles: number;
  goalLinks: number;
  partners: number;
  contributors: number;
}

const DAY = 86_400_000;

/** A UUID-shaped id from a label, so that the demo has the same ids on every run. */
function demoId(label: string): string {
  const h = createHash('sha256').update(`actions-demo:${label}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function dayMs(today: string): number {
  const ms = Date.parse(`${today}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(ms)) {
    throw new AppFailure('VALIDATION', {
      sv: `Ogiltigt datum: ${today}. Ange datum som ÅÅÅÅ-MM-DD.`,
      en: `Invalid date: ${today}. Use YYYY-MM-DD.`,
    });
  }
  return ms;
}

function findPerson(db: Database, person: DemoPerson): { id: string | null; name: string } | null {
  if ('name' in person) return { id: null, name: person.name };
  const row = cachedStatement(
    db,
    `SELECT id, name FROM stakeholders
     WHERE role_title = ? AND organisation = ? AND deleted_at IS NULL ORDER BY created_at, id LIMIT 1`,
  ).get(person.role, person.organisation) as { id: string; name: string } | undefined;
  return row ? { id: row.id, name: row.name } : null;
}

function findArea(db: Database, programmeId: string, name: string | undefined): string | null {
  if (!name) return null;
  const row = cachedStatement(
    db,
    'SELECT id FROM focus_areas WHERE programme_id = ? AND name = ? AND deleted_at IS NULL',
  ).get(programmeId, name) as { id: string } | undefined;
  return row?.id ?? null;
}

function findGoals(db: Database, programmeId: string, texts: string[]): string[] {
  if (texts.length === 0) return [];
  const rows = cachedStatement(
    db,
    `SELECT id FROM goals WHERE programme_id = ? AND deleted_at IS NULL
       AND text IN (SELECT value FROM json_each(?)) ORDER BY created_at, id`,
  ).all(programmeId, JSON.stringify(texts)) as { id: string }[];
  return rows.map((r) => r.id);
}

/** The latest live visit obstacle with exactly this text. */
function findObstacle(
  db: Database,
  text: string,
): { id: string; visitId: string; text: string } | null {
  const row = cachedStatement(
    db,
    `SELECT o.id, o.visit_id AS visitId, o.text FROM visit_obstacles o
     JOIN visits v ON v.id = o.visit_id AND v.deleted_at IS NULL
     WHERE o.text = ? ORDER BY v.visit_date DESC, o.id LIMIT 1`,
  ).get(text) as { id: string; visitId: string; text: string } | undefined;
  return row ?? null;
}

function actionData(
  db: Database,
  programmeId: string,
  plan: ActionPlan,
  date: (offset: number | undefined) => string | null,
): ActionData {
  const who = plan.who ? findPerson(db, plan.who) : null;
  return {
    focusAreaId: findArea(db, programmeId, plan.area),
    what: plan.what,
    why: plan.why ?? '',
    how: plan.how ?? '',
    responsibleStakeholderId: who?.id ?? null,
    responsibleName: who?.name ?? '',
    responsibleOrgKind: plan.orgKind ?? 'municipality',
    startDate: date(plan.start),
    dueDate: date(plan.due),
    status: plan.status,
    droppedReason: plan.droppedReason ?? '',
    kind: plan.kind,
    annualMonth: plan.kind === 'annual' ? (plan.annualMonth ?? null) : null,
    experiment: plan.experiment ?? false,
    learningNote: plan.learningNote ?? '',
    realism: plan.realism ?? null,
    ambition: plan.ambition ?? null,
    hoursPlanned: plan.hours?.[0] ?? null,
    hoursSpent: plan.hours?.[1] ?? null,
    costPlanned: plan.cost?.[0] ?? null,
    costSpent: plan.cost?.[1] ?? null,
  };
}

/**
 * Writes about 25 actions into `programmeId`; `today` is YYYY-MM-DD. Uses the programme's focus
 * areas and goals (from the goals demo) and the demo visits' obstacles and stakeholders when they
 * exist, and leaves links out when they do not. Does nothing when the programme has actions.
 */
export function generateActionsDemo(
  db: Database,
  programmeId: string,
  today: string,
): ActionsDemoCounts {
  const counts: ActionsDemoCounts = {
    actions: 0,
    fromObstacles: 0,
    goalLinks: 0,
    partners: 0,
    contributors: 0,
  };
  const existing = db
    .prepare('SELECT count(*) FROM actions WHERE programme_id = ?')
    .pluck()
    .get(programmeId) as number;
  if (existing > 0) return counts;
  const base = dayMs(today);
  const date = (offset: number | undefined) =>
    offset === undefined ? null : new Date(base + offset * DAY).toISOString().slice(0, 10);
  const at = (daysAgo: number, hour: number) =>
    new Date(base - daysAgo * DAY + hour * 3_600_000).toISOString();
  const workshopDaysAgo = 150;
  const workshopDate = date(-workshopDaysAgo)!;

  db.transaction(() => {
    const room: ActionContributor[] = workshopPeople.flatMap(({ person, role }) => {
      const found = findPerson(db, person);
      return found ? [{ stakeholderId: found.id, name: found.name, role }] : [];
    });
    actionPlans.forEach((plan, index) => {
      const id = demoId(plan.key);
      const created = Math.max(plan.updatedDaysAgo, plan.workshop ? workshopDaysAgo : 0) + 30;
      const createdAt = at(created, 9 + (index % 7));
      const lastUpdateAt = at(plan.updatedDaysAgo, 10 + (index % 6));
      insertAction(
        db,
        id,
        programmeId,
        actionData(db, programmeId, plan, date),
        createdAt,
        lastUpdateAt,
      );
      cachedStatement(db, 'UPDATE actions SET updated_at = ? WHERE id = ?').run(lastUpdateAt, id);
      counts.actions += 1;

      const goalIds = findGoals(db, programmeId, plan.goals ?? []);
      replaceGoals(db, id, goalIds, createdAt);
      counts.goalLinks += goalIds.length;
      const partners = (plan.partners ?? []).flatMap((p) => {
        const found = findPerson(db, p);
        return found ? [{ stakeholderId: found.id, name: found.name }] : [];
      });
      replacePartners(db, id, partners, createdAt);
      counts.partners += partners.length;
      if (plan.workshop) {
        replaceContributors(db, id, room, createdAt);
        counts.contributors += room.length;
        insertOrigins(
          db,
          id,
          [
            {
              kind: 'workshop',
              refId: null,
              parentId: null,
              note: `Workshop om handlingsplanen ${workshopDate}`,
            },
          ],
          createdAt,
        );
      }
      const obstacle = plan.obstacle ? findObstacle(db, plan.obstacle) : null;
      if (obstacle) {
        insertOrigins(
          db,
          id,
          [
            {
              kind: 'visit_obstacle',
              refId: obstacle.id,
              parentId: obstacle.visitId,
              note: obstacle.text,
            },
          ],
          createdAt,
        );
        counts.fromObstacles += 1;
      }
    });
  })();
  return counts;
}
