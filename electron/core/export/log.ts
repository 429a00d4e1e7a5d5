// Runs in: main process / Node. The export log (export_log): what was exported, when, from which data.
import type { Database } from 'better-sqlite3';
import type { Page } from '../../../shared/contract';
import type { ExportLogEntry } from '../../../shared/domain/export';
import { newId, nowIso } from '../db/clock';

export interface ExportRecord {
  document: string;
  options: Record<string, unknown>;
  fingerprint: string;
  fileName: string;
  caseId?: string | null;
  stage?: string | null;
}

interface LogRow {
  id: string;
  document: string;
  options: string;
  fingerprint: string;
  fileName: string;
  caseId: string | null;
  stage: string | null;
  createdAt: string;
}

const COLUMNS = `id, document, options, fingerprint, file_name AS fileName, case_id AS caseId,
  stage, created_at AS createdAt`;

function toEntry(row: LogRow): ExportLogEntry {
  let options: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(row.options);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      options = parsed as Record<string, unknown>;
  } catch {
    // A damaged line still shows when and what was exported.
  }
  return { ...row, options };
}

export function recordExport(db: Database, record: ExportRecord, now = nowIso()): ExportLogEntry {
  const id = newId();
  db.prepare(
    `INSERT INTO export_log (id, document, options, fingerprint, file_name, case_id, stage, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    record.document,
    JSON.stringify(record.options),
    record.fingerprint,
    record.fileName,
    record.caseId ?? null,
    record.stage ?? null,
    now,
    now,
  );
  return getExport(db, id)!;
}

export function getExport(db: Database, id: string): ExportLogEntry | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM export_log WHERE id = ?`).get(id) as
    LogRow | undefined;
  return row ? toEntry(row) : null;
}

export interface ExportLogFilter {
  document?: string;
  caseId?: string;
  offset: number;
  limit: number;
}

/** Newest first. */
export function listExports(db: Database, filter: ExportLogFilter): Page<ExportLogEntry> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.document) {
    where.push('document = ?');
    params.push(filter.document);
  }
  if (filter.caseId) {
    where.push('case_id = ?');
    params.push(filter.caseId);
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const { total } = db
    .prepare(`SELECT count(*) AS total FROM export_log ${whereSql}`)
    .get(...params) as {
    total: number;
  };
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM export_log ${whereSql} ORDER BY created_at DESC, id LIMIT ? OFFSET ?`,
    )
    .all(...params, filter.limit, filter.offset) as LogRow[];
  return { rows: rows.map(toEntry), total, offset: filter.offset };
}
