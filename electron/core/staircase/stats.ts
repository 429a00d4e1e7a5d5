// Runs in: main process / Node. Where the relations stood on a date, who moved between two dates,
// and which key actors have no level: for the staircase screen and the overview.
import type { Database } from 'better-sqlite3';
import type {
  StaircaseActor,
  StaircaseDistribution,
  StaircaseMovement,
  StaircaseOverview,
} from '../../../shared/domain/staircase';
import { twelveMonthsBefore } from '../../../shared/domain/staircase';
import { cachedStatement } from '../search/cachedStatement';
import { listLevels } from './levels';

interface LevelAt {
  stakeholderId: string;
  name: string;
  keyActor: number;
  levelId: string;
  levelName: string;
  position: number;
}

/** Each live stakeholder's latest assessment dated on or before `date`. */
function levelsAt(db: Database, date: string): LevelAt[] {
  return cachedStatement(
    db,
    `SELECT s.id AS stakeholderId, s.name, s.key_actor AS keyActor, l.id AS levelId,
       l.name AS levelName, l.position
     FROM stakeholders s
     JOIN staircase_assessments a ON a.id = (
       SELECT a2.id FROM staircase_assessments a2
       WHERE a2.stakeholder_id = s.id AND a2.date <= ?
       ORDER BY a2.date DESC, a2.created_at DESC, a2.id DESC LIMIT 1)
     JOIN staircase_levels l ON l.id = a.level_id
     WHERE s.deleted_at IS NULL`,
  ).all(date) as LevelAt[];
}

/** How many live relations were on each level at `date` (every level listed, lowest first). */
export function staircaseDistribution(db: Database, date: string): StaircaseDistribution {
  const at = levelsAt(db, date);
  const counts = listLevels(db).map((l) => ({
    levelId: l.id,
    name: l.name,
    position: l.position,
    count: at.filter((a) => a.levelId === l.id).length,
  }));
  return { date, counts, total: at.length };
}

/** Relations whose level changed between the dates; unchanged ones are left out. */
export function staircaseMovements(db: Database, from: string, to: string): StaircaseMovement[] {
  const before = new Map(levelsAt(db, from).map((a) => [a.stakeholderId, a]));
  const moves: StaircaseMovement[] = [];
  for (const now of levelsAt(db, to)) {
    const was = before.get(now.stakeholderId);
    const steps = was ? now.position - was.position : 0;
    if (was && steps === 0) continue;
    moves.push({
      stakeholderId: now.stakeholderId,
      name: now.name,
      keyActor: now.keyActor === 1,
      direction: !was ? 'new' : steps > 0 ? 'up' : 'down',
      fromLevel: was?.levelName ?? null,
      toLevel: now.levelName,
      steps,
    });
  }
  const order = { up: 0, down: 1, new: 2 } as const;
  return moves.sort(
    (a, b) =>
      order[a.direction] - order[b.direction] ||
      Math.abs(b.steps) - Math.abs(a.steps) ||
      a.name.localeCompare(b.name, 'sv'),
  );
}

/** Key actors with no assessment at all (health check 'staircase-unset'). */
export function keyActorsWithoutLevel(db: Database): StaircaseActor[] {
  return cachedStatement(
    db,
    `SELECT s.id, s.name, coalesce(s.organisation, '') AS organisation FROM stakeholders s
     WHERE s.deleted_at IS NULL AND s.key_actor = 1
       AND NOT EXISTS (SELECT 1 FROM staircase_assessments a WHERE a.stakeholder_id = s.id)
     ORDER BY s.name COLLATE NOCASE, s.id`,
  ).all() as StaircaseActor[];
}

export function staircaseOverview(
  db: Database,
  date: string,
  compareTo: string = twelveMonthsBefore(date),
): StaircaseOverview {
  return {
    now: staircaseDistribution(db, date),
    before: staircaseDistribution(db, compareTo),
    movements: staircaseMovements(db, compareTo, date),
    unsetKeyActors: keyActorsWithoutLevel(db),
  };
}
