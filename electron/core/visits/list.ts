// Runs in: main process / Node. The visit list: period, place, company, topic and follow-up filters.
import type { Database } from 'better-sqlite3';
import type { HandlerInput, Page } from '../../../shared/contract';
import type { VisitRow } from '../../../shared/domain/visits';
import { cachedStatement } from '../search/cachedStatement';
import { obstacleCountsFor, topicsFor } from './children';
import { normaliseTopics } from './topics';

export type VisitListFilter = HandlerInput<'visits:list'>;

/** Date sorts follow the visits_date index (visit_date DESC, id), so a page reads ~50 entries. */
const ORDER_BY: Record<VisitListFilter['sort'], string> = {
  date_desc: 'v.visit_date DESC, v.id',
  date_asc: 'v.visit_date, v.id DESC',
  company: 'c.name COLLATE NOCASE, v.visit_date DESC, v.id',
};

type ListDbRow = Omit<
  VisitRow,
  'followUpNeeded' | 'followUpDone' | 'confidential' | 'topics' | 'obstacleCount'
> & { followUpNeeded: number; followUpDone: number; confidential: number };

export function listVisits(db: Database, filter: VisitListFilter): Page<VisitRow> {
  const where = ['v.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (filter.from) {
    where.push('v.visit_date >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    where.push('v.visit_date <= ?');
    params.push(filter.to);
  }
  if (filter.locality) {
    // Exact match, so that the visits_locality_date index serves it.
    where.push('v.locality = ?');
    params.push(filter.locality);
  }
  if (filter.companyId) {
    where.push('v.company_id = ?');
    params.push(filter.companyId);
  }
  const topic = filter.topic ? normaliseTopics([filter.topic])[0] : undefined;
  if (topic) {
    // Unary + keeps the planner on the date/locality index: the topic set is only probed.
    where.push('+v.id IN (SELECT visit_id FROM visit_topics WHERE topic = ?)');
    params.push(topic);
  }
  if (filter.followUpOpen !== undefined) {
    const open = 'v.follow_up_needed = 1 AND v.follow_up_done = 0';
    where.push(filter.followUpOpen ? `(${open})` : `NOT (${open})`);
  }
  const whereSql = where.join(' AND ');

  // Left alone, the planner counts a topic through the locality index and reads every row for
  // its id; the date index holds the id and is the cheaper walk when no place or company narrows.
  const countFrom =
    topic && !filter.locality && !filter.companyId ? 'visits v INDEXED BY visits_date' : 'visits v';
  const { total } = cachedStatement(
    db,
    `SELECT count(*) AS total FROM ${countFrom} WHERE ${whereSql}`,
  ).get(...params) as { total: number };

  // Phase 1 finds the page from the indexes alone (rowids), however deep the offset; phase 2
  // reads just those rows. The company join is only needed up front when sorting by its name.
  const pageSql =
    filter.sort === 'company'
      ? `SELECT v.rowid AS rid FROM visits v CROSS JOIN companies c ON c.id = v.company_id
         WHERE ${whereSql} ORDER BY ${ORDER_BY.company} LIMIT ? OFFSET ?`
      : `SELECT v.rowid AS rid FROM visits v
         WHERE ${whereSql} ORDER BY ${ORDER_BY[filter.sort]} LIMIT ? OFFSET ?`;
  const rowids = (
    cachedStatement(db, pageSql).all(...params, filter.limit, filter.offset) as { rid: number }[]
  ).map((r) => r.rid);
  const byRowid = new Map(
    (
      cachedStatement(
        db,
        `SELECT v.rowid AS rid, v.id, v.visit_date AS visitDate, v.company_id AS companyId,
                c.name AS companyName, v.locality, v.purpose,
                v.follow_up_needed AS followUpNeeded, v.follow_up_done AS followUpDone,
                v.confidential
         FROM visits v CROSS JOIN companies c ON c.id = v.company_id
         WHERE v.rowid IN (SELECT value FROM json_each(?))`,
      ).all(JSON.stringify(rowids)) as (ListDbRow & { rid: number })[]
    ).map(({ rid, ...row }) => [rid, row]),
  );
  const rows = rowids.flatMap((rid) => byRowid.get(rid) ?? []);

  const ids = rows.map((r) => r.id);
  const topics = topicsFor(db, ids);
  const obstacleCounts = obstacleCountsFor(db, ids);
  return {
    rows: rows.map((r) => ({
      ...r,
      followUpNeeded: r.followUpNeeded === 1,
      followUpDone: r.followUpDone === 1,
      confidential: r.confidential === 1,
      topics: topics.get(r.id) ?? [],
      obstacleCount: obstacleCounts.get(r.id) ?? 0,
    })),
    total,
    offset: filter.offset,
  };
}
