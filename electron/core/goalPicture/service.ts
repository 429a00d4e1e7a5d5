// Runs in: main process / Node. The programme's shared goal picture (P05, I03) and the occasions
// where people stood behind it, each endorsement saved with its people in one transaction.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { endorsementInput } from '../../../shared/contract/goalPicture';
import type {
  GoalPicture,
  GoalPictureEndorsement,
  GoalPictureEndorser,
} from '../../../shared/domain/goalPicture';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';

type EndorsementData = z.output<typeof endorsementInput>;

function assertProgramme(db: Database, programmeId: string): void {
  const row = cachedStatement(
    db,
    'SELECT 1 FROM programmes WHERE id = ? AND deleted_at IS NULL',
  ).get(programmeId);
  if (!row) {
    throw new AppFailure('NOT_FOUND', {
      sv: 'Programmet finns inte. Välj eller skapa ett program först.',
      en: 'The programme does not exist. Choose or create a programme first.',
    });
  }
}

function endorsersOf(db: Database, endorsementId: string): GoalPictureEndorser[] {
  return cachedStatement(
    db,
    `SELECT stakeholder_id AS stakeholderId, name FROM goal_picture_endorsers
     WHERE endorsement_id = ? ORDER BY position`,
  ).all(endorsementId) as GoalPictureEndorser[];
}

export function getGoalPicture(db: Database, programmeId: string): GoalPicture {
  assertProgramme(db, programmeId);
  const picture = cachedStatement(
    db,
    'SELECT text, updated_at AS updatedAt FROM goal_pictures WHERE programme_id = ?',
  ).get(programmeId) as { text: string; updatedAt: string } | undefined;
  const endorsements = (
    cachedStatement(
      db,
      `SELECT id, occasion, date, note FROM goal_picture_endorsements
       WHERE programme_id = ? ORDER BY date, created_at, id`,
    ).all(programmeId) as Omit<GoalPictureEndorsement, 'endorsers'>[]
  ).map((e) => ({ ...e, endorsers: endorsersOf(db, e.id) }));
  return {
    programmeId,
    text: picture?.text ?? '',
    updatedAt: picture?.updatedAt ?? null,
    endorsements,
  };
}

export function saveGoalPictureText(db: Database, programmeId: string, text: string): GoalPicture {
  assertProgramme(db, programmeId);
  const now = nowIso();
  cachedStatement(
    db,
    `INSERT INTO goal_pictures (programme_id, text, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (programme_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
  ).run(programmeId, text, now, now);
  return getGoalPicture(db, programmeId);
}

/** A linked person's name is taken from the register, so the list never shows a stale spelling. */
function resolveEndorsers(db: Database, endorsers: EndorsementData['endorsers']) {
  const fields: Record<string, string> = {};
  const resolved = endorsers.map((e, i) => {
    if (!e.stakeholderId) return e;
    const row = cachedStatement(
      db,
      'SELECT name FROM stakeholders WHERE id = ? AND deleted_at IS NULL',
    ).get(e.stakeholderId) as { name: string } | undefined;
    if (!row) fields[`endorsers.${i}.stakeholderId`] = 'Personen finns inte i aktörsregistret.';
    return { stakeholderId: e.stakeholderId, name: row?.name ?? e.name };
  });
  if (Object.keys(fields).length > 0) {
    throw new AppFailure(
      'VALIDATION',
      { sv: Object.values(fields)[0]!, en: 'A person is no longer in the register.' },
      fields,
    );
  }
  return resolved;
}

export function saveEndorsement(db: Database, input: EndorsementData): GoalPicture {
  db.transaction(() => {
    assertProgramme(db, input.programmeId);
    const endorsers = resolveEndorsers(db, input.endorsers);
    const now = nowIso();
    let id = input.id;
    if (id) {
      const changed = cachedStatement(
        db,
        `UPDATE goal_picture_endorsements SET occasion = ?, date = ?, note = ?, updated_at = ?
         WHERE id = ? AND programme_id = ?`,
      ).run(input.occasion, input.date, input.note, now, id, input.programmeId).changes;
      if (changed === 0) throw endorsementNotFound();
      cachedStatement(db, 'DELETE FROM goal_picture_endorsers WHERE endorsement_id = ?').run(id);
    } else {
      id = newId();
      cachedStatement(
        db,
        `INSERT INTO goal_picture_endorsements
           (id, programme_id, occasion, date, note, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, input.programmeId, input.occasion, input.date, input.note, now, now);
    }
    const insert = cachedStatement(
      db,
      `INSERT INTO goal_picture_endorsers
         (id, endorsement_id, position, stakeholder_id, name, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    endorsers.forEach((e, i) => insert.run(newId(), id, i, e.stakeholderId, e.name, now, now));
  })();
  return getGoalPicture(db, input.programmeId);
}

const endorsementNotFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Förankringen finns inte längre.',
    en: 'The endorsement no longer exists.',
  });

export function deleteEndorsement(db: Database, id: string): GoalPicture {
  const row = cachedStatement(
    db,
    'SELECT programme_id AS programmeId FROM goal_picture_endorsements WHERE id = ?',
  ).get(id) as { programmeId: string } | undefined;
  if (!row) throw endorsementNotFound();
  cachedStatement(db, 'DELETE FROM goal_picture_endorsements WHERE id = ?').run(id);
  return getGoalPicture(db, row.programmeId);
}
