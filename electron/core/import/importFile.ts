// Runs in: main process / Node. Reading, checking and running a whole company import in one call.
import type { Database } from 'better-sqlite3';
import type { ImportBatch, ImportPreview, ImportReport } from '../../../shared/domain/imports';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import { auditImport, finishBatch, insertBatch, selectBatch } from './batchQueries';
import { suggestMapping } from './mapping';
import { isBlankRow, readImportTable } from './table';
import { prepareImport, type DuplicateRule } from './validate';
import { createImportWriter, type ChunkCounts } from './writer';

export interface ImportFileInput {
  fileName: string;
  bytes: Buffer;
  /** header → field ('' = ignore); defaults to the suggested mapping. */
  mapping?: Record<string, string>;
  duplicates: DuplicateRule;
}

const sampleSize = 10;

export async function previewImport(fileName: string, bytes: Buffer): Promise<ImportPreview> {
  const table = await readImportTable(fileName, bytes);
  const filled = table.rows.filter((r) => !isBlankRow(r));
  return {
    encoding: table.encoding,
    delimiter: table.delimiter,
    headers: table.headers,
    sampleRows: filled.slice(0, sampleSize).map((r) => table.headers.map((_, i) => r[i] ?? '')),
    rowCount: filled.length,
    suggestedMapping: suggestMapping(table.headers),
  };
}

/** Reads and validates the file; nothing is written. */
export async function checkImport(db: Database, input: ImportFileInput): Promise<ImportReport> {
  const table = await readImportTable(input.fileName, input.bytes);
  const mapping = input.mapping ?? suggestMapping(table.headers);
  return prepareImport(db, table, mapping, input.duplicates).report;
}

export function assertSomethingToImport(report: ImportReport): void {
  if (report.valid === 0) {
    throw new AppFailure('IMPORT', {
      sv: 'Ingen rad i filen kan importeras. Rätta felen i listan och försök igen.',
      en: 'No line of the file can be imported. Fix the errors in the list and try again.',
    });
  }
}

/** Writes the batch's totals and an audit line; the caller commits. */
export function closeBatch(db: Database, batchId: string, counts: ChunkCounts): ImportBatch {
  const now = nowIso();
  finishBatch(db, batchId, counts, now);
  auditImport(db, 'import', batchId, JSON.stringify(counts), now);
  return selectBatch(db, batchId)!;
}

/**
 * The whole import in one transaction (for the command line and the benchmark; the app uses the
 * stepped session so it can show progress). Rows with errors are left out and listed in the report.
 */
export async function importCompaniesFile(
  db: Database,
  input: ImportFileInput,
): Promise<{ batch: ImportBatch; report: ImportReport }> {
  const table = await readImportTable(input.fileName, input.bytes);
  const mapping = input.mapping ?? suggestMapping(table.headers);
  return db.transaction(() => {
    const { records, report } = prepareImport(db, table, mapping, input.duplicates);
    assertSomethingToImport(report);
    const batchId = newId();
    const now = nowIso();
    insertBatch(db, batchId, input.fileName, now);
    const counts = createImportWriter(db, batchId, now).write(records);
    return { batch: closeBatch(db, batchId, counts), report };
  })();
}
