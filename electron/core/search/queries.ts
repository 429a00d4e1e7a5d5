// Runs in: main process / Node. Global search over the FTS5 index that the triggers keep in sync.
import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchKind } from '../../../shared/domain/app';
import { cachedStatement } from './cachedStatement';

/** Words of context in a snippet: enough for a line under the title in the result list. */
const SNIPPET_TOKENS = 12;

/**
 * `ORDER BY rank` (not bm25() in the ORDER BY) lets FTS5 sort the matches itself, so snippet() runs
 * only for the rows returned. The title weighs ten times the body: a name hit beats a notes hit.
 */
const SEARCH_SQL = `
  SELECT kind, ref_id AS id, title,
         snippet(search_fts, 3, '', '', '…', ${SNIPPET_TOKENS}) AS snippet
  FROM search_fts
  WHERE search_fts MATCH ? AND rank MATCH 'bm25(0.0, 0.0, 10.0, 1.0)'
  ORDER BY rank
  LIMIT ?`;

/** A visit is indexed under its company's name; the list shows the date too. */
const VISIT_TITLE_SQL = `
  SELECT v.visit_date AS visitDate, c.name AS companyName
  FROM visits v JOIN companies c ON c.id = v.company_id
  WHERE v.id = ?`;

interface HitRow {
  kind: SearchKind;
  id: string;
  title: string;
  snippet: string | null;
}

/** Hits for an FTS5 expression from buildFtsQuery, best first. */
export function searchIndex(db: Database, match: string, limit: number): SearchHit[] {
  const rows = cachedStatement(db, SEARCH_SQL).all(match, limit) as HitRow[];
  const visitTitle = cachedStatement(db, VISIT_TITLE_SQL);
  return rows.map((row) => {
    let title = row.title;
    if (row.kind === 'visit') {
      const visit = visitTitle.get(row.id) as
        { visitDate: string; companyName: string } | undefined;
      if (visit) title = `${visit.companyName}, ${visit.visitDate}`;
    }
    return { kind: row.kind, id: row.id, title, snippet: row.snippet ?? '' };
  });
}
