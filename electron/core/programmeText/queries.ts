// Runs in: main process / Node. SQL of the programme text: section texts and left-out marks, the
// document metadata and the confirmed roles.
import type { Database } from 'better-sqlite3';
import { cachedStatement } from '../search/cachedStatement';

export interface SectionTextRow {
  sectionId: string;
  text: string;
  leftOut: boolean;
  leftOutReason: string;
  updatedAt: string;
}

export function selectSectionTexts(db: Database, programmeId: string): SectionTextRow[] {
  const rows = cachedStatement(
    db,
    `SELECT section_id AS sectionId, text, left_out AS leftOut, left_out_reason AS leftOutReason,
       updated_at AS updatedAt
     FROM programme_texts WHERE programme_id = ?`,
  ).all(programmeId) as (Omit<SectionTextRow, 'leftOut'> & { leftOut: number })[];
  return rows.map((r) => ({ ...r, leftOut: r.leftOut === 1 }));
}

export function upsertSectionText(
  db: Database,
  programmeId: string,
  sectionId: string,
  text: string,
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO programme_texts (programme_id, section_id, text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (programme_id, section_id) DO UPDATE SET text = excluded.text,
       updated_at = excluded.updated_at`,
  ).run(programmeId, sectionId, text, now, now);
}

export function upsertLeftOut(
  db: Database,
  programmeId: string,
  sectionId: string,
  leftOut: boolean,
  reason: string,
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO programme_texts (programme_id, section_id, left_out, left_out_reason, created_at,
       updated_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (programme_id, section_id) DO UPDATE SET left_out = excluded.left_out,
       left_out_reason = excluded.left_out_reason, updated_at = excluded.updated_at`,
  ).run(programmeId, sectionId, leftOut ? 1 : 0, leftOut ? reason : '', now, now);
}

export interface MetaRow {
  revisedBy: string;
  followedUpBy: string;
  updatedAt: string;
}

export function selectMeta(db: Database, programmeId: string): MetaRow | null {
  const row = cachedStatement(
    db,
    `SELECT revised_by AS revisedBy, followed_up_by AS followedUpBy, updated_at AS updatedAt
     FROM programme_document_meta WHERE programme_id = ?`,
  ).get(programmeId) as MetaRow | undefined;
  return row ?? null;
}

export function upsertMeta(
  db: Database,
  programmeId: string,
  meta: { revisedBy: string; followedUpBy: string },
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO programme_document_meta (programme_id, revised_by, followed_up_by, created_at,
       updated_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (programme_id) DO UPDATE SET revised_by = excluded.revised_by,
       followed_up_by = excluded.followed_up_by, updated_at = excluded.updated_at`,
  ).run(programmeId, meta.revisedBy, meta.followedUpBy, now, now);
}

export interface ConfirmationRow {
  roleKey: string;
  confirmedDate: string;
  note: string;
}

export function selectConfirmations(db: Database, programmeId: string): ConfirmationRow[] {
  return cachedStatement(
    db,
    `SELECT role_key AS roleKey, confirmed_date AS confirmedDate, note
     FROM programme_role_confirmations WHERE programme_id = ?`,
  ).all(programmeId) as ConfirmationRow[];
}

export function upsertConfirmation(
  db: Database,
  programmeId: string,
  row: ConfirmationRow,
  now: string,
): void {
  cachedStatement(
    db,
    `INSERT INTO programme_role_confirmations (programme_id, role_key, confirmed_date, note,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (programme_id, role_key) DO UPDATE SET confirmed_date = excluded.confirmed_date,
       note = excluded.note, updated_at = excluded.updated_at`,
  ).run(programmeId, row.roleKey, row.confirmedDate, row.note, now, now);
}

export function deleteConfirmation(db: Database, programmeId: string, roleKey: string): void {
  cachedStatement(
    db,
    'DELETE FROM programme_role_confirmations WHERE programme_id = ? AND role_key = ?',
  ).run(programmeId, roleKey);
}

/** Tables of features that may not be in this database (yet): read only when they are. */
export function tableExists(db: Database, name: string): boolean {
  return (
    cachedStatement(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(
      name,
    ) !== undefined
  );
}
