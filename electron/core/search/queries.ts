// Runs in: main process / Node. Global search over the FTS5 index that the triggers keep in sync.
import type { Database } from 'better-sqlite3';
import type { SearchHit, SearchKind } from '../../../shared/domain/app';
import { cachedStatement } from './cachedStatement';

/** Words of context in a snippet: enough for a line under the title in the result list. */
const SNIPPET_TOKENS = 12;

/**
 * Matches are scored in a bounded window: `ORDER BY rank` would score every match, and a two-letter
 * prefix in a register of 100,000 companies matches tens of thousands of rows. The first
 * CANDIDATES matches are scored with bm25 (the title weighs ten times the body: a name hit beats a
 * notes hit) and the best are returned; snippet() runs only for those. A small municipality's data
 * fits in the window whole, so there the ranking is exact.
 */
const CANDIDATES = 300;
const CANDIDATE_SQL = `
  SELECT rowid AS rowid, kind, ref_id AS id, title, bm25(search_fts, 0.0, 0.0, 10.0, 1.0) AS score
  FROM search_fts
  WHERE search_fts MATCH ?
  LIMIT ${CANDIDATES}`;
const SNIPPET_SQL = `
  SELECT snippet(search_fts, 3, '', '', '…', ${SNIPPET_TOKENS}) AS snippet
  FROM search_fts
  WHERE search_fts MATCH ? AND rowid = ?`;

/** A visit is indexed under its company's name; the list shows the date too. */
const VISIT_TITLE_SQL = `
  SELECT v.visit_date AS visitDate, c.name AS companyName
  FROM visits v JOIN companies c ON c.id = v.company_id
  WHERE v.id = ?`;

interface CandidateRow {
  rowid: number;
  kind: SearchKind;
  id: string;
  title: string;
  score: number;
}

/** Hits for an FTS5 expression from buildFtsQuery, best first. */
export function searchIndex(db: Database, match: string, limit: number): SearchHit[] {
  const candidates = cachedStatement(db, CANDIDATE_SQL).all(match) as CandidateRow[];
  // bm25 is lower for better matches; ties keep index order.
  const rows = candidates.sort((a, b) => a.score - b.score).slice(0, limit);
  const snippetOf = cachedStatement(db, SNIPPET_SQL);
  const visitTitle = cachedStatement(db, VISIT_TITLE_SQL);
  return rows.map((row) => {
    let title = row.title;
    if (row.kind === 'visit') {
      const visit = visitTitle.get(row.id) as
        { visitDate: string; companyName: string } | undefined;
      if (visit) title = `${visit.companyName}, ${visit.visitDate}`;
    }
    const snippet = (snippetOf.get(match, row.rowid) as { snippet: string | null } | undefined)
      ?.snippet;
    return { kind: row.kind, id: row.id, title, snippet: snippet ?? '' };
  });
}
