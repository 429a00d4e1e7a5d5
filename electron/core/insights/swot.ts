// Runs in: main process / Node. The SWOT board: the four boxes plus obstacles, needs and ideas,
// each item with its sources and counts, in a fixed number of queries whatever the size.
import type { Database } from 'better-sqlite3';
import { insightTypes, type InsightType, type Swot } from '../../../shared/domain/insights';
import { cachedStatement } from '../search/cachedStatement';
import { COLUMNS, ORDER, withSources, type InsightDbRow } from './queries';

/** More than any real SWOT holds; the total tells the board when some were left out. */
const PER_TYPE = 300;

export function getSwot(db: Database, programmeId: string | undefined): Swot {
  const scope = programmeId ? 'AND i.programme_id = ?' : '';
  const scopeParams = programmeId ? [programmeId] : [];
  const totals = new Map(
    (
      cachedStatement(
        db,
        `SELECT i.type, count(*) AS n FROM insights i
         WHERE i.deleted_at IS NULL ${scope} GROUP BY i.type`,
      ).all(...scopeParams) as { type: InsightType; n: number }[]
    ).map((r) => [r.type, r.n]),
  );
  const pick = cachedStatement(
    db,
    `SELECT ${COLUMNS} FROM insights i
     WHERE i.deleted_at IS NULL AND i.type = ? ${scope}
     ORDER BY ${ORDER} LIMIT ${PER_TYPE}`,
  );
  const rows = insightTypes.flatMap((t) => pick.all(t.id, ...scopeParams) as InsightDbRow[]);
  const insights = withSources(db, rows);
  const group = (type: InsightType) => ({
    items: insights.filter((i) => i.type === type),
    total: totals.get(type) ?? 0,
  });
  return {
    strength: group('strength'),
    weakness: group('weakness'),
    opportunity: group('opportunity'),
    threat: group('threat'),
    obstacle: group('obstacle'),
    need: group('need'),
    idea: group('idea'),
  };
}
