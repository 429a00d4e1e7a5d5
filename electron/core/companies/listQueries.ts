// Runs in: main process / Node. The paged company list: search, filters, sort, visit figures.
import type { Database } from 'better-sqlite3';
import type { Page } from '../../../shared/contract';
import type { CompanyRow } from '../../../shared/domain/companies';
import { toFtsPrefixQuery } from './ftsQuery';
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
  if (filter.query.trim() !== '') {
    const match = toFtsPrefixQuery(filter.query);
    if (match === null) return { rows: [], total: 0, offset: filter.offset };
    from = `(SELECT ref_id FROM search_fts WHERE search_fts MATCH @match AND kind = 'company') f
      JOIN companies c ON c.id = f.ref_id`;
    params.match = match;
  }
  if (filter.locality !== undefined) {
    where.push('c.locality = @locality');
    params.locality = filter.locality;
  }
  if (filter.sizeClass !== undefined) {
    where.push('c.size_class = @sizeClass');
    params.sizeClass = filter.sizeClass;
  }
  const whereSql = where.join(' AND ');
  const total = prepared<{ n: number }>(db, `SELECT count(*) AS n FROM ${from} WHERE ${whereSql}`).get(
    params,
  )!.n;
  if (total === 0 || filter.offset >= total) return { rows: [], total, offset: filter.offset };

  // Only the lastVisit sort needs the visit aggregate for every company; the other sorts fetch
  // the figures for the page's rows alone.
  const lastVisitJoin =
    filter.sort === 'lastVisit'
      ? `LEFT JOIN (SELECT company_id, max(visit_date) AS last_visit FROM visits
           WHERE deleted_at IS NULL GROUP BY company_id) lv ON lv.company_id = c.id`
      : '';
  const pageRows = prepared<PageRow>(
    db,
    `SELECT c.id, c.name, c.org_number AS orgNumber, c.industry, c.sni_code AS sniCode,
       c.locality, c.size_class AS sizeClass
     FROM ${from} ${lastVisitJoin}
     WHERE ${whereSql}
     ORDER BY ${orderBy[filter.sort]}
     LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: filter.limit, offset: filter.offset });

  const figures = new Map(
    visitFigures(
      db,
      pageRows.map((r) => r.id),
    ).map((v) => [v.companyId, v]),
  );
  const rows = pageRows.map((r) => ({
    ...r,
    visitCount: figures.get(r.id)?.visitCount ?? 0,
    lastVisit: figures.get(r.id)?.lastVisit ?? null,
  }));
  return { rows, total, offset: filter.offset };
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
