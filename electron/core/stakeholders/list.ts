// Runs in: main process / Node. The stakeholder list: text search, filters, sort and paging.
import type { Database } from 'better-sqlite3';
import type { HandlerInput, Page } from '../../../shared/contract';
import type { StakeholderKind, StakeholderRow } from '../../../shared/domain/stakeholders';
import { cachedStatement } from '../search/cachedStatement';
import { buildFtsQuery } from '../search/ftsQuery';
import { categoriesFor } from './queries';

export type StakeholderListFilter = HandlerInput<'stakeholders:list'>;

const ORDER_BY: Record<StakeholderListFilter['sort'], string> = {
  name: 's.name COLLATE NOCASE, s.id',
  updated: 's.updated_at DESC, s.id',
  locality: 's.locality IS NULL, s.locality COLLATE NOCASE, s.name COLLATE NOCASE, s.id',
};

interface ListDbRow extends Omit<StakeholderRow, 'keyActor' | 'champion' | 'categories'> {
  keyActor: number;
  champion: number;
}

export function listStakeholders(
  db: Database,
  filter: StakeholderListFilter,
): Page<StakeholderRow> {
  const where = ['s.deleted_at IS NULL'];
  const params: unknown[] = [];
  const match = buildFtsQuery(filter.query);
  if (match) {
    where.push(
      `s.id IN (SELECT ref_id FROM search_fts WHERE search_fts MATCH ? AND kind = 'stakeholder')`,
    );
    params.push(match);
  }
  let categoryForPage = '';
  let categoryForCount = '';
  const categoryParams: unknown[] = [];
  if (filter.categories.length > 0) {
    // "Any of". The page walks names in order and probes each (EXISTS); the count starts from
    // the category index instead (IN), which reads only the stakeholders in those categories.
    const chosen = 'SELECT value FROM json_each(?)';
    categoryForPage = ` AND EXISTS (SELECT 1 FROM stakeholder_categories sc
      WHERE sc.stakeholder_id = s.id AND sc.category IN (${chosen}))`;
    categoryForCount = ` AND s.id IN (SELECT stakeholder_id FROM stakeholder_categories
      WHERE category IN (${chosen}))`;
    categoryParams.push(JSON.stringify(filter.categories));
  }
  if (filter.keyActor !== undefined) {
    where.push('s.key_actor = ?');
    params.push(filter.keyActor ? 1 : 0);
  }
  if (filter.champion !== undefined) {
    where.push('s.champion = ?');
    params.push(filter.champion ? 1 : 0);
  }
  if (filter.locality) {
    where.push('s.locality = ? COLLATE NOCASE');
    params.push(filter.locality);
  }
  const whereSql = where.join(' AND ');

  const { total } = cachedStatement(
    db,
    `SELECT count(*) AS total FROM stakeholders s WHERE ${whereSql}${categoryForCount}`,
  ).get(...params, ...categoryParams) as { total: number };

  const rows = cachedStatement(
    db,
    `SELECT s.id, s.kind, s.name, s.organisation, s.role_title AS roleTitle, s.locality,
            s.key_actor AS keyActor, s.champion
     FROM stakeholders s WHERE ${whereSql}${categoryForPage}
     ORDER BY ${ORDER_BY[filter.sort]} LIMIT ? OFFSET ?`,
  ).all(...params, ...categoryParams, filter.limit, filter.offset) as ListDbRow[];

  const categories = categoriesFor(
    db,
    rows.map((r) => r.id),
  );
  return {
    rows: rows.map((r) => ({
      ...r,
      kind: r.kind as StakeholderKind,
      keyActor: r.keyActor === 1,
      champion: r.champion === 1,
      categories: categories.get(r.id) ?? [],
    })),
    total,
    offset: filter.offset,
  };
}
