// Runs in: main process / Node. Permanent erasure (GDPR art. 17) of a record in the trash.
import type { Database } from 'better-sqlite3';
import type { TrashKind } from '../../../shared/domain/app';
import { AppFailure } from '../../../shared/errors';
import { nowIso } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';
import { eraseStakeholderFromActions } from '../actions/purge';
import { eraseStakeholderFromCases } from '../cases/purge';
import { eraseStakeholderFromCommunication } from '../communication/purge';
import { forgetStakeholderInFocusAreas } from '../focusAreas/queries';
import { eraseStakeholderFromGoalPicture } from '../goalPicture/purge';
import { eraseStakeholderFromGroups } from '../groups/purge';
import { eraseStakeholderFromFollowUps } from '../followUp/purge';
import { eraseStakeholderFromProcess } from '../process/purge';
import { eraseStakeholderFromProgrammeText } from '../programmeText/purge';
import { eraseStakeholderFromSelfImage } from '../selfImage/purge';
import { eraseStakeholderFromStaircase } from '../staircase/purge';
import { writeAudit } from './audit';
import { clearReferences, deleteWithDependents } from './stakeholderReferences';
import { deletedAt, notInTrash, tableOf } from './queries';

/** What a visit shows where an erased person took part. */
export const ERASED_PERSON = 'Borttagen person';

function purgeStakeholder(db: Database, id: string, now: string): void {
  const run = (sql: string, ...params: unknown[]) => cachedStatement(db, sql).run(...params);
  const visitIds = cachedStatement(
    db,
    'SELECT DISTINCT visit_id AS id FROM visit_participants WHERE stakeholder_id = ?',
  ).all(id) as { id: string }[];
  run('DELETE FROM stakeholder_categories WHERE stakeholder_id = ?', id);
  run('DELETE FROM company_contacts WHERE stakeholder_id = ?', id);
  run(
    `UPDATE visit_participants SET stakeholder_id = NULL, name = ?, updated_at = ?
     WHERE stakeholder_id = ?`,
    ERASED_PERSON,
    now,
    id,
  );
  eraseStakeholderFromProgrammeText(db, id);
  eraseStakeholderFromProcess(db, id, ERASED_PERSON, now);
  eraseStakeholderFromCases(db, id, ERASED_PERSON, now);
  forgetStakeholderInFocusAreas(db, id, now);
  eraseStakeholderFromActions(db, id, ERASED_PERSON, now);
  eraseStakeholderFromCommunication(db, id, ERASED_PERSON, now);
  eraseStakeholderFromStaircase(db, id);
  eraseStakeholderFromSelfImage(db, id, ERASED_PERSON, now);
  eraseStakeholderFromGoalPicture(db, id, ERASED_PERSON, now);
  eraseStakeholderFromGroups(db, id, ERASED_PERSON, now);
  eraseStakeholderFromFollowUps(db, id, ERASED_PERSON, now);
  run(
    `UPDATE interviews SET interviewee_name = ?, interviewee_stakeholder_id = NULL, updated_at = ?
     WHERE interviewee_stakeholder_id = ?`,
    ERASED_PERSON,
    now,
    id,
  );
  clearReferences(db, 'stakeholders', id);
  run('DELETE FROM stakeholders WHERE id = ?', id);
  // The visits' search entries held the person's name: touching them re-indexes without it.
  const touch = cachedStatement(db, 'UPDATE visits SET updated_at = ? WHERE id = ?');
  for (const visit of visitIds) touch.run(now, visit.id);
}

function purgeCompany(db: Database, id: string, now: string): void {
  const { visits } = cachedStatement(
    db,
    'SELECT count(*) AS visits FROM visits WHERE company_id = ?',
  ).get(id) as { visits: number };
  if (visits > 0) {
    throw new AppFailure('CONFLICT', {
      sv: `Företaget har ${visits} besök kvar. Ta bort besöken och radera dem för gott i papperskorgen först, sedan företaget.`,
      en: `The company still has ${visits} visit(s). Delete them and erase them from the trash first, then the company.`,
    });
  }
  const run = (sql: string, ...params: unknown[]) => cachedStatement(db, sql).run(...params);
  run('UPDATE stakeholders SET company_id = NULL, updated_at = ? WHERE company_id = ?', now, id);
  run('DELETE FROM company_contacts WHERE company_id = ?', id);
  run('DELETE FROM companies WHERE id = ?', id);
}

function purgeVisit(db: Database, id: string): void {
  const run = (sql: string) => cachedStatement(db, sql).run(id);
  run('DELETE FROM visit_participants WHERE visit_id = ?');
  run('DELETE FROM visit_topics WHERE visit_id = ?');
  run('DELETE FROM visit_obstacles WHERE visit_id = ?');
  run('DELETE FROM visits WHERE id = ?');
}

/**
 * Erases a record that is in the trash, from every table that holds it, in one transaction, and
 * leaves an audit line with only the kind and id. Deleted pages are zeroed (secure_delete), the
 * search index is rewritten without the erased words and the WAL is emptied, so the data does not
 * linger in the database files either.
 */
export function purgeFromTrash(db: Database, kind: TrashKind, id: string): void {
  const secureDelete = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    db.transaction(() => {
      if (deletedAt(db, kind, id) === null) throw notInTrash();
      const now = nowIso();
      if (kind === 'stakeholder') purgeStakeholder(db, id, now);
      else if (kind === 'company') purgeCompany(db, id, now);
      else if (kind === 'visit') purgeVisit(db, id);
      else deleteWithDependents(db, tableOf(kind), id);
      // Import undo data may hold a copy of the row.
      cachedStatement(db, 'DELETE FROM import_changes WHERE entity_id = ?').run(id);
      writeAudit(db, 'erase', kind, id);
      // FTS5 keeps deleted terms in old segments until they are merged: merge them all now.
      cachedStatement(db, "INSERT INTO search_fts(search_fts) VALUES ('optimize')").run();
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.pragma(`secure_delete = ${['OFF', 'ON', 'FAST'][secureDelete] ?? 'ON'}`);
  }
}
