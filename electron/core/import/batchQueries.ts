// Runs in: main process / Node. SQL of import batches (one row per import, kept for undo and history).
import type { Database } from 'better-sqlite3';
import type { ImportBatch } from '../../../shared/domain/imports';
import { newId } from '../db/clock';
import { prepared } from '../companies/statements';

const batchColumns = `id, kind, file_name AS fileName, inserted, updated, skipped,
  created_at AS createdAt, undone_at AS undoneAt`;

export function insertBatch(db: Database, id: string, fileName: string, now: string): void {
  prepared(
    db,
    `INSERT INTO import_batches (id, kind, file_name, created_at, updated_at)
     VALUES (?, 'companies', ?, ?, ?)`,
  ).run(id, fileName, now, now);
}

export function finishBatch(
  db: Database,
  id: string,
  counts: { inserted: number; updated: number; skipped: number },
  now: string,
): void {
  prepared(
    db,
    `UPDATE import_batches SET inserted = @inserted, updated = @updated, skipped = @skipped,
       updated_at = @now WHERE id = @id`,
  ).run({ ...counts, id, now });
}

export function selectBatch(db: Database, id: string): ImportBatch | undefined {
  return prepared<ImportBatch>(db, `SELECT ${batchColumns} FROM import_batches WHERE id = ?`).get(
    id,
  );
}

/** Newest first; a register sees a handful of imports a year, the cap only guards the UI. */
export function selectBatches(db: Database): ImportBatch[] {
  return prepared<ImportBatch>(
    db,
    `SELECT ${batchColumns} FROM import_batches WHERE kind = 'companies'
     ORDER BY created_at DESC LIMIT 500`,
  ).all();
}

/** An audit line without personal data: which batch, what it did. */
export function auditImport(
  db: Database,
  action: 'import' | 'import_undo',
  batchId: string,
  detail: string,
  now: string,
): void {
  prepared(
    db,
    `INSERT INTO audit_log (id, at, action, entity, entity_id, detail)
     VALUES (?, ?, ?, 'import_batch', ?, ?)`,
  ).run(newId(), now, action, batchId, detail);
}
