// Runs in: main process / Node. I25 and F26: results become communication. A finished action or a
// goal on track (green, reached or not) gives a suggested plan item in encouraging words; the link
// is kept and shown from both sides; and the results nothing has been told about yet are listed.
import type { Database } from 'better-sqlite3';
import type {
  CommunicationLink,
  CommunicationPrefill,
  SourceKind,
  SourceLinks,
  UntoldResult,
} from '../../../shared/domain/communication';
import type { GoalRow } from '../../../shared/domain/goals';
import { AppFailure } from '../../../shared/errors';
import { goalsByFocusArea, goalView } from '../goals/view';
import { cachedStatement } from '../search/cachedStatement';

interface ActionFacts {
  id: string;
  programmeId: string;
  what: string;
  why: string;
  status: string;
  lastUpdateAt: string;
  partners: number;
}

const sourceGone = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Aktiviteten eller målet finns inte längre. Det kan ha tagits bort.',
    en: 'The action or goal no longer exists. It may have been deleted.',
  });

function actionFacts(db: Database, id: string): ActionFacts | null {
  return (
    (cachedStatement(
      db,
      `SELECT id, programme_id AS programmeId, what, why, status, last_update_at AS lastUpdateAt,
              (SELECT count(*) FROM action_partners WHERE action_id = actions.id) AS partners
       FROM actions WHERE id = ? AND deleted_at IS NULL`,
    ).get(id) as ActionFacts | undefined) ?? null
  );
}

function goalOrNull(db: Database, id: string) {
  try {
    return goalView(db, id);
  } catch (err) {
    if (err instanceof AppFailure) return null;
    throw err;
  }
}

function programmeWhy(db: Database, programmeId: string): string {
  const row = cachedStatement(db, 'SELECT why_text AS why FROM programmes WHERE id = ?').get(
    programmeId,
  ) as { why: string } | undefined;
  return row?.why ?? '';
}

const number = (n: number) => n.toLocaleString('sv-SE', { maximumFractionDigits: 2 });

/** The goal's reached or on-track sentence with the latest value when there is one. */
function goalMessage(goal: GoalRow): string {
  const unit = goal.indicatorUnit ? ` ${goal.indicatorUnit}` : '';
  const values =
    goal.latestValue !== null && goal.targetValue !== null
      ? ` Senaste mätningen visar ${number(goal.latestValue)}${unit}, och målet är ${number(goal.targetValue)}${unit}.`
      : '';
  return goal.status.reached
    ? `Vi har nått målet ”${goal.text}”!${values} Det är ett resultat vi har skapat tillsammans – tack till alla som bidragit.`
    : `Det går åt rätt håll: målet ”${goal.text}” ligger i fas.${values} Tack till alla som drar åt samma håll – vi fortsätter!`;
}

export function prefillFromSource(
  db: Database,
  kind: SourceKind,
  id: string,
): CommunicationPrefill {
  if (kind === 'action') {
    const action = actionFacts(db, id);
    if (!action) throw sourceGone();
    if (action.status !== 'done') {
      throw new AppFailure('VALIDATION', {
        sv: 'Aktiviteten är inte klar än. Berätta om den när den är klar, eller lägg en egen post i planen.',
        en: 'The action is not done yet. Tell about it when it is, or add an item of your own to the plan.',
      });
    }
    return {
      message: `Nu är det klart: ${action.what}. Stort tack till alla som gjorde det möjligt – det här gör skillnad för företagen i kommunen!`,
      why: action.why || programmeWhy(db, action.programmeId),
      audiences:
        action.partners > 0
          ? ['companies', 'politicians', 'regional']
          : ['companies', 'politicians'],
      channel: 'newsletter',
      upward: false,
      source: { kind, id, label: action.what },
    };
  }
  const goal = goalOrNull(db, id);
  if (!goal) throw sourceGone();
  if (goal.status.status !== 'green') {
    throw new AppFailure('VALIDATION', {
      sv: 'Målet är inte i fas eller nått än. Berätta om det när det går åt rätt håll.',
      en: 'The goal is not on track or reached yet. Tell about it when it is.',
    });
  }
  return {
    message: goalMessage(goal),
    why: goal.why || programmeWhy(db, goal.programmeId),
    audiences: ['politicians', 'companies', 'public'],
    channel: 'web',
    upward: true,
    source: { kind, id, label: goal.text },
  };
}

/** Plan items and log entries that tell about the record (directly or through their plan item). */
export function linksOfSource(db: Database, kind: SourceKind, id: string): CommunicationLink[] {
  const plans = cachedStatement(
    db,
    `SELECT 'plan' AS type, id, message AS text, planned_date AS date, status
     FROM communication_plan_items
     WHERE source_kind = ? AND source_id = ? AND deleted_at IS NULL
     ORDER BY created_at, id`,
  ).all(kind, id) as CommunicationLink[];
  const logs = cachedStatement(
    db,
    `SELECT 'log' AS type, l.id, l.what AS text, l.date, NULL AS status
     FROM communication_log l
     LEFT JOIN communication_plan_items p ON p.id = l.plan_item_id AND p.deleted_at IS NULL
     WHERE l.deleted_at IS NULL
       AND ((l.source_kind = ? AND l.source_id = ?) OR (p.source_kind = ? AND p.source_id = ?))
     ORDER BY l.date, l.id`,
  ).all(kind, id, kind, id) as CommunicationLink[];
  return [...plans, ...logs];
}

export function sourceLinks(db: Database, kind: SourceKind, id: string): SourceLinks {
  let eligible = false;
  if (kind === 'action') eligible = actionFacts(db, id)?.status === 'done';
  else eligible = goalOrNull(db, id)?.status.status === 'green';
  return { eligible, links: linksOfSource(db, kind, id) };
}

/** The ids of one kind that some live, not cancelled plan item or live log entry tells about. */
function toldIds(db: Database, kind: SourceKind): Set<string> {
  const ids = cachedStatement(
    db,
    `SELECT source_id FROM communication_plan_items
     WHERE source_kind = ? AND deleted_at IS NULL AND status <> 'cancelled'
     UNION SELECT source_id FROM communication_log WHERE source_kind = ? AND deleted_at IS NULL`,
  )
    .pluck()
    .all(kind, kind) as string[];
  return new Set(ids);
}

/** Finished actions and green goals without communication, the most recent first. */
export function untoldResults(db: Database, programmeId: string): UntoldResult[] {
  const toldActions = toldIds(db, 'action');
  const actions = cachedStatement(
    db,
    `SELECT id, what AS text, substr(last_update_at, 1, 10) AS date FROM actions
     WHERE programme_id = ? AND status = 'done' AND deleted_at IS NULL`,
  ).all(programmeId) as { id: string; text: string; date: string }[];
  const toldGoals = toldIds(db, 'goal');
  const goals = goalsByFocusArea(db, programmeId)
    .groups.flatMap((g) => g.goals)
    .filter((g) => g.status.status === 'green' && !toldGoals.has(g.id));
  const results: UntoldResult[] = [
    ...actions
      .filter((a) => !toldActions.has(a.id))
      .map((a) => ({
        kind: 'action' as const,
        id: a.id,
        text: a.text,
        date: a.date,
        reached: true,
      })),
    ...goals.map((g) => ({
      kind: 'goal' as const,
      id: g.id,
      text: g.text,
      date: g.achievedAt?.slice(0, 10) ?? g.latestDate,
      reached: g.status.reached,
    })),
  ];
  return results.sort(
    (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.text.localeCompare(b.text, 'sv'),
  );
}
