// Runs in: Node (benchmark). #2 global search and #3 the visits list page, through the dispatcher
// next to the same SQL through raw better-sqlite3.
import type { Database } from 'better-sqlite3';
import type { Dispatch } from '../../electron/core/dispatcher';
import { buildFtsQuery } from '../../electron/core/search/ftsQuery';
import { p95, type Row } from './measure';

/** 200 typical queries: name prefixes, å/ä/ö words, org. numbers with and without dash, people. */
export function searchQueries(db: Database): string[] {
  const names = db
    .prepare('SELECT name, org_number FROM companies ORDER BY rowid LIMIT 60')
    .all() as { name: string; org_number: string | null }[];
  const people = db.prepare('SELECT name FROM stakeholders ORDER BY rowid LIMIT 40').all() as {
    name: string;
  }[];
  const queries: string[] = [];
  for (const n of names) {
    const word = n.name.split(' ')[0]!;
    queries.push(word.slice(0, 3), word);
    if (n.org_number)
      queries.push(queries.length % 2 ? n.org_number : n.org_number.replace('-', ''));
  }
  for (const p of people) queries.push(p.name.split(' ')[1] ?? p.name);
  const swedish = [
    'kompetensförsörjning',
    'lokal',
    'bredband',
    'generationsskifte',
    'Åsbacka',
    'Östanå',
    'hällebro',
    'tillstånd',
    'ängsjö',
    'smide',
  ];
  let i = 0;
  while (queries.length < 200) queries.push(swedish[i++ % swedish.length]!);
  return queries.slice(0, 200);
}

export async function searchScenario(db: Database, dispatch: Dispatch): Promise<Row> {
  const queries = searchQueries(db);
  // The baseline runs the app's own two statements raw: the bounded, bm25-scored candidate query
  // and a snippet per returned hit (electron/core/search/queries.ts).
  const candidates = db.prepare(
    'SELECT rowid, kind, ref_id, title, bm25(search_fts, 0.0, 0.0, 10.0, 1.0) AS score FROM search_fts WHERE search_fts MATCH ? LIMIT 300',
  );
  const snippet = db.prepare(
    "SELECT snippet(search_fts, 3, '', '', '…', 12) FROM search_fts WHERE search_fts MATCH ? AND rowid = ?",
  );
  const figure = await p95(
    (i) => dispatch('search:global', { query: queries[i % queries.length], limit: 20 }),
    200,
  );
  const baseline = await p95((i) => {
    const match = buildFtsQuery(queries[i % queries.length]!);
    if (!match) return;
    const rows = (candidates.all(match) as { rowid: number; score: number }[])
      .sort((a, b) => a.score - b.score)
      .slice(0, 20);
    for (const r of rows) snippet.get(match, r.rowid);
  }, 200);
  return {
    id: '2',
    scenario: 'Global sökning, 200 typiska frågor (prefix, å/ä/ö, org.nr, namn)',
    figure,
    unit: 'ms p95',
    target: 'p95 ≤ 10 ms',
    baseline,
    targetRatio: '≤ 2',
    pass: figure <= 10 && figure / baseline <= 2,
  };
}

export async function visitsListScenario(db: Database, dispatch: Dispatch): Promise<Row> {
  const localities = (
    db.prepare('SELECT DISTINCT locality FROM visits WHERE locality IS NOT NULL').all() as {
      locality: string;
    }[]
  ).map((r) => r.locality);
  const raw = db.prepare(
    `SELECT v.id, v.visit_date, v.company_id, c.name AS company_name, v.locality, v.purpose, v.follow_up_needed, v.follow_up_done, v.confidential
       FROM visits v JOIN companies c ON c.id = v.company_id
      WHERE v.deleted_at IS NULL AND v.visit_date BETWEEN ? AND ? AND v.locality = ?
      ORDER BY v.visit_date DESC, v.id LIMIT 50 OFFSET ?`,
  );
  const rawCount = db.prepare(
    'SELECT count(*) FROM visits WHERE deleted_at IS NULL AND visit_date BETWEEN ? AND ? AND locality = ?',
  );
  const filter = (i: number) => ({
    from: '2026-01-01',
    to: '2026-10-31',
    locality: localities[i % localities.length]!,
    offset: (i % 3) * 50,
  });
  const figure = await p95(
    (i) => dispatch('visits:list', { ...filter(i), limit: 50, sort: 'date_desc' }),
    300,
  );
  const baseline = await p95((i) => {
    const f = filter(i);
    raw.all(f.from, f.to, f.locality, f.offset);
    rawCount.pluck().get(f.from, f.to, f.locality);
  }, 300);
  return {
    id: '3',
    scenario: 'Lista företagsbesök: 50 rader, filter på period och ort, sorterad',
    figure,
    unit: 'ms p95',
    target: 'p95 ≤ 5 ms',
    baseline,
    targetRatio: '≤ 2',
    pass: figure <= 5 && figure / baseline <= 2,
  };
}
