// Runs in: main process / Node. The municipality's staircase levels: rename, add, reorder, and
// delete only what no assessment uses (the history must keep meaning what it meant).
import type { Database } from 'better-sqlite3';
import type { StaircaseLevel } from '../../../shared/domain/staircase';
import { AppFailure } from '../../../shared/errors';
import { newId, nowIso } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';

export function listLevels(db: Database): StaircaseLevel[] {
  return cachedStatement(
    db,
    `SELECT l.id, l.position, l.name, l.description,
       (SELECT count(*) FROM staircase_assessments a WHERE a.level_id = l.id) AS usedBy
     FROM staircase_levels l ORDER BY l.position, l.name`,
  ).all() as StaircaseLevel[];
}

const levelNotFound = () =>
  new AppFailure('NOT_FOUND', {
    sv: 'Trappsteget finns inte längre.',
    en: 'The level no longer exists.',
  });

function assertUniqueName(db: Database, name: string, exceptId: string | null): void {
  const clash = cachedStatement(
    db,
    'SELECT id FROM staircase_levels WHERE name = ? COLLATE NOCASE AND id IS NOT ?',
  ).get(name, exceptId);
  if (clash) {
    throw new AppFailure(
      'VALIDATION',
      {
        sv: `Det finns redan ett trappsteg som heter ”${name}”.`,
        en: `There is already a level called "${name}".`,
      },
      { name: `Det finns redan ett trappsteg som heter ”${name}”.` },
    );
  }
}

/** Adds a level at the top of the staircase. */
export function addLevel(db: Database, input: { name: string; description: string }) {
  db.transaction(() => {
    assertUniqueName(db, input.name, null);
    const { top } = cachedStatement(
      db,
      'SELECT coalesce(max(position), 0) AS top FROM staircase_levels',
    ).get() as { top: number };
    const now = nowIso();
    cachedStatement(
      db,
      `INSERT INTO staircase_levels (id, position, name, description, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(newId(), top + 1, input.name, input.description, now, now);
  })();
  return listLevels(db);
}

export function updateLevel(
  db: Database,
  input: { id: string; name: string; description: string },
): StaircaseLevel[] {
  db.transaction(() => {
    assertUniqueName(db, input.name, input.id);
    const changed = cachedStatement(
      db,
      'UPDATE staircase_levels SET name = ?, description = ?, updated_at = ? WHERE id = ?',
    ).run(input.name, input.description, nowIso(), input.id).changes;
    if (changed === 0) throw levelNotFound();
  })();
  return listLevels(db);
}

export function reorderLevels(db: Database, ids: string[]): StaircaseLevel[] {
  db.transaction(() => {
    const known = listLevels(db).map((l) => l.id);
    const same =
      ids.length === known.length &&
      new Set(ids).size === ids.length &&
      ids.every((id) => known.includes(id));
    if (!same) {
      throw new AppFailure('CONFLICT', {
        sv: 'Trappstegen har ändrats under tiden. Ladda om och försök igen.',
        en: 'The levels have changed meanwhile. Reload and try again.',
      });
    }
    const now = nowIso();
    const move = cachedStatement(
      db,
      'UPDATE staircase_levels SET position = ?, updated_at = ? WHERE id = ?',
    );
    ids.forEach((id, i) => move.run(i + 1, now, id));
  })();
  return listLevels(db);
}

export function deleteLevel(db: Database, id: string): StaircaseLevel[] {
  db.transaction(() => {
    const levels = listLevels(db);
    const level = levels.find((l) => l.id === id);
    if (!level) throw levelNotFound();
    if (level.usedBy > 0) {
      throw new AppFailure('CONFLICT', {
        sv: `Trappsteget ”${level.name}” används i ${level.usedBy === 1 ? 'en bedömning' : `${level.usedBy} bedömningar`} och kan inte tas bort, eftersom historiken då skulle tappa sin betydelse. Byt namn på det i stället.`,
        en: `The level "${level.name}" is used by ${level.usedBy === 1 ? 'one assessment' : `${level.usedBy} assessments`} and cannot be deleted, since the history would lose its meaning. Rename it instead.`,
      });
    }
    if (levels.length === 1) {
      throw new AppFailure('CONFLICT', {
        sv: 'Trappan måste ha minst ett trappsteg.',
        en: 'The staircase needs at least one level.',
      });
    }
    cachedStatement(db, 'DELETE FROM staircase_levels WHERE id = ?').run(id);
    const now = nowIso();
    const move = cachedStatement(
      db,
      'UPDATE staircase_levels SET position = ?, updated_at = ? WHERE id = ?',
    );
    levels.filter((l) => l.id !== id).forEach((l, i) => move.run(i + 1, now, l.id));
  })();
  return listLevels(db);
}
