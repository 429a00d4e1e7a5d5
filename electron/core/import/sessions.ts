// Runs in: main process / Node. A stepped import: one transaction held open across calls, for real progress.
import type { Database } from 'better-sqlite3';
import type { ImportBatch, ImportProgress, ImportReport } from '../../../shared/domain/imports';
import { AppFailure } from '../../../shared/errors';
import type { AppContext } from '../app/context';
import { requireDb } from '../app/requireDb';
import { newId, nowIso } from '../db/clock';
import { insertBatch } from './batchQueries';
import { assertSomethingToImport, closeBatch, type ImportFileInput } from './importFile';
import { suggestMapping } from './mapping';
import { readImportTable } from './table';
import { prepareImport, type ImportRecord } from './validate';
import { createImportWriter, type ChunkCounts, type ImportWriter } from './writer';

/** Rows per step: large enough to be fast, small enough for the progress bar to move. */
export const importChunkSize = 5000;
/** A session nobody has stepped for this long (the window was closed) may be rolled back. */
const staleAfterMs = 10 * 60_000;

interface ImportSession {
  id: string;
  db: Database;
  batchId: string;
  records: ImportRecord[];
  next: number;
  report: ImportReport;
  counts: ChunkCounts;
  writer: ImportWriter;
  touchedAt: number;
}

const sessions = new Map<string, ImportSession>();

const progress = (s: ImportSession, batch: ImportBatch | null): ImportProgress => ({
  sessionId: s.id,
  done: s.next,
  total: s.records.length,
  finished: batch !== null,
  batch,
  report: s.report,
});

function importFailed(err: unknown): AppFailure {
  if (err instanceof AppFailure) return err;
  const reason = err instanceof Error ? err.message : String(err);
  return new AppFailure('IMPORT', {
    sv: `Importen avbröts och inget sparades: ${reason}`,
    en: `The import was stopped and nothing was saved: ${reason}`,
  });
}

function rollback(db: Database): void {
  if (db.open && db.inTransaction) db.exec('ROLLBACK');
}

/** Ends a session without saving: rolls back its transaction and lets other writes in again. */
function abort(ctx: AppContext, session: ImportSession): void {
  sessions.delete(session.id);
  try {
    rollback(session.db);
  } finally {
    if (ctx.writeLock === session.id) ctx.writeLock = null;
  }
}

function releaseStaleSession(ctx: AppContext): void {
  const holder = ctx.writeLock === null ? undefined : sessions.get(ctx.writeLock);
  if (holder && Date.now() - holder.touchedAt > staleAfterMs) abort(ctx, holder);
}

export async function startImportSession(
  ctx: AppContext,
  input: ImportFileInput,
): Promise<ImportProgress> {
  const db = requireDb(ctx);
  // Reading an .xlsx is asynchronous, so it happens before the database is held.
  const table = await readImportTable(input.fileName, input.bytes);
  const mapping = input.mapping ?? suggestMapping(table.headers);
  releaseStaleSession(ctx);
  if (ctx.writeLock !== null || db.inTransaction) {
    throw new AppFailure('CONFLICT', {
      sv: 'En annan import pågår redan. Vänta tills den är klar eller avbryt den.',
      en: 'Another import is already running. Wait until it has finished or cancel it.',
    });
  }
  const id = newId();
  ctx.writeLock = id;
  try {
    db.exec('BEGIN IMMEDIATE');
    // Duplicates are looked up inside the transaction, so nothing can change under the import.
    const { records, report } = prepareImport(db, table, mapping, input.duplicates);
    assertSomethingToImport(report);
    const batchId = newId();
    const now = nowIso();
    insertBatch(db, batchId, input.fileName, now);
    const session: ImportSession = {
      id,
      db,
      batchId,
      records,
      next: 0,
      report,
      counts: { inserted: 0, updated: 0, skipped: 0 },
      writer: createImportWriter(db, batchId, now),
      touchedAt: Date.now(),
    };
    sessions.set(id, session);
    return progress(session, null);
  } catch (err) {
    sessions.delete(id);
    rollback(db);
    ctx.writeLock = null;
    throw importFailed(err);
  }
}

/** Writes the next chunk; the last one commits and releases the database. */
export function stepImportSession(ctx: AppContext, sessionId: string): ImportProgress {
  const session = sessions.get(sessionId);
  if (!session || ctx.writeLock !== sessionId || ctx.db !== session.db) {
    if (session) abort(ctx, session);
    throw new AppFailure('NOT_FOUND', {
      sv: 'Importen pågår inte längre. Starta den igen.',
      en: 'The import is no longer running. Start it again.',
    });
  }
  try {
    const chunk = session.records.slice(session.next, session.next + importChunkSize);
    const written = session.writer.write(chunk);
    session.counts.inserted += written.inserted;
    session.counts.updated += written.updated;
    session.counts.skipped += written.skipped;
    session.next += chunk.length;
    session.touchedAt = Date.now();
    if (session.next < session.records.length) return progress(session, null);
    const batch = closeBatch(session.db, session.batchId, session.counts);
    session.db.exec('COMMIT');
    sessions.delete(sessionId);
    ctx.writeLock = null;
    return progress(session, batch);
  } catch (err) {
    abort(ctx, session);
    throw importFailed(err);
  }
}

export function cancelImportSession(ctx: AppContext, sessionId: string): { cancelled: boolean } {
  const session = sessions.get(sessionId);
  if (!session) return { cancelled: false };
  abort(ctx, session);
  return { cancelled: true };
}

/** Undo and other import writes must wait while a stepped import holds the database. */
export function assertNoImportRunning(ctx: AppContext): void {
  if (ctx.writeLock !== null) {
    throw new AppFailure('CONFLICT', {
      sv: 'En import pågår. Vänta tills den är klar.',
      en: 'An import is running. Wait until it has finished.',
    });
  }
}
