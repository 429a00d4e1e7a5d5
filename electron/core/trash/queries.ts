// Runs in: main process / Node. The trash (papperskorg): soft-deleted records, listed and restored.
import type { Database } from 'better-sqlite3';
import type { Page } from '../../../shared/contract';
import type { TrashItem, TrashKind } from '../../../shared/domain/app';
import { AppFailure } from '../../../shared/errors';
import { nowIso } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';
import { writeAudit } from './audit';
import { presentKinds, trashRegistry } from './registry';

function unionSql(db: Database): string {
  return presentKinds(db)
    .map(
      (kind) =>
        `SELECT '${kind}' AS kind, t.id AS id, ${trashRegistry[kind].title} AS title, t.deleted_at AS deletedAt
         FROM ${trashRegistry[kind].table} t WHERE t.deleted_at IS NOT NULL`,
    )
    .join(' UNION ALL ');
}

export function listTrash(db: Database, offset: number, limit: number): Page<TrashItem> {
  const union = unionSql(db);
  const { total } = cachedStatement(db, `SELECT count(*) AS total FROM (${union})`).get() as {
    total: number;
  };
  const rows = cachedStatement(
    db,
    `SELECT kind, id, title, deletedAt FROM (${union})
     ORDER BY deletedAt DESC, kind, id LIMIT ? OFFSET ?`,
  ).all(limit, offset) as TrashItem[];
  return { rows, total, offset };
}

export const tableOf = (kind: TrashKind): string => trashRegistry[kind].table;

export const notInTrash = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Posten finns inte i papperskorgen. Den kan redan ha återställts eller raderats.',
    en: 'The record is not in the trash. It may already have been restored or erased.',
  });

/** When the record was put in the trash, or null when it is not there. */
export function deletedAt(db: Database, kind: TrashKind, id: string): string | null {
  const row = cachedStatement(db, `SELECT deleted_at AS at FROM ${tableOf(kind)} WHERE id = ?`).get(
    id,
  ) as { at: string | null } | undefined;
  return row?.at ?? null;
}

/**
 * Takes a record out of the trash (the search triggers index it again). A company brings back the
 * visits that were trashed together with it (same deleted_at); a visit waits for its company.
 */
export function restoreFromTrash(db: Database, kind: TrashKind, id: string): void {
  db.transaction(() => {
    const trashedAt = deletedAt(db, kind, id);
    if (trashedAt === null) throw notInTrash();
    const now = nowIso();
    if (kind === 'visit') {
      const company = cachedStatement(
        db,
        `SELECT c.deleted_at AS deletedAt FROM visits v JOIN companies c ON c.id = v.company_id
         WHERE v.id = ?`,
      ).get(id) as { deletedAt: string | null } | undefined;
      if (company?.deletedAt) {
        throw new AppFailure('CONFLICT', {
          sv: 'Företaget som besöket gäller ligger i papperskorgen. Återställ företaget först.',
          en: 'The company of this visit is in the trash. Restore the company first.',
        });
      }
    }
    cachedStatement(
      db,
      `UPDATE ${tableOf(kind)} SET deleted_at = NULL, updated_at = ? WHERE id = ?`,
    ).run(now, id);
    if (kind === 'company') {
      cachedStatement(
        db,
        `UPDATE visits SET deleted_at = NULL, updated_at = ? WHERE company_id = ? AND deleted_at = ?`,
      ).run(now, id, trashedAt);
    }
    writeAudit(db, 'restore', kind, id);
  })();
}
