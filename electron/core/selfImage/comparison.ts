// Runs in: main process / Node. The municipality's mean against the companies' mean per statement.
// Answers given at a visit that is in the trash do not count until the visit is restored.
import type { Database } from 'better-sqlite3';
import {
  compareSides,
  sortedGaps,
  type RespondentSide,
  type SelfImageComparison,
} from '../../../shared/domain/selfImage';
import { cachedStatement } from '../search/cachedStatement';
import { listStatements } from './statements';

const live = `(r.visit_id IS NULL OR EXISTS (
  SELECT 1 FROM visits v WHERE v.id = r.visit_id AND v.deleted_at IS NULL))`;

export function selfImageComparison(db: Database): SelfImageComparison {
  const scores = cachedStatement(
    db,
    `SELECT x.statement_id AS statementId, r.side, x.score
     FROM self_image_scores x JOIN self_image_respondents r ON r.id = x.respondent_id
     WHERE ${live}`,
  ).all() as { statementId: string; side: RespondentSide; score: number }[];
  const counts = cachedStatement(
    db,
    `SELECT r.side, count(*) AS n FROM self_image_respondents r WHERE ${live} GROUP BY r.side`,
  ).all() as { side: RespondentSide; n: number }[];
  const rows = compareSides(listStatements(db), scores);
  return {
    rows,
    gaps: sortedGaps(rows),
    respondents: {
      company: counts.find((c) => c.side === 'company')?.n ?? 0,
      municipality: counts.find((c) => c.side === 'municipality')?.n ?? 0,
    },
  };
}
