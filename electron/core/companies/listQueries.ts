// Runs in: main process / Node. The paged company list: search, filters, sort, visit figures.
import type { Database } from 'better-sqlite3';
import type { Page } from '../../../shared/contract';
import type { CompanyRow } from '../../../shared/domain/companies';
import { buildFtsQuery } from '../search/ftsQuery';
import { prepared } from './statements';

export interface CompanyListFilter {
  query: string;
  locality?: string;
  sizeClass?: string;
  sort: 'name' | 'locality' | 'lastVisit' | 'updated';
  offset: number;
  limit: number;
}

// name and locality follow the partial indexes companies_name / companies_locality exactly,
// so a page is read straight from the index without sorting the register.
const orderBy: Record<CompanyListFilter['sort'], string> = {
  name: 'c.name COLLATE NOCASE',
  locality: 'c.locality, c.name',
  lastVisit: 'lv.last_visit DESC, c.name COLLATE NOCASE',
  updated: 'c.updated_at DESC',
};

type PageRow = Omit<CompanyRow, 'visitCount' | 'lastVisit'>;

export function listCompanies(db: Database, filter: CompanyListFilter): Page<CompanyRow> {
  const params: Record<string, unknown> = {};
  const where = ['c.deleted_at IS NULL'];
  let from = 'companies c';
  let match: string | null = null;
  if (filter.query.trim() !== '') {
    match = buildFtsQuery(filter.query);
    if (match === null) return { rows: [], total: 0, offset: filter.offset };
    from = `(SELECT ref_id FROM search_fts WHERE search_fts MATCH @match AND kind = 'company') f
      JOIN companies c ON c.id = f.ref_id`;
    params.match = match;
  }
  // An empty choice in a filter menu means "all", not "companies without a locality".
  if (filter.locality) {
    where.push('c.locality = @locality');
    params.locality = filter.locality;
  }
  if (filter.sizeClass) {
    where.push('c.size_class = @sizeClass');
    params.sizeClass = filter.sizeClass;
  }
  const whereSql = where.join(' AND ');
  const total = countCompanies(db, from, where, params);
  if (total === 0 || filter.offset >= total) return { rows: [], total, offset: filter.offset };

  // Only the lastVisit sort needs the visit aggregate for every company; the other sorts fetch
  // the figures for the page's rows alone.
  const lastVisitJoin =
    filter.sort === 'lastVisit'
      ? `LEFT JOIN (SELECT company_id, max(visit_date) AS last_visit FROM visits
           WHERE deleted_at IS NULL GROUP BY company_id) lv ON lv.company_id = c.id`
      : '';
  // Sorting ids alone keeps the sorter small when no index gives the order (search, updated).
  const ids = prepared<{ id: string }>(
    db,
    `SELECT c.id FROM ${from} ${lastVisitJoin}
     WHERE ${whereSql}
     ORDER BY ${orderBy[filter.sort]}
     LIMIT @limit OFFSET @offset`,
  )
    .all({ ...params, limit: filter.limit, offset: filter.offset })
    .map((r) => r.id);

  const byId = new Map(pageRows(db, ids).map((r) => [r.id, r]));
  const figures = new Map(visitFigures(db, ids).map((v) => [v.companyId, v]));
  const rows = ids.map((id) => ({
    ...byId.get(id)!,
    visitCount: figures.get(id)?.visitCount ?? 0,
    lastVisit: figures.get(id)?.lastVisit ?? null,
  }));
  return { rows, total, offset: filter.offset };
}

function countCompanies(
  db: Database,
  from: string,
  where: string[],
  params: Record<string, unknown>,
): number {
  let sql = `SELECT count(*) AS n FROM ${from} WHERE ${where.join(' AND ')}`;
  if (where.length === 1 && params.match !== undefined) {
    // Trashed companies leave the search index, so a plain search needs no join to count.
    sql = `SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH @match AND kind = 'company'`;
  } else if (where.length === 1) {
    // Unfiltered, the planner scans the wide table; the partial name index is 3x faster.
    sql =
      'SELECT count(*) AS n FROM companies c INDEXED BY companies_name WHERE c.deleted_at IS NULL';
  }
  return prepared<{ n: number }>(db, sql).get(params)!.n;
}

function pageRows(db: Database, ids: string[]): PageRow[] {
  return prepared<PageRow>(
    db,
    `SELECT id, name, org_number AS orgNumber, industry, sni_code AS sniCode, locality,
       size_class AS sizeClass
     FROM companies WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids));
}

function visitFigures(
  db: Database,
  companyIds: string[],
): { companyId: string; visitCount: number; lastVisit: string }[] {
  if (companyIds.length === 0) return [];
  return prepared<{ companyId: string; visitCount: number; lastVisit: string }>(
    db,
    `SELECT company_id AS companyId, count(*) AS visitCount, max(visit_date) AS lastVisit
     FROM visits
     WHERE company_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL
     GROUP BY company_id`,
  ).all(JSON.stringify(companyIds));
}
