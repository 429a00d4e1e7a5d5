// Runs in: main process / Node. The analysis texts of a programme (one per kind, created on first
// save) with their sources, and the focus areas' own nuläge/önskat läge shown beside.
import type { Database } from 'better-sqlite3';
import {
  analysisTextKinds,
  type AnalysisSource,
  type AnalysisText,
  type AnalysisTextKind,
  type AnalysisTexts,
  type FocusAreaStates,
} from '../../../shared/domain/analysisTexts';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';
import { requireLiveProgramme } from './programme';

interface SourceFields {
  title: string;
  publisher: string;
  year: number | null;
  reference: string;
  note: string;
}

const sourceNotFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Källan finns inte längre. Den kan ha tagits bort.',
    en: 'The source no longer exists. It may have been deleted.',
  });

const SOURCE_SQL = `SELECT id, text_id AS textId, title, publisher, year, reference, note,
  created_at AS createdAt FROM analysis_sources`;

function sourcesOf(db: Database, textId: string): AnalysisSource[] {
  return cachedStatement(
    db,
    `${SOURCE_SQL} WHERE text_id = ? AND deleted_at IS NULL ORDER BY created_at, id`,
  ).all(textId) as AnalysisSource[];
}

interface TextRow {
  id: string;
  kind: AnalysisTextKind;
  title: string;
  body: string;
  updatedAt: string;
}

function textRow(db: Database, programmeId: string, kind: AnalysisTextKind): TextRow | undefined {
  return cachedStatement(
    db,
    `SELECT id, kind, title, body, updated_at AS updatedAt FROM analysis_texts
     WHERE programme_id = ? AND kind = ?`,
  ).get(programmeId, kind) as TextRow | undefined;
}

function toText(db: Database, programmeId: string, kind: AnalysisTextKind): AnalysisText {
  const row = textRow(db, programmeId, kind);
  if (!row)
    return { id: null, programmeId, kind, title: '', body: '', updatedAt: null, sources: [] };
  return { ...row, programmeId, sources: sourcesOf(db, row.id) };
}

export function getAnalysisTexts(db: Database, programmeId: string): AnalysisTexts {
  requireLiveProgramme(db, programmeId);
  const focusAreas = cachedStatement(
    db,
    `SELECT id, name, current_state AS currentState, desired_state AS desiredState
     FROM focus_areas WHERE programme_id = ? AND deleted_at IS NULL
     ORDER BY candidate, priority, name`,
  ).all(programmeId) as FocusAreaStates[];
  return {
    programmeId,
    texts: analysisTextKinds.map((k) => toText(db, programmeId, k.id)),
    focusAreas,
  };
}

/** The text's row id, created empty when the kind has never been saved. */
function ensureText(
  db: Database,
  programmeId: string,
  kind: AnalysisTextKind,
  now: string,
): string {
  const row = textRow(db, programmeId, kind);
  if (row) return row.id;
  const id = newId();
  cachedStatement(
    db,
    `INSERT INTO analysis_texts (id, programme_id, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
  ).run(id, programmeId, kind, now, now);
  return id;
}

export function saveAnalysisText(
  db: Database,
  input: { programmeId: string; kind: AnalysisTextKind; title: string; body: string },
): AnalysisText {
  return db.transaction(() => {
    requireLiveProgramme(db, input.programmeId);
    const now = nowIso();
    const id = ensureText(db, input.programmeId, input.kind, now);
    cachedStatement(
      db,
      'UPDATE analysis_texts SET title = ?, body = ?, updated_at = ? WHERE id = ?',
    ).run(input.title, input.body, now, id);
    return toText(db, input.programmeId, input.kind);
  })();
}

function getSource(db: Database, id: string): AnalysisSource {
  const row = cachedStatement(db, `${SOURCE_SQL} WHERE id = ? AND deleted_at IS NULL`).get(id) as
    AnalysisSource | undefined;
  if (!row) throw sourceNotFound();
  return row;
}

export function addAnalysisSource(
  db: Database,
  input: SourceFields & { programmeId: string; kind: AnalysisTextKind },
): AnalysisSource {
  return db.transaction(() => {
    requireLiveProgramme(db, input.programmeId);
    const now = nowIso();
    const textId = ensureText(db, input.programmeId, input.kind, now);
    const id = newId();
    cachedStatement(
      db,
      `INSERT INTO analysis_sources (id, text_id, title, publisher, year, reference, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      textId,
      input.title,
      input.publisher,
      input.year,
      input.reference,
      input.note,
      now,
      now,
    );
    return getSource(db, id);
  })();
}

export function updateAnalysisSource(
  db: Database,
  input: SourceFields & { id: string },
): AnalysisSource {
  const changed = cachedStatement(
    db,
    `UPDATE analysis_sources SET title = ?, publisher = ?, year = ?, reference = ?, note = ?,
       updated_at = ? WHERE id = ? AND deleted_at IS NULL`,
  ).run(
    input.title,
    input.publisher,
    input.year,
    input.reference,
    input.note,
    nowIso(),
    input.id,
  ).changes;
  if (changed === 0) throw sourceNotFound();
  return getSource(db, input.id);
}

export function deleteAnalysisSource(db: Database, id: string): { id: string } {
  const now = nowIso();
  const changed = cachedStatement(
    db,
    'UPDATE analysis_sources SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
  ).run(now, now, id).changes;
  if (changed === 0) throw sourceNotFound();
  return { id };
}
