// Runs in: main process / Node. The steering documents register (S06), the focus areas' links to
// it, and the policy check (S07) with its count of documents not yet checked.
import type { Database } from 'better-sqlite3';
import {
  policyCheckSummary,
  type FocusAreaSteering,
  type SteeringDocument,
  type SteeringDocumentKind,
  type SteeringDocumentLink,
  type SteeringRegister,
} from '../../../shared/domain/steeringDocuments';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';
import { requireLiveProgramme } from './programme';

export interface SteeringFields {
  title: string;
  kind: SteeringDocumentKind;
  owner: string;
  adoptedDate: string | null;
  validUntil: string | null;
  reference: string;
  note: string;
}

export interface PolicyCheck {
  id: string;
  checked: boolean;
  checkedDate: string | null;
  conflict: boolean;
  conflictNote: string;
}

const notFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Styrdokumentet finns inte längre. Det kan ha tagits bort.',
    en: 'The steering document no longer exists. It may have been deleted.',
  });

const areaNotFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Fokusområdet finns inte längre. Det kan ha tagits bort.',
    en: 'The focus area no longer exists. It may have been deleted.',
  });

type DbDoc = Omit<SteeringDocument, 'checked' | 'conflict' | 'focusAreas'> & {
  checked: number;
  conflict: number;
};

const DOC_SQL = `SELECT id, programme_id AS programmeId, title, kind, owner, adopted_date AS adoptedDate,
  valid_until AS validUntil, reference, note, checked, checked_date AS checkedDate, conflict,
  conflict_note AS conflictNote, created_at AS createdAt, updated_at AS updatedAt
  FROM steering_documents`;

function linksOf(db: Database, documentId: string): SteeringDocumentLink[] {
  return cachedStatement(
    db,
    `SELECT f.id AS focusAreaId, f.name AS focusAreaName, l.note
     FROM focus_area_steering_documents l JOIN focus_areas f ON f.id = l.focus_area_id
     WHERE l.document_id = ? AND f.deleted_at IS NULL ORDER BY f.priority, f.name`,
  ).all(documentId) as SteeringDocumentLink[];
}

const toDoc = (db: Database, r: DbDoc): SteeringDocument => ({
  ...r,
  checked: r.checked === 1,
  conflict: r.conflict === 1,
  focusAreas: linksOf(db, r.id),
});

export function getSteeringDocument(db: Database, id: string): SteeringDocument {
  const row = cachedStatement(db, `${DOC_SQL} WHERE id = ? AND deleted_at IS NULL`).get(id) as
    DbDoc | undefined;
  if (!row) throw notFound();
  return toDoc(db, row);
}

export function listSteeringDocuments(db: Database, programmeId: string): SteeringRegister {
  requireLiveProgramme(db, programmeId);
  const rows = cachedStatement(
    db,
    `${DOC_SQL} WHERE programme_id = ? AND deleted_at IS NULL
     ORDER BY CASE kind WHEN 'vision' THEN 0 WHEN 'comprehensive_plan' THEN 1
       WHEN 'regional_strategy' THEN 2 ELSE 3 END, title COLLATE NOCASE, id`,
  ).all(programmeId) as DbDoc[];
  const documents = rows.map((r) => toDoc(db, r));
  return { programmeId, documents, summary: policyCheckSummary(documents) };
}

export function createSteeringDocument(
  db: Database,
  input: SteeringFields & { programmeId: string },
): SteeringDocument {
  return db.transaction(() => {
    requireLiveProgramme(db, input.programmeId);
    const id = newId();
    const now = nowIso();
    cachedStatement(
      db,
      `INSERT INTO steering_documents (id, programme_id, title, kind, owner, adopted_date, valid_until,
         reference, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      input.programmeId,
      input.title,
      input.kind,
      input.owner,
      input.adoptedDate,
      input.validUntil,
      input.reference,
      input.note,
      now,
      now,
    );
    return getSteeringDocument(db, id);
  })();
}

export function updateSteeringDocument(
  db: Database,
  input: SteeringFields & { id: string },
): SteeringDocument {
  const changed = cachedStatement(
    db,
    `UPDATE steering_documents SET title = ?, kind = ?, owner = ?, adopted_date = ?, valid_until = ?,
       reference = ?, note = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`,
  ).run(
    input.title,
    input.kind,
    input.owner,
    input.adoptedDate,
    input.validUntil,
    input.reference,
    input.note,
    nowIso(),
    input.id,
  ).changes;
  if (changed === 0) throw notFound();
  return getSteeringDocument(db, input.id);
}

/** Records the policy check; a conflict needs a note saying what conflicts. */
export function checkSteeringDocument(db: Database, input: PolicyCheck): SteeringDocument {
  if (input.conflict && input.conflictNote.trim() === '') {
    const sv = 'Skriv vad i programmet som krockar med dokumentet.';
    throw new AppFailure(
      'VALIDATION',
      { sv, en: 'Write what in the programme conflicts with the document.' },
      { conflictNote: sv },
    );
  }
  const checkedDate = input.checked ? (input.checkedDate ?? nowIso().slice(0, 10)) : null;
  const changed = cachedStatement(
    db,
    `UPDATE steering_documents SET checked = ?, checked_date = ?, conflict = ?, conflict_note = ?,
       updated_at = ? WHERE id = ? AND deleted_at IS NULL`,
  ).run(
    input.checked ? 1 : 0,
    checkedDate,
    input.conflict ? 1 : 0,
    input.conflictNote,
    nowIso(),
    input.id,
  ).changes;
  if (changed === 0) throw notFound();
  return getSteeringDocument(db, input.id);
}

export function deleteSteeringDocument(db: Database, id: string): { id: string } {
  const now = nowIso();
  const changed = cachedStatement(
    db,
    'UPDATE steering_documents SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
  ).run(now, now, id).changes;
  if (changed === 0) throw notFound();
  return { id };
}

function areaProgramme(db: Database, focusAreaId: string): string {
  const programmeId = cachedStatement(
    db,
    'SELECT programme_id FROM focus_areas WHERE id = ? AND deleted_at IS NULL',
  )
    .pluck()
    .get(focusAreaId) as string | undefined;
  if (!programmeId) throw areaNotFound();
  return programmeId;
}

export function focusAreaSteering(db: Database, focusAreaId: string): FocusAreaSteering {
  const programmeId = areaProgramme(db, focusAreaId);
  type Row = { id: string; title: string; kind: SteeringDocumentKind; note: string | null };
  const rows = cachedStatement(
    db,
    `SELECT d.id, d.title, d.kind, l.note FROM steering_documents d
     LEFT JOIN focus_area_steering_documents l ON l.document_id = d.id AND l.focus_area_id = ?
     WHERE d.programme_id = ? AND d.deleted_at IS NULL ORDER BY d.title COLLATE NOCASE, d.id`,
  ).all(focusAreaId, programmeId) as Row[];
  return {
    focusAreaId,
    linked: rows.filter((r) => r.note !== null).map((r) => ({ ...r, note: r.note ?? '' })),
    available: rows.filter((r) => r.note === null).map(({ note: _n, ...r }) => r),
  };
}

export function linkSteeringDocument(
  db: Database,
  input: { focusAreaId: string; documentId: string; note: string },
): FocusAreaSteering {
  return db.transaction(() => {
    const programmeId = areaProgramme(db, input.focusAreaId);
    const doc = getSteeringDocument(db, input.documentId);
    if (doc.programmeId !== programmeId) {
      const sv = 'Styrdokumentet hör till ett annat program än fokusområdet.';
      throw new AppFailure(
        'VALIDATION',
        { sv, en: 'The steering document belongs to another programme than the focus area.' },
        { documentId: sv },
      );
    }
    const now = nowIso();
    cachedStatement(
      db,
      `INSERT INTO focus_area_steering_documents (focus_area_id, document_id, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (focus_area_id, document_id) DO UPDATE SET note = excluded.note,
         updated_at = excluded.updated_at`,
    ).run(input.focusAreaId, input.documentId, input.note, now, now);
    return focusAreaSteering(db, input.focusAreaId);
  })();
}

export function unlinkSteeringDocument(
  db: Database,
  input: { focusAreaId: string; documentId: string },
): FocusAreaSteering {
  cachedStatement(
    db,
    'DELETE FROM focus_area_steering_documents WHERE focus_area_id = ? AND document_id = ?',
  ).run(input.focusAreaId, input.documentId);
  return focusAreaSteering(db, input.focusAreaId);
}
