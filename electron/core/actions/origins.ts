// Runs in: main process / Node. Where actions come from: one click from an obstacle raised at a
// visit to a new action, with the link kept both ways (S10 → I13).
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { actionOriginInput } from '../../../shared/contract/actions';
import type { ActionLink, ActionOriginKind, ActionPrefill } from '../../../shared/domain/actions';
import { AppFailure } from '../../../shared/errors';
import { cachedStatement } from '../search/cachedStatement';
import type { OriginData } from './children';

interface ObstacleRow {
  id: string;
  text: string;
  visitId: string;
  visitDate: string;
  companyName: string;
}

function liveObstacle(db: Database, obstacleId: string): ObstacleRow | null {
  const row = cachedStatement(
    db,
    `SELECT o.id, o.text, v.id AS visitId, v.visit_date AS visitDate, c.name AS companyName
     FROM visit_obstacles o
     JOIN visits v ON v.id = o.visit_id AND v.deleted_at IS NULL
     JOIN companies c ON c.id = v.company_id
     WHERE o.id = ?`,
  ).get(obstacleId) as ObstacleRow | undefined;
  return row ?? null;
}

const obstacleGone = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Hindret finns inte längre. Besöket kan ha ändrats eller tagits bort.',
    en: 'The obstacle no longer exists. The visit may have been changed or deleted.',
  });

function currentProgrammeId(db: Database): string | null {
  const row = cachedStatement(
    db,
    'SELECT id FROM programmes WHERE is_current = 1 AND deleted_at IS NULL',
  ).get() as { id: string } | undefined;
  return row?.id ?? null;
}

export function prefillFromObstacle(db: Database, obstacleId: string): ActionPrefill {
  const obstacle = liveObstacle(db, obstacleId);
  if (!obstacle) throw obstacleGone();
  // An action's "what" is at most 500 characters; an obstacle may be longer (it stays in the note).
  const what = obstacle.text.length > 500 ? `${obstacle.text.slice(0, 499)}…` : obstacle.text;
  return {
    what,
    programmeId: currentProgrammeId(db),
    origin: { kind: 'visit_obstacle', refId: obstacle.id, note: obstacle.text },
    visit: {
      id: obstacle.visitId,
      companyName: obstacle.companyName,
      visitDate: obstacle.visitDate,
    },
  };
}

/**
 * Checks the origins given with a new action and adds what the link needs: the visit of an
 * obstacle (parent_id) and, when no note was written, the obstacle's text.
 */
export function resolveOrigins(
  db: Database,
  origins: z.output<typeof actionOriginInput>[],
): OriginData[] {
  return origins.map((o, i) => {
    if (o.kind === 'visit_obstacle') {
      const obstacle = o.refId ? liveObstacle(db, o.refId) : null;
      if (!obstacle) {
        const msg = 'Hindret finns inte längre.';
        throw new AppFailure(
          'VALIDATION',
          { sv: msg, en: 'The obstacle no longer exists.' },
          { [`origins.${i}.refId`]: msg },
        );
      }
      return {
        kind: o.kind,
        refId: obstacle.id,
        parentId: obstacle.visitId,
        note: o.note || obstacle.text,
      };
    }
    if (o.kind === 'visit') {
      const live = o.refId
        ? cachedStatement(db, 'SELECT 1 FROM visits WHERE id = ? AND deleted_at IS NULL').get(
            o.refId,
          )
        : undefined;
      if (!live) {
        const msg = 'Besöket finns inte längre.';
        throw new AppFailure(
          'VALIDATION',
          { sv: msg, en: 'The visit no longer exists.' },
          { [`origins.${i}.refId`]: msg },
        );
      }
    }
    return { kind: o.kind, refId: o.refId, parentId: null, note: o.note };
  });
}

const LINK_SELECT = `
  SELECT DISTINCT a.id, a.what, a.status, o.kind AS originKind, o.ref_id AS originRefId,
         a.created_at AS createdAt
  FROM action_origins o JOIN actions a ON a.id = o.action_id AND a.deleted_at IS NULL`;

/** The actions made from a record; for a visit, also those made from its obstacles. */
export function actionsByOrigin(db: Database, kind: ActionOriginKind, refId: string): ActionLink[] {
  const rows =
    kind === 'visit'
      ? cachedStatement(
          db,
          `${LINK_SELECT}
           WHERE (o.kind = 'visit' AND o.ref_id = ?) OR (o.kind = 'visit_obstacle' AND o.parent_id = ?)
           ORDER BY a.created_at, a.id LIMIT 200`,
        ).all(refId, refId)
      : cachedStatement(
          db,
          `${LINK_SELECT} WHERE o.kind = ? AND o.ref_id = ? ORDER BY a.created_at, a.id LIMIT 200`,
        ).all(kind, refId);
  return (rows as ActionLink[]).map((r) => ({
    id: r.id,
    what: r.what,
    status: r.status,
    originKind: r.originKind,
    originRefId: r.originRefId,
  }));
}
