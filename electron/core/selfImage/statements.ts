// Runs in: main process / Node. The editable statements about the business climate (I34). A
// statement with scores keeps its place: deleting it would silently drop answers.
import type { Database } from 'better-sqlite3';
import type { SelfImageStatement } from '../../../shared/domain/selfImage';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';

export function listStatements(db: Database): SelfImageStatement[] {
  return cachedStatement(
    db,
    `SELECT s.id, s.position, s.text,
       (SELECT count(*) FROM self_image_scores x WHERE x.statement_id = s.id) AS scoreCount
     FROM self_image_statements s ORDER BY s.position, s.text`,
  ).all() as SelfImageStatement[];
}

function assertUniqueText(db: Database, text: string, exceptId: string | null): void {
  const clash = cachedStatement(
    db,
    'SELECT id FROM self_image_statements WHERE text = ? COLLATE NOCASE AND id IS NOT ?',
  ).get(text, exceptId);
  if (clash) {
    const sv = 'Det påståendet finns redan.';
    throw new AppFailure('VALIDATION', { sv, en: 'That statement already exists.' }, { text: sv });
  }
}

export function addStatement(db: Database, text: string): SelfImageStatement[] {
  db.transaction(() => {
    assertUniqueText(db, text, null);
    const { top } = cachedStatement(
      db,
      'SELECT coalesce(max(position), 0) AS top FROM self_image_statements',
    ).get() as { top: number };
    const now = nowIso();
    cachedStatement(
      db,
      `INSERT INTO self_image_statements (id, position, text, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?)`,
    ).run(newId(), top + 1, text, now, now);
  })();
  return listStatements(db);
}

const notFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Påståendet finns inte längre.',
    en: 'The statement no longer exists.',
  });

export function updateStatement(db: Database, id: string, text: string): SelfImageStatement[] {
  db.transaction(() => {
    assertUniqueText(db, text, id);
    const changed = cachedStatement(
      db,
      'UPDATE self_image_statements SET text = ?, updated_at = ? WHERE id = ?',
    ).run(text, nowIso(), id).changes;
    if (changed === 0) throw notFound();
  })();
  return listStatements(db);
}

export function deleteStatement(db: Database, id: string): SelfImageStatement[] {
  const statement = listStatements(db).find((s) => s.id === id);
  if (!statement) throw notFound();
  if (statement.scoreCount > 0) {
    throw new AppFailure('CONFLICT', {
      sv: `Påståendet har ${statement.scoreCount} svar och kan inte tas bort, för då försvinner svaren. Ändra formuleringen om den är otydlig.`,
      en: `The statement has ${statement.scoreCount} answers and cannot be deleted, since the answers would be lost. Reword it if it is unclear.`,
    });
  }
  cachedStatement(db, 'DELETE FROM self_image_statements WHERE id = ?').run(id);
  return listStatements(db);
}

/** Field errors for scores on statements that do not exist (any more). */
export function checkStatementIds(db: Database, ids: readonly string[]): void {
  const known = new Set(listStatements(db).map((s) => s.id));
  const fields: Record<string, string> = {};
  ids.forEach((id, i) => {
    if (!known.has(id)) fields[`scores.${i}.statementId`] = 'Påståendet finns inte längre.';
  });
  if (Object.keys(fields).length > 0) {
    throw new AppFailure(
      'VALIDATION',
      {
        sv: 'Ett påstående finns inte längre. Ladda om och försök igen.',
        en: 'A statement no longer exists. Reload and try again.',
      },
      fields,
    );
  }
}
