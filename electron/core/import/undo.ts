// Runs in: main process / Node. Undoes a whole company import in one transaction.
import type { Database } from 'better-sqlite3';
import type { ImportBatch } from '../../../shared/domain/imports';
import { AppFailure } from '../../../shared/errors';
import { nowIso } from '../db/clock';
import { auditImport, selectBatch } from './batchQueries';
import { companyColumns } from './writer';

const restorable = companyColumns.filter((c) => c !== 'id');

/**
 * Updated companies get their previous row back. Inserted companies are erased when nothing else
 * points at them and the officer has not edited them since; otherwise (a visit, a contact, an
 * edit) they go to the trash instead, so no work of the officer's is lost.
 */
export function undoImport(db: Database, batchId: string): ImportBatch {
  return db.transaction(() => {
    const batch = selectBatch(db, batchId);
    if (!batch) {
      throw new AppFailure('NOT_FOUND', {
        sv: 'Importen finns inte.',
        en: 'The import does not exist.',
      });
    }
    if (batch.undoneAt !== null) {
      throw new AppFailure('CONFLICT', {
        sv: `Importen av ${batch.fileName} är redan ångrad.`,
        en: `The import of ${batch.fileName} has already been undone.`,
      });
    }
    const now = nowIso();
    db.prepare(
      `UPDATE companies AS c
       SET ${restorable.map((col) => `${col} = json_extract(ch.previous, '$.${col}')`).join(', ')}
       FROM import_changes ch
       WHERE ch.batch_id = ? AND ch.action = 'update' AND c.id = ch.entity_id`,
    ).run(batchId);
    const inserted = `SELECT entity_id FROM import_changes WHERE batch_id = ? AND action = 'insert'`;
    const erased = db
      .prepare(
        `DELETE FROM companies
         WHERE id IN (${inserted}) AND deleted_at IS NULL AND updated_at = created_at
           AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.company_id = companies.id)
           AND NOT EXISTS (SELECT 1 FROM stakeholders s WHERE s.company_id = companies.id)
           AND NOT EXISTS (SELECT 1 FROM company_contacts cc WHERE cc.company_id = companies.id)`,
      )
      .run(batchId).changes;
    const trashed = db
      .prepare(
        `UPDATE companies SET deleted_at = ?, updated_at = ?
         WHERE id IN (${inserted}) AND deleted_at IS NULL`,
      )
      .run(now, now, batchId).changes;
    db.prepare('UPDATE import_batches SET undone_at = ?, updated_at = ? WHERE id = ?').run(
      now,
      now,
      batchId,
    );
    auditImport(
      db,
      'import_undo',
      batchId,
      JSON.stringify({ erased, trashed, restored: batch.updated }),
      now,
    );
    return selectBatch(db, batchId)!;
  })();
}
