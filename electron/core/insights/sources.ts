// Runs in: main process / Node. Where insights were raised: their sources, resolved to something a
// person recognises (company and date, interviewee and date), and the counts shown on the board.
import type { Database } from 'better-sqlite3';
import type {
  InsightSource,
  InsightSourceKind,
  SourceCounts,
} from '../../../shared/domain/insights';
import { AppFailure } from '../../../shared/errors';
import { newId } from '../db/clock';
import { cachedStatement } from '../search/cachedStatement';

const VISIT_KINDS = "('visit', 'visit_obstacle')";
const INTERVIEW_KINDS = "('interview', 'interview_answer')";

/** parent_id is the visit or the interview a source belongs to, whatever its kind. */
const JOINS = `
  LEFT JOIN visits v ON s.kind IN ${VISIT_KINDS} AND v.id = s.parent_id
  LEFT JOIN interviews iv ON s.kind IN ${INTERVIEW_KINDS} AND iv.id = s.parent_id
  LEFT JOIN process_meetings pm ON s.kind = 'meeting' AND pm.id = s.parent_id`;

const SOURCES_SQL = `
  SELECT s.id, s.insight_id AS insightId, s.kind, s.ref_id AS refId, s.parent_id AS parentId,
         s.excerpt, s.note,
         CASE WHEN s.kind IN ${VISIT_KINDS} THEN coalesce(vc.name, '')
              WHEN s.kind IN ${INTERVIEW_KINDS}
                THEN coalesce(concat_ws(', ', iv.interviewee_name, nullif(iv.organisation, '')), '')
              WHEN s.kind = 'meeting' THEN coalesce(pm.title, '')
              ELSE '' END AS title,
         coalesce(v.visit_date, iv.date, pm.date, '') AS date,
         coalesce(a.question_text, '') AS question,
         CASE WHEN s.kind IN ${VISIT_KINDS} THEN v.id IS NOT NULL AND v.deleted_at IS NULL
              WHEN s.kind IN ${INTERVIEW_KINDS} THEN iv.id IS NOT NULL AND iv.deleted_at IS NULL
              WHEN s.kind = 'meeting' THEN pm.id IS NOT NULL AND pm.deleted_at IS NULL
              ELSE 1 END AS live
  FROM insight_sources s ${JOINS}
  LEFT JOIN companies vc ON vc.id = v.company_id
  LEFT JOIN interview_answers a ON s.kind = 'interview_answer' AND a.id = s.ref_id
  WHERE s.insight_id IN (SELECT value FROM json_each(?))
  ORDER BY s.insight_id, s.created_at, s.rowid`;

/** The sources of several insights in one query. */
export function sourcesFor(db: Database, insightIds: string[]): Map<string, InsightSource[]> {
  const result = new Map<string, InsightSource[]>();
  if (insightIds.length === 0) return result;
  const rows = cachedStatement(db, SOURCES_SQL).all(JSON.stringify(insightIds)) as (Omit<
    InsightSource,
    'live'
  > & { insightId: string; live: number })[];
  for (const { insightId, live, ...source } of rows) {
    const list = result.get(insightId) ?? [];
    list.push({ ...source, live: live === 1 });
    result.set(insightId, list);
  }
  return result;
}

const COUNTS_SQL = `
  SELECT s.insight_id AS id,
         count(DISTINCT CASE WHEN v.deleted_at IS NULL THEN v.id END) AS visits,
         count(DISTINCT CASE WHEN iv.deleted_at IS NULL THEN iv.id END) AS interviews,
         sum(s.kind = 'workshop')
           + count(DISTINCT CASE WHEN pm.deleted_at IS NULL THEN pm.id END) AS workshops,
         sum(s.kind = 'statistics') AS statistics,
         sum(s.kind = 'other') AS other,
         count(*) AS sourceCount
  FROM insight_sources s ${JOINS}
  WHERE s.insight_id IN (SELECT value FROM json_each(?))
  GROUP BY s.insight_id`;

export const noCounts = (): SourceCounts => ({
  visits: 0,
  interviews: 0,
  workshops: 0,
  statistics: 0,
  other: 0,
});

/**
 * Counts per insight: distinct visits and interviews that are not in the trash (two obstacles
 * from one visit are one visit), and workshop, statistics and other sources one by one. A
 * programme meeting (kick-off, workshop, group meeting) counts as a dialogue event with the workshops.
 */
export function countsFor(
  db: Database,
  insightIds: string[],
): Map<string, { counts: SourceCounts; sourceCount: number }> {
  const result = new Map<string, { counts: SourceCounts; sourceCount: number }>();
  if (insightIds.length === 0) return result;
  const rows = cachedStatement(db, COUNTS_SQL).all(JSON.stringify(insightIds)) as (SourceCounts & {
    id: string;
    sourceCount: number;
  })[];
  for (const { id, sourceCount, ...counts } of rows) result.set(id, { counts, sourceCount });
  return result;
}

/** A source ready to store: what it points at, the record a link opens and the quoted text. */
export interface ResolvedSource {
  kind: InsightSourceKind;
  refId: string | null;
  parentId: string | null;
  excerpt: string;
  note: string;
}

function gone(svWhat: string, enWhat: string, field = 'refId'): AppFailure {
  const sv = `${svWhat} finns inte längre. Det kan ha tagits bort.`;
  return new AppFailure(
    'VALIDATION',
    { sv, en: `${enWhat} no longer exists. It may have been deleted.` },
    { [field]: sv },
  );
}

/** Checks that the record a source points at exists and fills in its visit or interview. */
export function resolveSource(
  db: Database,
  source: { kind: InsightSourceKind; refId: string | null; note: string },
): ResolvedSource {
  const { kind, refId, note } = source;
  const base = { kind, refId, note, parentId: null as string | null, excerpt: '' };
  const one = (sql: string) =>
    refId === null ? undefined : (cachedStatement(db, sql).get(refId) as Record<string, string>);
  switch (kind) {
    case 'visit': {
      if (!one('SELECT id FROM visits WHERE id = ? AND deleted_at IS NULL'))
        throw gone('Besöket', 'The visit');
      return { ...base, parentId: refId };
    }
    case 'visit_obstacle': {
      const row = one(`SELECT o.visit_id AS parentId, o.text AS excerpt FROM visit_obstacles o
        JOIN visits v ON v.id = o.visit_id AND v.deleted_at IS NULL WHERE o.id = ?`);
      if (!row) throw gone('Hindret', 'The obstacle');
      return { ...base, parentId: row.parentId!, excerpt: row.excerpt! };
    }
    case 'interview': {
      if (!one('SELECT id FROM interviews WHERE id = ? AND deleted_at IS NULL'))
        throw gone('Intervjun', 'The interview');
      return { ...base, parentId: refId };
    }
    case 'meeting': {
      if (!one('SELECT id FROM process_meetings WHERE id = ? AND deleted_at IS NULL'))
        throw gone('Mötet', 'The meeting');
      return { ...base, parentId: refId };
    }
    case 'interview_answer': {
      const row = one(`SELECT a.interview_id AS parentId, a.answer AS excerpt
        FROM interview_answers a
        JOIN interviews i ON i.id = a.interview_id AND i.deleted_at IS NULL WHERE a.id = ?`);
      if (!row) throw gone('Svaret', 'The answer');
      return { ...base, parentId: row.parentId!, excerpt: row.excerpt! };
    }
    default: {
      if (refId === null && note === '') {
        const sv = 'Beskriv källan, till exempel vilken workshop eller vilken statistik.';
        throw new AppFailure(
          'VALIDATION',
          { sv, en: 'Describe the source, for example which workshop or which statistics.' },
          { note: sv },
        );
      }
      return base;
    }
  }
}

/** Adds the source unless the insight already cites the same record; true when added. */
export function insertSource(
  db: Database,
  insightId: string,
  source: ResolvedSource,
  now: string,
): boolean {
  if (source.refId !== null) {
    const dup = cachedStatement(
      db,
      'SELECT 1 FROM insight_sources WHERE insight_id = ? AND kind = ? AND ref_id = ?',
    ).get(insightId, source.kind, source.refId);
    if (dup) return false;
  }
  cachedStatement(
    db,
    `INSERT INTO insight_sources (id, insight_id, kind, ref_id, parent_id, excerpt, note,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    newId(),
    insightId,
    source.kind,
    source.refId,
    source.parentId,
    source.excerpt,
    source.note,
    now,
    now,
  );
  return true;
}

/**
 * Moves every source of `fromId` to `intoId`; a source `intoId` already cites is dropped, so the
 * counts stay honest.
 */
export function moveSources(db: Database, fromId: string, intoId: string, now: string): void {
  cachedStatement(
    db,
    `DELETE FROM insight_sources AS s
     WHERE s.insight_id = ? AND s.ref_id IS NOT NULL AND EXISTS (
       SELECT 1 FROM insight_sources t
       WHERE t.insight_id = ? AND t.kind = s.kind AND t.ref_id = s.ref_id)`,
  ).run(fromId, intoId);
  cachedStatement(
    db,
    'UPDATE insight_sources SET insight_id = ?, updated_at = ? WHERE insight_id = ?',
  ).run(intoId, now, fromId);
}
