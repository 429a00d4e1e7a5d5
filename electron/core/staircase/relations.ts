// Runs in: main process / Node. The stakeholder register seen from the staircase: key actors
// first, each with the level the relation is on now.
import type { Database } from 'better-sqlite3';
import type { StaircaseRelation } from '../../../shared/contract/staircase';
import { cachedStatement } from '../search/cachedStatement';

interface Row extends Omit<StaircaseRelation, 'keyActor'> {
  keyActor: number;
}

export function listRelations(
  db: Database,
  input: { query: string; keyActorsOnly: boolean },
): StaircaseRelation[] {
  const like = `%${input.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = cachedStatement(
    db,
    `SELECT s.id, s.name, coalesce(s.organisation, '') AS organisation, s.key_actor AS keyActor,
       l.id AS levelId, l.name AS levelName, l.position AS levelPosition, a.date
     FROM stakeholders s
     LEFT JOIN staircase_assessments a ON a.id = (
       SELECT a2.id FROM staircase_assessments a2 WHERE a2.stakeholder_id = s.id
       ORDER BY a2.date DESC, a2.created_at DESC, a2.id DESC LIMIT 1)
     LEFT JOIN staircase_levels l ON l.id = a.level_id
     WHERE s.deleted_at IS NULL AND (? = 0 OR s.key_actor = 1)
       AND (s.name LIKE ? ESCAPE '\\' OR coalesce(s.organisation, '') LIKE ? ESCAPE '\\')
     ORDER BY s.key_actor DESC, s.name COLLATE NOCASE, s.id
     LIMIT 500`,
  ).all(input.keyActorsOnly ? 1 : 0, like, like) as Row[];
  return rows.map((r) => ({ ...r, keyActor: r.keyActor === 1 }));
}
