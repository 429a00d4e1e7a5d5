// Runs in: main process / Node. SQL of cases (ärenden): rows with their memo text, list, soft delete.
import type { Database } from 'better-sqlite3';
import type { Page } from '../../../shared/contract';
import {
  consequenceKeyIds,
  type CaseMemo,
  type CaseRow,
  type CaseStatus,
  type ConsequenceKey,
} from '../../../shared/domain/cases';
import { cachedStatement } from '../search/cachedStatement';

/** A stored case: the list row, the memo, the planning choices. */
export interface CaseRecord extends CaseRow, CaseMemo {
  targetKfMeetingId: string | null;
  remissWeeks: number;
  createdAt: string;
}

/** What a write stores (everything but ids, names looked up and timestamps). */
export type CaseData = Omit<
  CaseRecord,
  'id' | 'programmeName' | 'targetKfDate' | 'updatedAt' | 'createdAt'
>;

const consequenceColumns = consequenceKeyIds
  .map(
    (key) =>
      `c.consequences_${key} AS "c_${key}", c.consequences_${key}_not_affected AS "n_${key}"`,
  )
  .join(', ');

const ROW_COLUMNS = `c.id, c.kind, c.dnr, c.title, c.status, c.programme_id AS programmeId,
  p.name AS programmeName, m.date AS targetKfDate, c.updated_at AS updatedAt`;

const ALL_COLUMNS = `${ROW_COLUMNS}, c.target_kf_meeting_id AS targetKfMeetingId,
  c.remiss_weeks AS remissWeeks, c.summary, c.background, c.assessment, ${consequenceColumns},
  c.proposal_extra AS proposalExtra, c.remiss_overview AS remissOverview, c.send_to AS sendTo,
  c.signer_name AS signerName, c.signer_title AS signerTitle, c.created_at AS createdAt`;

const FROM = `FROM cases c
  LEFT JOIN programmes p ON p.id = c.programme_id AND p.deleted_at IS NULL
  LEFT JOIN meetings m ON m.id = c.target_kf_meeting_id AND m.deleted_at IS NULL`;

type StoredRecord = Omit<CaseRecord, 'consequences'> &
  Record<`c_${ConsequenceKey}`, string> &
  Record<`n_${ConsequenceKey}`, number>;

function toRecord(row: StoredRecord): CaseRecord {
  const consequences = {} as CaseRecord['consequences'];
  const record = { ...row } as Record<string, unknown>;
  for (const key of consequenceKeyIds) {
    consequences[key] = { text: row[`c_${key}`], notAffected: row[`n_${key}`] === 1 };
    delete record[`c_${key}`];
    delete record[`n_${key}`];
  }
  return { ...(record as Omit<CaseRecord, 'consequences'>), consequences };
}

export function selectCase(db: Database, id: string, withDeleted = false): CaseRecord | null {
  const row = cachedStatement(
    db,
    `SELECT ${ALL_COLUMNS} ${FROM} WHERE c.id = ?${withDeleted ? '' : ' AND c.deleted_at IS NULL'}`,
  ).get(id) as StoredRecord | undefined;
  return row ? toRecord(row) : null;
}

export interface CaseFilter {
  status?: CaseStatus;
  programmeId?: string;
  offset: number;
  limit: number;
}

/** Open cases first (by last change), then adopted and closed ones. */
export function listCases(db: Database, filter: CaseFilter): Page<CaseRow> {
  const where = ['c.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (filter.status) {
    where.push('c.status = ?');
    params.push(filter.status);
  }
  if (filter.programmeId) {
    where.push('c.programme_id = ?');
    params.push(filter.programmeId);
  }
  const whereSql = where.join(' AND ');
  const { total } = cachedStatement(
    db,
    `SELECT count(*) AS total FROM cases c WHERE ${whereSql}`,
  ).get(...params) as { total: number };
  const rows = cachedStatement(
    db,
    `SELECT ${ROW_COLUMNS} ${FROM} WHERE ${whereSql}
     ORDER BY (c.status IN ('adopted', 'closed')), c.updated_at DESC, c.id LIMIT ? OFFSET ?`,
  ).all(...params, filter.limit, filter.offset) as CaseRow[];
  return { rows, total, offset: filter.offset };
}

const values = (d: CaseData): unknown[] => [
  d.programmeId,
  d.kind,
  d.dnr,
  d.title,
  d.status,
  d.targetKfMeetingId,
  d.remissWeeks,
  d.summary,
  d.background,
  d.assessment,
  ...consequenceKeyIds.flatMap((key) => [
    d.consequences[key].text,
    d.consequences[key].notAffected ? 1 : 0,
  ]),
  d.proposalExtra,
  d.remissOverview,
  d.sendTo,
  d.signerName,
  d.signerTitle,
];

const DATA_COLUMNS = [
  'programme_id',
  'kind',
  'dnr',
  'title',
  'status',
  'target_kf_meeting_id',
  'remiss_weeks',
  'summary',
  'background',
  'assessment',
  ...consequenceKeyIds.flatMap((key) => [
    `consequences_${key}`,
    `consequences_${key}_not_affected`,
  ]),
  'proposal_extra',
  'remiss_overview',
  'send_to',
  'signer_name',
  'signer_title',
];

export function insertCase(db: Database, id: string, data: CaseData, now: string): void {
  const columns = [...DATA_COLUMNS, 'id', 'created_at', 'updated_at'];
  cachedStatement(
    db,
    `INSERT INTO cases (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  ).run(...values(data), id, now, now);
}

/** False when no live case has this id. */
export function updateCaseRow(db: Database, id: string, data: CaseData, now: string): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE cases SET ${DATA_COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ?
       WHERE id = ? AND deleted_at IS NULL`,
    ).run(...values(data), now, id).changes === 1
  );
}

export function setCaseStatus(db: Database, id: string, status: CaseStatus, now: string): void {
  cachedStatement(db, 'UPDATE cases SET status = ?, updated_at = ? WHERE id = ?').run(
    status,
    now,
    id,
  );
}

/** Sets or clears deleted_at; false when the case is not in the expected state. */
export function setCaseDeleted(
  db: Database,
  id: string,
  deletedAt: string | null,
  now: string,
): boolean {
  return (
    cachedStatement(
      db,
      `UPDATE cases SET deleted_at = ?, updated_at = ?
       WHERE id = ? AND (deleted_at IS NULL) = (? IS NOT NULL)`,
    ).run(deletedAt, now, id, deletedAt).changes === 1
  );
}

/** The most recently changed live case, optionally of one programme (the CLI's default case). */
export function latestCaseId(db: Database, programmeId?: string): string | null {
  const row = cachedStatement(
    db,
    `SELECT id FROM cases WHERE deleted_at IS NULL AND (? IS NULL OR programme_id = ?)
     ORDER BY updated_at DESC, id LIMIT 1`,
  ).get(programmeId ?? null, programmeId ?? null) as { id: string } | undefined;
  return row?.id ?? null;
}
